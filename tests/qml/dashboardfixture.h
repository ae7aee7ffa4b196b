// The dashboard's fixture for the Quick tests: a real in-memory store with a guide's sales,
// orders and customers (figures read inline: no worker thread), the layout model and its
// writer, and a way to look at the dashboard the way a restarted app would: a NEW QML engine
// with new models over the same store.
#pragma once

#include "appcontext.h"
#include "dashboard/dashboardfiguresmodel.h"
#include "dashboard/dashboardlayoutmodel.h"
#include "dashboard/dashboardlayoutwriter.h"
#include "outbox/outbox.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>

using namespace Qt::StringLiterals;

class DashboardFixture : public QObject
{
    Q_OBJECT
public:
    static constexpr int year = 2026, month = 12, day = 2;

    DashboardFixture()
    {
        m_db = gd::store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                         gd::store::Database::OpenMode::CreateIfMissing);
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*m_db);
        m_db->exec(
            u"INSERT INTO stores (id, name) VALUES ('s1', '上海南京西路店');"
            "INSERT INTO guides (id, store_id, name, daily_target_cents, monthly_target_cents)"
            " VALUES ('g1', 's1', '王丽', 100000, 3000000);"
            "INSERT INTO customers (id, store_id, owner_guide_id, name, card_opened_on) VALUES"
            " ('c1', 's1', 'g1', '张三', '2026-12-02'), ('c2', 's1', 'g1', '李四', '2026-10-02');"
            "INSERT INTO purchases (id, customer_id, purchased_on, amount_cents) VALUES"
            " ('p1', 'c1', '2026-12-02', 45000), ('p2', 'c2', '2026-11-28', 80000);"
            "INSERT INTO orders (id, order_no, customer_id, guide_id, store_id, status,"
            " amount_cents, placed_at) VALUES ('o1', 'N1', 'c1', 'g1', 's1', 'paid', 16000,"
            " '2026-12-02T02:00:00.000Z');"_s);
        m_outbox = std::make_unique<gd::outbox::Outbox>(*m_db);
        m_writer = std::make_unique<gd::dashboard::DashboardLayoutWriter>(*m_db, *m_outbox);
        m_layout = std::make_unique<gd::dashboard::DashboardLayoutModel>(*m_writer);
        m_figures = std::make_unique<gd::dashboard::DashboardFiguresModel>(*m_db, nullptr);
        m_figures->setToday(QDate(year, month, day));
        reset();
    }

    [[nodiscard]] gd::dashboard::DashboardLayoutModel *layout() { return m_layout.get(); }
    [[nodiscard]] gd::dashboard::DashboardFiguresModel *figures() { return m_figures.get(); }

    /// No saved layout, nothing in the outbox: the built-in default.
    Q_INVOKABLE void reset()
    {
        m_db->exec(u"DELETE FROM outbox_touches; DELETE FROM outbox; DELETE FROM"
                   " dashboard_layouts"_s);
        m_layout->setActor({ u"g1"_s, u"s1"_s, false });
        m_figures->setGuide(u"g1"_s);
    }
    Q_INVOKABLE int outboxCount(const QString &name)
    {
        auto q = m_db->prepare(u"SELECT count(*) FROM outbox WHERE name = ?"_s);
        q->bind(1, name);
        q->step();
        return int(q->int64(0));
    }
    /// A store default as the server would have sent it.
    Q_INVOKABLE void setStoreDefault(const QString &layoutJson)
    {
        auto q = m_db->prepare(u"INSERT OR REPLACE INTO dashboard_layouts (id, guide_id, store_id,"
                               " layout_json) VALUES (?, NULL, 's1', ?)"_s);
        q->bindAll(gd::dashboard::storeDefaultLayoutId(u"s1"_s), layoutJson);
        q->run();
    }
    /// What a restarted app shows: a new engine, new models over the same store, the
    /// dashboard loaded from the QML module. The widgets' kinds and sizes, in grid order.
    Q_INVOKABLE QStringList kindsAfterRestart()
    {
        gd::dashboard::DashboardLayoutWriter writer(*m_db, *m_outbox);
        gd::dashboard::DashboardLayoutModel layout(writer);
        layout.setActor({ u"g1"_s, u"s1"_s, false });
        gd::dashboard::DashboardFiguresModel figures(*m_db, nullptr);
        figures.setToday(QDate(year, month, day));
        figures.setGuide(u"g1"_s);
        gd::ui::AppContext context(nullptr, nullptr, nullptr, nullptr);
        context.setDashboard(&layout, &figures);
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine);
        component.setData(
            "import QtQuick\nimport GuideDesk\nItem { width: 1200; height: 600;"
            " required property AppContext context\n"
            " DashboardGrid { objectName: \"grid\"; width: 1100; context: parent.context } }",
            QUrl(u"qrc:/restart.qml"_s));
        std::unique_ptr<QObject> root(component.createWithInitialProperties(
            { { u"context"_s, QVariant::fromValue(&context) } }));
        if (!root) {
            qWarning() << component.errors();
            return {};
        }
        QStringList out;
        auto *repeater = root->findChild<QQuickItem *>(u"dashboardRepeater"_s);
        if (!repeater)
            return { u"no repeater"_s };
        for (int i = 0; i < layout.rowCount(); ++i) {
            QQuickItem *item = nullptr;
            QMetaObject::invokeMethod(repeater, "itemAt", Q_RETURN_ARG(QQuickItem *, item),
                                      Q_ARG(int, i));
            if (item)
                out << item->objectName() + u':' + item->property("sizeName").toString();
        }
        return out;
    }

private:
    std::unique_ptr<gd::store::Database> m_db;
    std::unique_ptr<gd::outbox::Outbox> m_outbox;
    std::unique_ptr<gd::dashboard::DashboardLayoutWriter> m_writer;
    std::unique_ptr<gd::dashboard::DashboardLayoutModel> m_layout;
    std::unique_ptr<gd::dashboard::DashboardFiguresModel> m_figures;
};
