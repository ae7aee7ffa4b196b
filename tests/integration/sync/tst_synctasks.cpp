// Tasks against the real server over TLS: HQ campaign tasks arrive with their targets; a
// guide's day is generated and worked offline, and after reconnecting every outcome reaches
// the server exactly once; two devices generating the same day converge on one set of tasks;
// a guide cannot touch another guide's task; a manager reassigns and sees completion figures.
#include "serverprocess.h"
#include "syncclient.h"
#include "tasks/taskgenerator.h"
#include "tasks/taskstore.h"
#include "tasks/taskwriter.h"
#include "tasks/visitgapcandidates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

// One device's task machinery over its SyncTestClient's store.
struct TaskDevice
{
    explicit TaskDevice(testsupport::SyncTestClient &client)
        : writer(client.db(), client.outbox(),
                 { client.user().guideId, client.user().storeId, client.user().isManager() })
        , candidates(client.db())
        , generator(client.db(), writer, candidates)
        , store(client.db())
    { }
    tasks::TaskWriter writer;
    tasks::VisitGapCandidates candidates;
    tasks::TaskGenerator generator;
    tasks::TaskStore store;
};

tasks::GenerationSettings settings()
{
    tasks::GenerationSettings s;
    s.revisitsPerDay = 4;
    s.birthdayLeadDays = 30; // a month ahead, so that a small demo store surely has some
    s.greetingTemplate = u"生日快乐，%1！"_s;
    return s;
}

} // namespace

