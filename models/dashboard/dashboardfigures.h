// Everything the dashboard's widgets show that comes from the store, read in one go for one
// guide and day (on the dashboard worker: scoring the book for churn risk can take longer
// than a frame). Tasks and birthdays come from the Today page's own models, sync status from
// SyncStatus; they are not read here.
#pragma once

#include "salesfigures.h"

#include <QStringList>

namespace gd::store {
class Database;
}
namespace gd::tasks {
class ChurnRevisitCandidates;
}

namespace gd::dashboard {

struct DashboardFigures
{
    QDate day;
    DaySales today;
    DaySales month; // the 1st of the month to `day`
    SalesTargets targets;
    QList<DaySales> lastDays; // 14 days ending with `day`
    bool hasOrders = false; // any order at all reached this device
    int ordersWaiting = 0; // paid, nobody claimed it yet
    QString oldestWaitingSince; // placed_at of the longest-waiting one (UTC ISO), or empty
    bool hasChurnModel = false;
    int atRiskCount = 0;
    qint64 atRiskValueCents = 0;
    QStringList atRiskNames; // the three most valuable
    int tagGroups = 0; // HQ groups; 0: there is no tag library to cover
    int bookSize = 0;
    int coveragePercent = 0; // mean share of the book with each HQ group filled
    QString weakestGroup; // the HQ group filled least often (its Chinese name)
    QString weakestGroupEn;
    int newMembersMonth = 0; // cards opened (or customers created) this month
    int newMembersToday = 0;
    bool operator==(const DashboardFigures &) const = default;
};

inline constexpr int chartDays = 14;

// Reads the figures of `guideId` on `day`. `atRisk` (over the same `db`) keeps a churn model
// fitted on the device between reads (once a day, when none has come from the server);
// without it each read fits its own.
[[nodiscard]] DashboardFigures
loadDashboardFigures(store::Database &db, const QString &guideId, const QDate &day,
                     tasks::ChurnRevisitCandidates *atRisk = nullptr);

// `figures` (read by loadDashboardFigures for `guideId`) after a change to orders alone — a
// mall order, a claim: the online sales and the orders waiting read again, the rest (in-store
// sales, churn scoring of the whole book, coverage) kept. Equal to a full read then.
[[nodiscard]] DashboardFigures withOrdersReread(store::Database &db, const QString &guideId,
                                                DashboardFigures figures);

} // namespace gd::dashboard
