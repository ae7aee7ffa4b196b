#include "demodashboard.h"

#include "dashboard/dashboardlayout.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::seed {

namespace {

void writeTargets(store::Database &db, const QDate &today)
{
    // Mean daily sales of the guide's book over 90 days, +10%, rounded up to 100 yuan; the
    // month: 30 such days. A guide with no sales gets a 1,000 yuan day.
    auto update = db.prepare(
        u"UPDATE guides SET daily_target_cents = t.daily, monthly_target_cents = 30 * t.daily"
        " FROM (SELECT g.id AS guide_id, max(100000, ((coalesce(sum(p.amount_cents), 0) * 11"
        " / 900 + 9999) / 10000) * 10000) AS daily FROM guides g LEFT JOIN customers c ON"
        " c.owner_guide_id = g.id LEFT JOIN purchases p ON p.customer_id = c.id AND"
        " p.purchased_on BETWEEN ? AND ? GROUP BY g.id) t"
        " WHERE guides.id = t.guide_id AND guides.daily_target_cents = 0"_s);
    update->bindAll(today.addDays(-90).toString(Qt::ISODate), today.toString(Qt::ISODate));
    update->run();
}

// Sales and the orders waiting first, then the day's work, as a store would set it up.
dashboard::DashboardLayout storeDefault()
{
    dashboard::DashboardLayout layout;
    const QList<std::pair<QString, dashboard::WidgetSize>> widgets = {
        { u"sales_today"_s, { 2, 1 } },    { u"sales_month"_s, { 2, 1 } },
        { u"orders_waiting"_s, { 1, 1 } }, { u"tasks_today"_s, { 1, 1 } },
        { u"at_risk"_s, { 1, 1 } },        { u"tag_coverage"_s, { 1, 1 } },
    };
    for (const auto &[kind, size] : widgets)
        layout.widgets << dashboard::DashboardWidget { kind, size, {} };
    return layout;
}

} // namespace

QStringList writeDemoDashboard(store::Database &db, const QDate &today)
{
    writeTargets(db, today);
    QStringList storeIds;
    {
        auto stores = db.prepare(u"SELECT id FROM stores WHERE deleted = 0 ORDER BY rowid"_s);
        while (stores->step())
            storeIds << stores->text(0);
    }
    QStringList written;
    const QString json = storeDefault().toJsonText();
    for (const QString &storeId : std::as_const(storeIds)) {
        const QString id = dashboard::storeDefaultLayoutId(storeId);
        auto insert
            = db.prepare(u"INSERT INTO dashboard_layouts (id, guide_id, store_id,"
                         " layout_json) VALUES (?, NULL, ?, ?) ON CONFLICT (id) DO NOTHING"_s);
        insert->bindAll(id, storeId, json);
        insert->run();
        if (db.changes() > 0)
            written << id;
    }
    return written;
}

} // namespace gd::seed
