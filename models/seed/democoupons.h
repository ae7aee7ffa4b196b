// The demo's coupon templates: a handful per store, as a retailer's HQ would set them up
// (spend thresholds, a birthday coupon, a welcome coupon), with validity around `today`
// and per-store quotas, some nearly used up and one expired so that a guide meets
// "over quota" and "expired" in the demo too.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::seed {

struct DemoCoupon
{
    QString id; // a name-based UUID of the store and the code: the same on every run
    QString storeId;
    QString name;
    QString nameEn;
    qint64 valueCents = 0;
    qint64 minSpendCents = 0;
    QDate validFrom;
    QDate validTo;
    int quota = 0;
    int issuedCount = 0; // issued through other channels before the demo starts
    int perCustomer = 1;
};

[[nodiscard]] QList<DemoCoupon> demoCoupons(const QStringList &storeIds, const QDate &today);

// Inserts them (inside the caller's transaction).
void writeDemoCoupons(store::Database &db, const QList<DemoCoupon> &coupons);

} // namespace gd::seed
