#include "couponredemptions.h"

#include "core/changelog.h"
#include "core/jsonresponse.h"
#include "store/database.h"

#include <QDateTime>
#include <QHttpServer>
#include <openssl/crypto.h>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace gd::server::coupons {

namespace {

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

CouponRedemptions::CouponRedemptions(store::Database &db, core::ChangeLog &changes, QString mallKey)
    : m_db(db)
    , m_changes(changes)
    , m_mallKey(std::move(mallKey))
{ }

void CouponRedemptions::registerRoutes(QHttpServer &server)
{
    server.route(u"/api/v1/mall/coupons/redeem"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return handle(request); });
}

Redemption CouponRedemptions::redeem(const QString &issueId, const QString &at)
{
    store::Transaction transaction(m_db);
    auto issue = m_db.prepare(u"SELECT status, coalesce(redeemed_at, '') FROM coupon_issues"
                              " WHERE id = ? AND deleted = 0"_s);
    issue->bind(1, issueId);
    if (!issue->step())
        return { Redemption::Outcome::NotFound, {} };
    const QString status = issue->text(0);
    if (status == u"redeemed"_s)
        return { Redemption::Outcome::AlreadyRedeemed, issue->text(1) };
    if (status != u"issued"_s)
        return { Redemption::Outcome::NotRedeemable, {} };
    const QString when
        = at.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : at;
    auto update = m_db.prepare(u"UPDATE coupon_issues SET status = 'redeemed', redeemed_at = ?"
                               " WHERE id = ?"_s);
    update->bindAll(when, issueId);
    update->run();
    m_changes.touch(u"coupon_issues"_s, issueId);
    transaction.commit();
    return { Redemption::Outcome::Redeemed, when };
}

QHttpServerResponse CouponRedemptions::handle(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (m_mallKey.isEmpty() || !header.startsWith("Bearer ")
        || !sameSecret(header.mid(7).trimmed(), m_mallKey.toUtf8()))
        return core::jsonError(Status::Unauthorized, u"unauthorized"_s,
                               u"The mall key is missing or wrong."_s);
    auto body = core::parseJsonObject(request);
    if (auto *error = std::get_if<QHttpServerResponse>(&body))
        return std::move(*error);
    const QJsonObject json = std::get<QJsonObject>(body);
    const QString issueId = json.value(u"issue_id"_s).toString();
    if (issueId.isEmpty() || issueId.size() > 64)
        return core::jsonError(Status::BadRequest, u"bad_request"_s,
                               u"issue_id must be an id (1 to 64 characters)."_s);
    QString at = json.value(u"redeemed_at"_s).toString();
    if (!at.isEmpty() && !QDateTime::fromString(at, Qt::ISODateWithMs).isValid())
        return core::jsonError(Status::BadRequest, u"bad_request"_s,
                               u"redeemed_at must be an ISO-8601 time."_s);
    const Redemption result = redeem(issueId, at);
    switch (result.outcome) {
    case Redemption::Outcome::NotFound:
        return core::jsonError(Status::NotFound, u"not_found"_s,
                               u"There is no coupon issue %1."_s.arg(issueId));
    case Redemption::Outcome::NotRedeemable:
        return core::jsonError(Status::Conflict, u"not_redeemable"_s,
                               u"Coupon issue %1 was never issued."_s.arg(issueId));
    case Redemption::Outcome::Redeemed:
    case Redemption::Outcome::AlreadyRedeemed:
        break;
    }
    return core::jsonReply(
        { { u"issue_id"_s, issueId },
          { u"status"_s, u"redeemed"_s },
          { u"redeemed_at"_s, result.redeemedAt },
          { u"already_redeemed"_s, result.outcome == Redemption::Outcome::AlreadyRedeemed } });
}

} // namespace gd::server::coupons
