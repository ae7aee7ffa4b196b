// Coupons redeemed at the till or in the mall: POST /api/v1/mall/coupons/redeem for the
// mall (bearer = the mall key, like /api/v1/mall/orders), and redeem() for the simulator.
// Only an issued coupon can be redeemed; redeeming it again answers the first redemption
// (a mall retrying after a lost reply must not see a failure). One transaction each: the
// issue's status and redeemed_at, and its change-log entry (devices pull it).
#pragma once

#include <QHttpServerResponse>
#include <QString>

class QHttpServer;
class QHttpServerRequest;

namespace gd::store {
class Database;
}
namespace gd::server::core {
class ChangeLog;
}

namespace gd::server::coupons {

struct Redemption
{
    enum class Outcome
    {
        Redeemed,
        AlreadyRedeemed,
        NotFound,
        NotRedeemable, // rejected (never issued)
    };
    Outcome outcome = Outcome::NotFound;
    QString redeemedAt;
};

class CouponRedemptions
{
public:
    CouponRedemptions(store::Database &db, core::ChangeLog &changes, QString mallKey);
    void registerRoutes(QHttpServer &server);

    // `at`: ISO-8601 time of the redemption (empty: now).
    Redemption redeem(const QString &issueId, const QString &at = {});

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);

    store::Database &m_db;
    core::ChangeLog &m_changes;
    QString m_mallKey;
};

} // namespace gd::server::coupons
