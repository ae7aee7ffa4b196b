// Qt Quick Test runner with a QApplication (QtCharts' QML types need one; QUICK_TEST_MAIN
// would make a QGuiApplication) and the GuideDesk module over a fake repository.
#include "appcontext.h"
#include "couponfixture.h"
#include "dashboardfixture.h"
#include "fakecustomerrepository.h"
#include "ordersfixture.h"
#include "quickentryfixture.h"
#include "segmentfixture.h"
#include "tagfixture.h"
#include "todayfixture.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(GuideDeskPlugin)

// Lets a QML test put a SyncStatus into any state, as the sync engine would.
class SyncStatusDriver : public QObject
{
    Q_OBJECT
public:
    explicit SyncStatusDriver(gd::sync::SyncStatus &status)
        : m_status(status)
    { }
    Q_INVOKABLE void set(int state, const QString &reasonCode, int pending, bool initialSyncDone,
                         double pulled, double remaining)
    {
        gd::sync::SyncSnapshot snapshot;
        snapshot.state = gd::sync::SyncState(state);
        snapshot.reasonCode = reasonCode;
        snapshot.detail = reasonCode.isEmpty() ? QString() : u"detail for "_s + reasonCode;
        snapshot.pendingChanges = pending;
        snapshot.initialSyncDone = initialSyncDone;
        snapshot.pulledRows = qint64(pulled);
        snapshot.remainingRows = qint64(remaining);
        m_status.update(snapshot);
    }
    // Answers a pending sign-in as the engine would.
    Q_INVOKABLE void answerSignIn(const QString &errorCode)
    {
        m_status.finishSignIn(errorCode, {});
    }

private:
    gd::sync::SyncStatus &m_status;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        m_language.setEngine(engine);
        m_language.apply(u"en"_s);
        m_info.guideName = u"王丽"_s;
        m_info.storeName = u"上海南京西路店"_s;
        m_info.demo = true;
        m_context.setSegmentBook(m_segments.book());
        engine->rootContext()->setContextProperty(u"testContext"_s, &m_context);
        engine->rootContext()->setContextProperty(u"testSyncStatus"_s, &m_liveSync);
        engine->rootContext()->setContextProperty(u"testSyncDriver"_s, &m_syncDriver);
        m_context.setTagBook(&m_store.tagBook);
        engine->rootContext()->setContextProperty(u"testTagStore"_s, &m_tagProbe);
        // A customer of the signed-in guide, for the tag picker test.
        auto customer = m_store.db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ?"
                                            " ORDER BY rowid LIMIT 1"_s);
        customer->bind(1, m_store.guideId);
        customer->step();
        engine->rootContext()->setContextProperty(u"testTagCustomer"_s, customer->text(0));
        engine->rootContext()->setContextProperty(u"testCoupons"_s, &m_coupons);
        m_context.setTaskBoard(m_today.board());
        m_context.setDashboard(m_dashboard.layout(), m_dashboard.figures());
        engine->rootContext()->setContextProperty(u"testDashboard"_s, &m_dashboard);
        engine->rootContext()->setContextProperty(u"testToday"_s, &m_today);
        engine->rootContext()->setContextProperty(u"testQuickEntry"_s,
                                                  m_quickEntry.controller.get());
        engine->rootContext()->setContextProperty(u"testQuickEntryProbe"_s, &m_quickEntryProbe);
        engine->rootContext()->setContextProperty(u"testSegmentProbe"_s, &m_segmentProbe);
        // The Orders page: its own context, with the live (driveable) sync status.
        m_context.setOrderDesk(m_orders.desk());
        m_ordersContext.setOrderDesk(m_orders.desk());
        engine->rootContext()->setContextProperty(u"testOrdersContext"_s, &m_ordersContext);
        engine->rootContext()->setContextProperty(u"testOrders"_s, &m_orders);
    }

private:
    gd::test::FakeCustomerRepository m_repository { 400 };
    gd::ui::CustomerBook m_book { m_repository };
    gd::ui::AppInfo m_info;
    gd::ui::LanguageController m_language;
    gd::sync::SyncStatus m_sync { false };
    gd::sync::SyncStatus m_liveSync { true };
    SyncStatusDriver m_syncDriver { m_liveSync };
    TagFixture m_store;
    TagStoreProbe m_tagProbe { m_store };
    gd::test::CouponFixture m_coupons;
    gd::ui::AppContext m_context { &m_book, &m_info, &m_language, &m_sync, m_coupons.desk() };
    TodayFixture m_today;
    DashboardFixture m_dashboard;
    SegmentStore m_segments;
    SegmentProbe m_segmentProbe { m_segments };
    QuickEntryStore m_quickEntry;
    QuickEntryProbe m_quickEntryProbe { m_quickEntry };
    OrdersFixture m_orders;
    gd::ui::AppContext m_ordersContext { &m_book, &m_info, &m_language, &m_liveSync };
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GuideDesk-tests"_s);
    QQuickStyle::setStyle(u"Material"_s);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "guidedesk_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
