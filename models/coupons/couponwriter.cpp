#include "couponwriter.h"

#include "outbox/outbox.h"
#include "store/database.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::coupons {

namespace {

using Reason = CouponRefused::Reason;

[[noreturn]] void refuse(Reason reason, const QString &why, const QString &customerId = {})
{
    throw CouponRefused(reason, customerId, why);
}

} // namespace

CouponWriter::CouponWriter(store::Database &db, outbox::Outbox &outbox, customers::Actor actor)
    : m_db(db)
    , m_outbox(outbox)
    , m_actor(std::move(actor))
{ }

QDate CouponWriter::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString CouponWriter::issue(const QString &couponId, const QString &customerId)
{
    return issueToCustomers(couponId, { customerId }).constFirst();
}

int CouponWriter::checkCoupon(const QString &couponId)
{
    auto q = m_db.prepare(u"SELECT valid_from, valid_to, per_customer, store_id FROM coupons"
                          " WHERE id = ? AND deleted = 0"_s);
    q->bind(1, couponId);
    if (!q->step() || (!q->isNull(3) && q->text(3) != m_actor.storeId))
        refuse(Reason::UnknownCoupon, u"There is no coupon %1 for this store"_s.arg(couponId));
    // ISO dates compare as text; an empty bound is open.
    const QString day = today().toString(Qt::ISODate);
    if (!q->isNull(0) && !q->text(0).isEmpty() && day < q->text(0).left(10))
        refuse(Reason::NotYetValid, u"Coupon %1 is valid from %2"_s.arg(couponId, q->text(0)));
    if (!q->isNull(1) && !q->text(1).isEmpty() && day > q->text(1).left(10))
        refuse(Reason::Expired, u"Coupon %1 expired on %2"_s.arg(couponId, q->text(1)));
    return int(std::max<qint64>(1, q->int64(2)));
}

QStringList CouponWriter::issueToCustomers(const QString &couponId, const QStringList &customerIds)
{
    if (m_actor.guideId.isEmpty())
        refuse(Reason::NotSignedIn, u"Nobody is signed in to issue coupons"_s);
    if (customerIds.isEmpty())
        refuse(Reason::EmptyList, u"No customer to issue the coupon to"_s);
    if (customerIds.size() > maxCustomersPerIssue)
        refuse(Reason::TooMany, u"At most %1 customers at once"_s.arg(maxCustomersPerIssue));
    store::Transaction transaction(m_db);
    const int perCustomer = checkCoupon(couponId);
    QSet<QString> seen;
    for (const QString &customerId : customerIds) {
        if (seen.contains(customerId))
            refuse(Reason::DuplicateCustomer,
                   u"Customer %1 appears twice in the list"_s.arg(customerId), customerId);
        seen.insert(customerId);
        {
            auto customer = m_db.prepare(u"SELECT 1 FROM customers WHERE id = ? AND deleted = 0"_s);
            customer->bind(1, customerId);
            if (!customer->step())
                refuse(Reason::UnknownCustomer, u"There is no customer %1"_s.arg(customerId),
                       customerId);
        }
        auto held = m_db.prepare(u"SELECT count(*) FROM coupon_issues WHERE coupon_id = ? AND"
                                 " customer_id = ? AND deleted = 0 AND status IN ('pending',"
                                 " 'issued')"_s);
        held->bindAll(couponId, customerId);
        held->step();
        if (held->int64(0) >= perCustomer)
            refuse(Reason::AlreadyHeld,
                   u"Customer %1 already holds coupon %2"_s.arg(customerId, couponId), customerId);
    }
    const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList ids;
    ids.reserve(customerIds.size());
    auto insert = m_db.prepare(u"INSERT INTO coupon_issues (id, coupon_id, customer_id, guide_id,"
                               " status, created_at) VALUES (?, ?, ?, ?, 'pending', ?)"_s);
    for (const QString &customerId : customerIds) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insert->bindAll(id, couponId, customerId, m_actor.guideId, createdAt);
        insert->run();
        m_outbox.append(u"coupon_issue"_s,
                        QJsonObject { { u"id"_s, id },
                                      { u"coupon_id"_s, couponId },
                                      { u"customer_id"_s, customerId },
                                      { u"created_at"_s, createdAt } },
                        { { u"coupon_issues"_s, id } });
        ids << id;
    }
    transaction.commit();
    if (m_afterWrite)
        m_afterWrite();
    return ids;
}

} // namespace gd::coupons
