// Makes the demo's coupons come back: a fraction of the issued coupons is redeemed (as if at
// the till) once they have been issued for a while. Whether an issue is redeemed depends on
// its id only, so the fraction holds however often the simulator looks.
#pragma once

#include <QObject>
#include <QTimer>

namespace gd::store {
class Database;
}

namespace gd::server::coupons {

class CouponRedemptions;

class RedemptionSimulator : public QObject
{
    Q_OBJECT
public:
    // fraction in [0, 1] (0: never); afterSeconds: how long after issuing at the earliest.
    RedemptionSimulator(store::Database &db, CouponRedemptions &redemptions, double fraction,
                        int afterSeconds, QObject *parent = nullptr);
    void start();

    // Whether this issue is one of the redeemed fraction.
    [[nodiscard]] static bool chosen(const QString &issueId, double fraction);
    // One look: redeems the chosen issues old enough. Returns how many.
    int redeemDue();

private:
    store::Database &m_db;
    CouponRedemptions &m_redemptions;
    double m_fraction;
    int m_afterSeconds;
    QTimer m_timer;
};

} // namespace gd::server::coupons