class TestSyncTasks : public QObject
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
    QString serverText(const QString &sql)
    {
        auto db = store::Database::openUnencrypted(m_server->databasePath(),
                                                   store::Database::OpenMode::OpenExisting);
        auto q = db->prepare(sql);
        return q->step() ? q->text(0) : u"<none>"_s;
    }
    qint64 serverCount(const QString &sql) { return serverText(sql).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testsupport::ServerProcess>(
            testsupport::ServerProcess::Options { 400, 0, 3600, {} });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void campaignTasksArriveWithTargets()
    {
        auto client = signedIn(u"G1002"_s);
        QVERIFY(client->syncUntilIdle(60000));
        TaskDevice device(*client);
        const auto open
            = device.store.openTasks(client->user().guideId, {}, QDate::currentDate(), 14);
        int campaigns = 0;
        for (const tasks::Task &t : open) {
            QCOMPARE(t.guideId, client->user().guideId);
            if (t.kind == u"campaign"_s) {
                ++campaigns;
                QVERIFY(t.campaignTarget > 0);
                QVERIFY(!t.campaignTitle.isEmpty());
            }
        }
        QCOMPARE(campaigns, 3);
        // Only the guide's own tasks reached the device.
        auto others = client->db().prepare(u"SELECT count(*) FROM tasks WHERE guide_id <> ?"_s);
        others->bind(1, client->user().guideId);
        QVERIFY(others->step());
        QCOMPARE(others->int64(0), 0);
    }

    void aDayWorkedOfflineReachesTheServerOnce()
    {
        auto client = signedIn(u"G1003"_s);
        QVERIFY(client->syncUntilIdle(60000));
        TaskDevice device(*client);
        const QString guide = client->user().guideId;
        m_server->stop();
        sync::SyncEngine &engine = client->startEngine();

        const QDate today = QDate::currentDate();
        const auto generated = device.generator.generate(today, settings());
        QVERIFY(generated.revisitsCreated > 0);
        QVERIFY(generated.birthdaysCreated > 0);
        QList<tasks::Task> open = device.store.openTasks(guide, {}, today, 60);
        QString revisit, campaign;
        for (const tasks::Task &t : std::as_const(open)) {
            if (t.kind == u"revisit"_s && revisit.isEmpty())
                revisit = t.id;
            if (t.kind == u"campaign"_s && campaign.isEmpty())
                campaign = t.id;
        }
        QVERIFY(!revisit.isEmpty() && !campaign.isEmpty());
        device.writer.complete(revisit, u"will_visit"_s);
        device.writer.setProgress(campaign, 11);
        device.writer.complete(campaign, u"reached"_s);
        const QString todo = device.writer.addTodo(u"离线待办"_s, today.addDays(1));
        device.writer.snooze(todo, today.addDays(2), today);
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().state == sync::SyncState::Offline, 20000);
        const int pending = client->outbox().pendingCount();
        QCOMPARE(pending, generated.revisitsCreated + generated.birthdaysCreated + 5);

        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(client->syncUntilIdle(120000, &error), qPrintable(error));
        QCOMPARE(client->outbox().pendingCount(), 0);
        QCOMPARE(client->outbox().rejectedCount(), 0);
        // Every outcome is on the server, once.
        QCOMPARE(serverText(
                     u"SELECT status || '/' || outcome FROM tasks WHERE id = '%1'"_s.arg(revisit)),
                 u"done/will_visit"_s);
        QCOMPARE(serverText(u"SELECT status || '/' || outcome || '/' || progress FROM tasks"
                            " WHERE id = '%1'"_s.arg(campaign)),
                 u"done/reached/11"_s);
        QCOMPARE(serverText(u"SELECT snoozed_until FROM tasks WHERE id = '%1'"_s.arg(todo)),
                 today.addDays(2).toString(Qt::ISODate));
        QCOMPARE(serverCount(u"SELECT count(*) FROM tasks WHERE guide_id = '%1' AND kind IN"
                             " ('revisit', 'birthday')"_s.arg(guide)),
                 generated.revisitsCreated + generated.birthdaysCreated);
        QCOMPARE(serverCount(u"SELECT count(*) FROM rejections"_s), 0);
        // The device holds the server's rows now (versions set), and the same outcome.
        auto local = client->db().prepare(u"SELECT version, outcome FROM tasks WHERE id = ?"_s);
        local->bind(1, revisit);
        QVERIFY(local->step());
        QVERIFY(local->int64(0) > 0);
        QCOMPARE(local->text(1), u"will_visit"_s);
    }

    void twoDevicesGeneratingTheSameDayConverge()
    {
        auto a = signedIn(u"G1004"_s);
        auto b = signedIn(u"G1004"_s);
        QVERIFY(a->syncUntilIdle(60000));
        QVERIFY(b->syncUntilIdle(60000));
        TaskDevice da(*a);
        TaskDevice db(*b);
        const QDate today = QDate::currentDate();
        const auto ra = da.generator.generate(today, settings());
        const auto rb = db.generator.generate(today, settings());
        QVERIFY(ra.revisitsCreated + ra.birthdaysCreated > 0);
        QCOMPARE(rb.revisitsCreated, ra.revisitsCreated);
        QCOMPARE(rb.birthdaysCreated, ra.birthdaysCreated);
        QVERIFY(a->syncUntilIdle(60000));
        QVERIFY(b->syncUntilIdle(60000));
        QVERIFY(a->syncUntilIdle(60000));
        const QString guide = a->user().guideId;
        QCOMPARE(serverCount(u"SELECT count(*) FROM tasks WHERE guide_id = '%1' AND kind IN"
                             " ('revisit', 'birthday')"_s.arg(guide)),
                 ra.revisitsCreated + ra.birthdaysCreated);
        QCOMPARE(b->outbox().rejectedCount(), 0);
        QCOMPARE(a->db().scalar(u"SELECT count(*) FROM tasks"_s),
                 b->db().scalar(u"SELECT count(*) FROM tasks"_s));
        // Generated again after the sync: still nothing new.
        const auto again = db.generator.generate(today, settings());
        QCOMPARE(again.revisitsCreated + again.birthdaysCreated, 0);
    }

    void aGuideCannotTouchAnotherGuidesTask()
    {
        auto manager = signedIn(u"G1001"_s);
        QVERIFY(manager->syncUntilIdle(60000));
        QVERIFY(manager->user().isManager());
        auto guide = signedIn(u"G1002"_s);
        QVERIFY(guide->syncUntilIdle(60000));
        // Someone else's task of the same store, as the manager's device knows it.
        auto q = manager->db().prepare(u"SELECT id FROM tasks WHERE guide_id <> ? AND kind ="
                                       " 'campaign' AND status = 'open' LIMIT 1"_s);
        q->bind(1, guide->user().guideId);
        QVERIFY(q->step());
        const QString foreign = q->text(0);
        {
            // A tampered device: the mutation goes out without the local check.
            store::Transaction transaction(guide->db());
            guide->outbox().append(u"task_complete"_s,
                                   { { u"id"_s, foreign }, { u"outcome"_s, u"bought"_s } }, {});
            transaction.commit();
        }
        QVERIFY(guide->syncUntilIdle(60000));
        QCOMPARE(guide->outbox().rejectedCount(), 1);
        QVERIFY(guide->outbox().rejected().constFirst().error.startsWith(u"forbidden"_s));
        QCOMPARE(serverText(u"SELECT status FROM tasks WHERE id = '%1'"_s.arg(foreign)), u"open"_s);
        // Junk arguments are rejected too, and never stop the queue.
        {
            store::Transaction transaction(guide->db());
            guide->outbox().append(u"task_complete"_s, { { u"id"_s, 42 } }, {});
            guide->outbox().append(u"task_upsert"_s,
                                   { { u"id"_s, u"x"_s },
                                     { u"kind"_s, u"campaign"_s },
                                     { u"title"_s, u"HQ, I am"_s } },
                                   {});
            guide->outbox().append(u"task_snooze"_s,
                                   { { u"id"_s, foreign }, { u"until"_s, u"tomorrow"_s } }, {});
            guide->outbox().append(u"task_progress"_s,
                                   { { u"id"_s, foreign }, { u"progress"_s, -4 } }, {});
            transaction.commit();
        }
        QVERIFY(guide->syncUntilIdle(60000));
        QCOMPARE(guide->outbox().rejectedCount(), 5);
        QCOMPARE(serverCount(u"SELECT count(*) FROM tasks WHERE id = 'x'"_s), 0);
        QCOMPARE(guide->outbox().pendingCount(), 0);
    }

    void managerReassignsAndSeesCompletion()
    {
        // A guide of the store closes a campaign task on their device…
        auto guide = signedIn(u"G1002"_s);
        QVERIFY(guide->syncUntilIdle(60000));
        QString closed;
        {
            TaskDevice guideDevice(*guide);
            for (const tasks::Task &t :
                 guideDevice.store.openTasks(guide->user().guideId, {}, QDate::currentDate(), 14)) {
                if (t.kind == u"campaign"_s) {
                    closed = t.id;
                    break;
                }
            }
            QVERIFY(!closed.isEmpty());
            guideDevice.writer.complete(closed, u"bought"_s);
        }
        QVERIFY(guide->syncUntilIdle(60000));
        // …and the manager's device sees it in the figures, after its own sync.
        auto manager = signedIn(u"G1001"_s);
        QVERIFY(manager->syncUntilIdle(60000));
        QCOMPARE(manager->user().storeId, guide->user().storeId);
        TaskDevice device(*manager);
        const QString store = manager->user().storeId;
        // Statements are read to the end (or reset) before syncing: an open read would hold
        // the engine's writes back.
        QString task, from, to;
        {
            auto q = manager->db().prepare(
                u"SELECT t.id, t.guide_id FROM tasks t WHERE t.kind = 'campaign' AND t.status ="
                " 'open' ORDER BY t.id LIMIT 1"_s);
            QVERIFY(q->step());
            task = q->text(0);
            from = q->text(1);
        }
        {
            auto other = manager->db().prepare(
                u"SELECT id FROM guides WHERE store_id = ? AND id <> ? AND role = 'guide' AND"
                " active = 1 LIMIT 1"_s);
            other->bindAll(store, from);
            QVERIFY(other->step());
            to = other->text(0);
        }
        device.writer.reassign(task, to);
        QString error;
        const bool idle = manager->syncUntilIdle(60000, &error);
        if (!idle)
            qWarning() << "pending" << manager->outbox().pendingCount() << "rejected"
                       << manager->outbox().rejectedCount() << "state"
                       << int(manager->engine()->snapshot().state)
                       << manager->engine()->snapshot().detail;
        QVERIFY2(idle, qPrintable(error));
        QCOMPARE(serverText(u"SELECT guide_id FROM tasks WHERE id = '%1'"_s.arg(task)), to);
        // The outcomes guides synced earlier are in the manager's figures.
        const auto figures = device.store.completion(store, QDate::currentDate().addDays(-7),
                                                     QDate::currentDate().addDays(60));
        bool found = false;
        for (const auto &f : figures) {
            if (f.guideId == guide->user().guideId) {
                found = true;
                QVERIFY(f.done >= 1);
                QVERIFY(f.byOutcome.value(u"bought"_s) >= 1);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestSyncTasks)
#include "tst_synctasks.moc"
