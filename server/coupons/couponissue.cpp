#include "couponissue.h"

#include "core/authenticateduser.h"
#include "core/changelog.h"
#include "core/mutationapplier.h"
#include "store/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gd::server::coupons {

using core::MutationRejected;

QString applyCouponIssue(store::Database &db, core::ChangeLog &changes,
                         const core::AuthenticatedUser &user, const IssueRequest &request,
                         const QDate &today)
{
    {
        // The UNIQUE id guards across clients: a second device can never reuse an issue.
        auto exists = db.prepare(u"SELECT 1 FROM coupon_issues WHERE id = ?"_s);
        exists->bind(1, request.id);
        if (exists->step())
            throw MutationRejected(u"conflict"_s,
                                   u"Coupon issue %1 exists already."_s.arg(request.id));
    }
    QString customerStore;
    {
        auto customer = db.prepare(u"SELECT store_id FROM customers WHERE id = ?"_s);
        customer->bind(1, request.customerId);
        if (!customer->step())
            throw MutationRejected(u"not_found"_s,
                                   u"There is no customer %1."_s.arg(request.customerId));
        customerStore = customer->text(0);
    }
    auto coupon = db.prepare(u"SELECT store_id, valid_from, valid_to, quota, issued_count,"
                             " per_customer FROM coupons WHERE id = ? AND deleted = 0"_s);
    coupon->bind(1, request.couponId);
    if (!coupon->step() || (!coupon->isNull(0) && coupon->text(0) != customerStore))
        throw MutationRejected(u"not_found"_s,
                               u"There is no coupon %1 for this store."_s.arg(request.couponId));
    const QString day = today.toString(Qt::ISODate);
    const QString validFrom = coupon->text(1).left(10);
    const QString validTo = coupon->text(2).left(10);
    const qint64 quota = coupon->int64(3);
    const qint64 issuedCount = coupon->int64(4);
    const qint64 perCustomer = std::max<qint64>(1, coupon->int64(5));

    QString reason;
    if (!validFrom.isEmpty() && day < validFrom) {
        reason = u"not_yet_valid"_s;
    } else if (!validTo.isEmpty() && day > validTo) {
        reason = u"expired"_s;
    } else {
        auto held = db.prepare(u"SELECT count(*) FROM coupon_issues WHERE coupon_id = ? AND"
                               " customer_id = ? AND status = 'issued' AND deleted = 0"_s);
        held->bindAll(request.couponId, request.customerId);
        held->step();
        if (held->int64(0) >= perCustomer)
            reason = u"already_held"_s;
        // Counted in this transaction: the push handles one mutation at a time, so two
        // devices issuing at once can never both take the last one.
        else if (quota > 0 && issuedCount >= quota)
            reason = u"quota_exhausted"_s;
    }
    const QString status = reason.isEmpty() ? u"issued"_s : u"rejected"_s;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto insert = db.prepare(u"INSERT INTO coupon_issues (id, coupon_id, customer_id, guide_id,"
                             " status, issued_at, reject_reason, created_at) VALUES"
                             " (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert->bindAll(request.id, request.couponId, request.customerId, user.guideId, status,
                    reason.isEmpty() ? std::optional<QString>(now) : std::nullopt, reason,
                    request.createdAt.isEmpty() ? now : request.createdAt.left(40));
    insert->run();
    if (reason.isEmpty()) {
        auto take
            = db.prepare(u"UPDATE coupons SET issued_count = issued_count + 1 WHERE id = ?"_s);
        take->bind(1, request.couponId);
        take->run();
    }
    changes.touch(u"coupon_issues"_s, request.id);
    changes.touch(u"coupons"_s, request.couponId);
    return status;
}

} // namespace gd::server::coupons
