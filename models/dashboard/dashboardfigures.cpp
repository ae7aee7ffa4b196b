#include "dashboardfigures.h"

#include "store/database.h"
#include "tags/tagreview.h"
#include "tasks/churnrevisitcandidates.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace gd::dashboard {

namespace {

void readOrders(store::Database &db, const QString &guideId, DashboardFigures &out)
{
    out.hasOrders = db.scalar(u"SELECT EXISTS (SELECT 1 FROM orders)"_s) != 0;
    auto q = db.prepare(u"SELECT count(*), min(placed_at) FROM orders WHERE guide_id = ?"
                        " AND status = 'paid' AND claimed_by IS NULL AND deleted = 0"_s);
    q->bind(1, guideId);
    if (q->step()) {
        out.ordersWaiting = q->integer(0);
        out.oldestWaitingSince = q->isNull(1) ? QString() : q->text(1);
    }
}

void readAtRisk(tasks::ChurnRevisitCandidates &source, const QString &guideId,
                DashboardFigures &out)
{
    const auto candidates = source.candidates(guideId, out.day, std::numeric_limits<int>::max());
    out.hasChurnModel = source.model().has_value();
    out.atRiskCount = int(candidates.size());
    for (const auto &candidate : candidates) {
        out.atRiskValueCents += candidate.valueCentsAtStake;
        if (out.atRiskNames.size() < 3)
            out.atRiskNames << candidate.customerName;
    }
}

void readCoverage(store::Database &db, const QString &guideId, DashboardFigures &out)
{
    const tags::Coverage coverage = tags::TagReview(db).coverage(guideId);
    out.tagGroups = int(coverage.groups.size());
    if (coverage.rows.isEmpty() || coverage.groups.isEmpty())
        return;
    const tags::CoverageRow &row = coverage.rows.constFirst();
    out.bookSize = row.customers;
    if (row.customers == 0)
        return;
    qint64 filled = 0;
    int weakest = -1;
    for (int i = 0; i < row.filled.size() && i < coverage.groups.size(); ++i) {
        filled += row.filled.at(i);
        if (weakest < 0 || row.filled.at(i) < row.filled.at(weakest))
            weakest = i;
    }
    out.coveragePercent
        = int(qRound64(100.0 * double(filled) / (double(row.customers) * coverage.groups.size())));
    if (weakest >= 0) {
        out.weakestGroup = coverage.groups.at(weakest).name;
        out.weakestGroupEn = coverage.groups.at(weakest).nameEn;
    }
}

void readNewMembers(store::Database &db, const QString &guideId, DashboardFigures &out)
{
    // A card opened at the counter, or (quick entry and import set no card date) the day
    // the customer was created here.
    auto q = db.prepare(
        u"SELECT count(*), sum(joined = ?) FROM (SELECT coalesce(card_opened_on,"
        " date(created_at, 'localtime')) AS joined FROM customers WHERE owner_guide_id = ?"
        " AND deleted = 0) WHERE joined BETWEEN ? AND ?"_s);
    const QDate first(out.day.year(), out.day.month(), 1);
    q->bindAll(out.day.toString(Qt::ISODate), guideId, first.toString(Qt::ISODate),
               out.day.toString(Qt::ISODate));
    if (q->step()) {
        out.newMembersMonth = q->integer(0);
        out.newMembersToday = q->integer(1);
    }
}

} // namespace

DashboardFigures loadDashboardFigures(store::Database &db, const QString &guideId, const QDate &day,
                                      tasks::ChurnRevisitCandidates *atRisk)
{
    DashboardFigures out;
    out.day = day;
    if (guideId.isEmpty() || !day.isValid())
        return out;
    const QDate firstOfMonth(day.year(), day.month(), 1);
    const QDate chartStart = day.addDays(1 - chartDays);
    const QDate from = std::min(firstOfMonth, chartStart);
    // One read of the month and the chart's fortnight, summed here.
    const QList<DaySales> days = salesByDay(db, guideId, from, day);
    out.month = DaySales { firstOfMonth, 0, 0 };
    for (const DaySales &sales : days) {
        if (sales.day >= firstOfMonth) {
            out.month.inStoreCents += sales.inStoreCents;
            out.month.onlineCents += sales.onlineCents;
        }
        if (sales.day >= chartStart)
            out.lastDays << sales;
        if (sales.day == day)
            out.today = sales;
    }
    out.targets = salesTargets(db, guideId);
    readOrders(db, guideId, out);
    readNewMembers(db, guideId, out);
    readCoverage(db, guideId, out);
    if (atRisk) {
        readAtRisk(*atRisk, guideId, out);
    } else {
        tasks::ChurnRevisitCandidates source(db);
        readAtRisk(source, guideId, out);
    }
    return out;
}

DashboardFigures withOrdersReread(store::Database &db, const QString &guideId,
                                  DashboardFigures figures)
{
    const QDate day = figures.day;
    if (guideId.isEmpty() || !day.isValid())
        return figures;
    const QDate firstOfMonth(day.year(), day.month(), 1);
    const QDate from = std::min(firstOfMonth, day.addDays(1 - chartDays));
    QList<DaySales> online;
    for (QDate d = from; d <= day; d = d.addDays(1))
        online << DaySales { d, 0, 0 };
    addOnlineSales(db, guideId, online);
    figures.month.onlineCents = 0;
    for (const DaySales &sales : std::as_const(online)) {
        if (sales.day >= firstOfMonth)
            figures.month.onlineCents += sales.onlineCents;
        if (sales.day == day)
            figures.today.onlineCents = sales.onlineCents;
    }
    for (DaySales &shown : figures.lastDays)
        shown.onlineCents = online.at(from.daysTo(shown.day)).onlineCents;
    readOrders(db, guideId, figures);
    return figures;
}

} // namespace gd::dashboard
