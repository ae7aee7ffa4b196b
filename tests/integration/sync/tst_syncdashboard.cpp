// Dashboard layouts against the real server over TLS: a new device shows the store's default
// (seeded by the server); a layout arranged on tablet A reaches the server once and follows
// the guide to tablet B (another device, its own store); a manager's new store default
// reaches a colleague's device; "reset to store default" on B brings the store's layout back
// and A gets that too.
#include "dashboard/dashboardlayoutmodel.h"
#include "dashboard/dashboardlayoutwriter.h"
#include "serverprocess.h"
#include "syncclient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::dashboard;

namespace {

// One tablet's dashboard over its SyncTestClient's store.
struct DashboardDevice
{
    explicit DashboardDevice(testsupport::SyncTestClient &client)
        : writer(client.db(), client.outbox())
        , model(writer)
    {
        model.setActor({ client.user().guideId, client.user().storeId, client.user().isManager() });
    }
    [[nodiscard]] QStringList kinds() const
    {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out << model.data(model.index(i), DashboardLayoutModel::KindRole).toString() + u':'
                    + model.data(model.index(i), DashboardLayoutModel::SizeRole).toString();
        return out;
    }
    DashboardLayoutWriter writer;
    DashboardLayoutModel model;
};

} // namespace

class TestSyncDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::ServerProcess> m_server;
    int m_devices = 0;

    std::unique_ptr<testsupport::SyncTestClient> signedIn(const QString &user)
    {
        auto client = std::make_unique<testsupport::SyncTestClient>(testsupport::ClientOptions {
            m_server->baseUrl(), m_server->caCertificatePath(), user,
            m_dir.filePath(u"%1-device%2.db"_s.arg(user).arg(++m_devices)), 5000, false });
        QString error;
        if (!client->signIn(m_server->password(), &error))
            qWarning() << "sign-in failed:" << error;
        return client;
    }
    qint64 serverCount(const QString &sql)
    {
        auto db = store::Database::openUnencrypted(m_server->databasePath(),
                                                   store::Database::OpenMode::OpenExisting);
        return db->scalar(sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testsupport::ServerProcess>(
            testsupport::ServerProcess::Options { 300, 0, 3600, {} });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void aLayoutFollowsTheGuideToAnotherTablet()
    {
        auto a = signedIn(u"G1002"_s);
        QVERIFY(a->syncUntilIdle(60000));
        DashboardDevice da(*a);
        // A new tablet shows the store's default, from the server.
        QCOMPARE(da.model.source(), u"store"_s);
        const QStringList storeDefault = da.kinds();
        QVERIFY(!storeDefault.isEmpty());

        da.model.startEditing();
        QVERIFY(da.model.remove(0));
        QVERIFY(da.model.add(u"sync_status"_s));
        QVERIFY(da.model.add(u"new_members"_s));
        QVERIFY(da.model.move(da.model.rowCount() - 1, 0));
        QVERIFY(da.model.grow(0));
        QCOMPARE(da.model.finishEditing(), QString());
        const QStringList arranged = da.kinds();
        QCOMPARE(arranged.first(), u"new_members:2x1"_s);
        QCOMPARE(a->outbox().pendingCount(), 1);
        QString error;
        QVERIFY2(a->syncUntilIdle(60000, &error), qPrintable(error));
        QCOMPARE(a->outbox().pendingCount(), 0);
        QCOMPARE(a->outbox().rejectedCount(), 0);
        const QString guide = a->user().guideId;
        QCOMPARE(serverCount(
                     u"SELECT count(*) FROM dashboard_layouts WHERE guide_id = '%1'"_s.arg(guide)),
                 1);

        // Tablet B, the same guide, its own store file: the arranged layout.
        auto b = signedIn(u"G1002"_s);
        QVERIFY(b->syncUntilIdle(60000));
        DashboardDevice db(*b);
        QCOMPARE(db.model.source(), u"own"_s);
        QCOMPARE(db.kinds(), arranged);

        // B resets to the store's default; A pulls it and shows it after the tables change.
        db.model.resetToStoreDefault();
        QCOMPARE(db.kinds(), storeDefault);
        QCOMPARE(db.model.finishEditing(), QString());
        QVERIFY(b->syncUntilIdle(60000));
        QVERIFY(a->syncUntilIdle(60000));
        da.model.storeChanged({ u"dashboard_layouts"_s });
        QCOMPARE(da.kinds(), storeDefault);
        QCOMPARE(serverCount(
                     u"SELECT count(*) FROM dashboard_layouts WHERE guide_id = '%1'"_s.arg(guide)),
                 1);
    }

    void aManagersStoreDefaultReachesColleagues()
    {
        auto manager = signedIn(u"G1001"_s);
        QVERIFY(manager->syncUntilIdle(60000));
        QVERIFY(manager->user().isManager());
        DashboardDevice dm(*manager);
        dm.model.startEditing();
        while (dm.model.rowCount() > 0)
            QVERIFY(dm.model.remove(0));
        QVERIFY(dm.model.add(u"tag_coverage"_s));
        QVERIFY(dm.model.add(u"orders_waiting"_s));
        QCOMPARE(dm.model.saveAsStoreDefault(), QString());
        dm.model.cancelEditing();
        QString error;
        QVERIFY2(manager->syncUntilIdle(60000, &error), qPrintable(error));
        QCOMPARE(manager->outbox().rejectedCount(), 0);

        // A colleague of the same store who never arranged their own (a fresh guide).
        auto colleague = signedIn(u"G1004"_s);
        QVERIFY(colleague->syncUntilIdle(60000));
        QCOMPARE(colleague->user().storeId, manager->user().storeId);
        DashboardDevice dc(*colleague);
        QCOMPARE(dc.model.source(), u"store"_s);
        QCOMPARE(dc.kinds(), (QStringList { u"tag_coverage:1x1"_s, u"orders_waiting:1x1"_s }));
    }

    void aGuideCannotSaveTheStoreDefault()
    {
        auto guide = signedIn(u"G1003"_s);
        QVERIFY(guide->syncUntilIdle(60000));
        DashboardDevice dg(*guide);
        dg.model.startEditing();
        // Refused on the device already, and nothing is queued.
        QVERIFY(!dg.model.saveAsStoreDefault().isEmpty());
        QCOMPARE(guide->outbox().pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncDashboard)
#include "tst_syncdashboard.moc"
