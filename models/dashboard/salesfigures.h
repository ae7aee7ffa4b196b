// A guide's sales as the dashboard counts them: in-store purchases of the guide's customers
// (attributed to the guide who owns the customer) plus online orders attributed to the guide
// (orders.guide_id) that were paid or went further and were not refunded. Days are local
// days; an order counts on the local day it was placed.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::dashboard {

struct DaySales
{
    QDate day;
    qint64 inStoreCents = 0;
    qint64 onlineCents = 0;
    [[nodiscard]] qint64 totalCents() const { return inStoreCents + onlineCents; }
    bool operator==(const DaySales &) const = default;
};

struct SalesTargets
{
    qint64 dailyCents = 0; // 0: no target set
    qint64 monthlyCents = 0;
    bool operator==(const SalesTargets &) const = default;
};

// The order statuses that count as a sale ("paid or later, not refunded").
[[nodiscard]] const QStringList &countedOrderStatuses();

// Adds the attributed online orders to `days` (consecutive, oldest first), by local day.
void addOnlineSales(store::Database &db, const QString &guideId, QList<DaySales> &days);

// One entry per day from `from` to `to` (both included), days without sales included.
[[nodiscard]] QList<DaySales> salesByDay(store::Database &db, const QString &guideId,
                                         const QDate &from, const QDate &to);
// The sum over the days from `from` to `to`.
[[nodiscard]] DaySales salesBetween(store::Database &db, const QString &guideId, const QDate &from,
                                    const QDate &to);
[[nodiscard]] SalesTargets salesTargets(store::Database &db, const QString &guideId);

} // namespace gd::dashboard
