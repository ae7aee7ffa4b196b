// Task writes: each change lands with its outbox entry or not at all; a guide changes only
// their own tasks, a manager the store's; junk is refused with nothing written.
#include "taskfixture.h"
#include "tasks/taskids.h"
#include "tasks/taskwriter.h"

#include <QJsonArray>
#include <QUuid>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace gd;

class TestTaskWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TaskFixture> f;
    std::unique_ptr<tasks::TaskWriter> guide; // g1
    std::unique_ptr<tasks::TaskWriter> manager; // m1
    int m_writes = 0;
    const QDate today { 2026, 12, 2 };

    qint64 outboxTotal() { return f->count(u"SELECT count(*) FROM outbox"_s); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<testing::TaskFixture>();
        guide = std::make_unique<tasks::TaskWriter>(*f->db, *f->outbox,
                                                    tasks::TaskActor { u"g1"_s, u"s1"_s, false });
        manager = std::make_unique<tasks::TaskWriter>(*f->db, *f->outbox,
                                                      tasks::TaskActor { u"m1"_s, u"s1"_s, true });
        m_writes = 0;
        guide->setAfterWrite([this] { ++m_writes; });
    }

    void todoIsWrittenWithItsOutboxEntry()
    {
        const QString customer = f->addCustomer(u"g1"_s, u"张三"_s);
        const QString id = guide->addTodo(u"  Call about the coat  "_s, today, customer);
        QCOMPARE(f->taskColumn(id, u"title"_s), u"Call about the coat"_s);
        QCOMPARE(f->taskColumn(id, u"guide_id"_s), u"g1"_s);
        QCOMPARE(f->taskColumn(id, u"kind"_s), u"todo"_s);
        QCOMPARE(f->taskColumn(id, u"due_on"_s), u"2026-12-02"_s);
        QCOMPARE(f->outboxCount(u"task_upsert"_s), 1);
        const QJsonObject args = f->lastArgs();
        QCOMPARE(args.value(u"id"_s).toString(), id);
        QCOMPARE(args.value(u"customer_id"_s).toString(), customer);
        QCOMPARE(args.value(u"kind"_s).toString(), u"todo"_s);
        QVERIFY(f->outbox->touchesPendingRow(u"tasks"_s, id));
        QCOMPARE(m_writes, 1);
        // Without a due day.
        const QString open = guide->addTodo(u"Tidy the rail"_s, QDate());
        QCOMPARE(f->taskColumn(open, u"due_on"_s), QString());
        QVERIFY(f->lastArgs().value(u"due_on"_s).isNull());
    }

    void junkTodosAreRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("customer");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << u"   "_s << QString();
        QTest::newRow("too long") << QString(201, u'x') << QString();
        QTest::newRow("unknown customer") << u"ok"_s << u"no-such-customer"_s;
        QTest::newRow("overlong customer id") << u"ok"_s << QString(65, u'c');
    }
    void junkTodosAreRefused()
    {
        QFETCH(QString, title);
        QFETCH(QString, customer);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->addTodo(title, today, customer));
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks"_s), 0);
        QCOMPARE(outboxTotal(), 0);
        QCOMPARE(m_writes, 0);
    }

    void nobodySignedInWritesNothing()
    {
        tasks::TaskWriter nobody(*f->db, *f->outbox, {});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, nobody.addTodo(u"x"_s, today));
        QCOMPARE(outboxTotal(), 0);
    }

    void completeWithAnOutcome()
    {
        const QString id = guide->addTodo(u"Follow up"_s, today);
        guide->complete(id, u"will_visit"_s);
        QCOMPARE(f->taskColumn(id, u"status"_s), u"done"_s);
        QCOMPARE(f->taskColumn(id, u"outcome"_s), u"will_visit"_s);
        QVERIFY(!f->taskColumn(id, u"completed_at"_s).isEmpty());
        QCOMPARE(f->outboxCount(u"task_complete"_s), 1);
        QCOMPARE(f->lastArgs().value(u"outcome"_s).toString(), u"will_visit"_s);
        for (const QString &junk : { u""_s, u"done"_s, u"REACHED"_s, u"reached; DROP TABLE"_s }) {
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->complete(id, junk));
        }
        QCOMPARE(f->outboxCount(u"task_complete"_s), 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->complete(u"nope"_s, u"reached"_s));
        QCOMPARE(f->outboxCount(u"task_complete"_s), 1);
    }

    void guidesTouchOnlyTheirOwnTasks()
    {
        tasks::TaskWriter other(*f->db, *f->outbox, { u"g2"_s, u"s1"_s, false });
        const QString theirs = other.addTodo(u"Theirs"_s, today);
        const qint64 before = outboxTotal();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->complete(theirs, u"reached"_s));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 guide->snooze(theirs, today.addDays(1), today));
        QCOMPARE(f->taskColumn(theirs, u"status"_s), u"open"_s);
        QCOMPARE(outboxTotal(), before);
        // The store's manager may; a manager of another store may not.
        manager->complete(theirs, u"reached"_s);
        QCOMPARE(f->taskColumn(theirs, u"status"_s), u"done"_s);
        tasks::TaskWriter otherStore(*f->db, *f->outbox, { u"g3"_s, u"s2"_s, true });
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, otherStore.complete(theirs, u"bought"_s));
        QCOMPARE(f->taskColumn(theirs, u"outcome"_s), u"reached"_s);
    }

    void snooze()
    {
        const QString id = guide->addTodo(u"Later"_s, today);
        guide->snooze(id, today.addDays(3), today);
        QCOMPARE(f->taskColumn(id, u"snoozed_until"_s), u"2026-12-05"_s);
        QCOMPARE(f->lastArgs().value(u"until"_s).toString(), u"2026-12-05"_s);
        for (const QDate &junk : { today, today.addDays(-1), today.addDays(400), QDate() })
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->snooze(id, junk, today));
        QCOMPARE(f->outboxCount(u"task_snooze"_s), 1);
    }

    void reassignIsForManagers()
    {
        const QString id = guide->addTodo(u"Hand over"_s, today);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->reassign(id, u"g2"_s));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, manager->reassign(id, u"g3"_s));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, manager->reassign(id, u"ghost"_s));
        QCOMPARE(f->taskColumn(id, u"guide_id"_s), u"g1"_s);
        QCOMPARE(f->outboxCount(u"task_reassign"_s), 0);
        manager->reassign(id, u"g2"_s);
        QCOMPARE(f->taskColumn(id, u"guide_id"_s), u"g2"_s);
        QCOMPARE(f->outboxCount(u"task_reassign"_s), 1);
        QCOMPARE(f->lastArgs().value(u"guide_id"_s).toString(), u"g2"_s);
    }

    void campaignProgress()
    {
        f->db->exec(u"INSERT INTO campaigns (id, store_id, title, target_count) VALUES"
                    " ('k1', 's1', 'Invite 20', 20);"
                    "INSERT INTO tasks (id, guide_id, campaign_id, kind, title) VALUES"
                    " ('t-k1', 'g1', 'k1', 'campaign', 'Invite 20')"_s);
        guide->setProgress(u"t-k1"_s, 8);
        QCOMPARE(f->taskColumn(u"t-k1"_s, u"progress"_s), u"8"_s);
        QCOMPARE(f->outboxCount(u"task_progress"_s), 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->setProgress(u"t-k1"_s, -1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->setProgress(u"t-k1"_s, 100001));
        const QString todo = guide->addTodo(u"Not a campaign"_s, today);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->setProgress(todo, 1));
        QCOMPARE(f->outboxCount(u"task_progress"_s), 1);
    }

    void generatedTasksAreWrittenOnce()
    {
        const QString customer = f->addCustomer(u"g1"_s, u"李四"_s);
        tasks::NewTask task;
        task.id = tasks::generatedTaskId(u"revisit"_s, customer, today);
        task.kind = u"revisit"_s;
        task.title = u"李四"_s;
        task.customerId = customer;
        task.dueOn = today;
        task.valueCents = 123400;
        task.reason = { { u"kind"_s, u"visit_gap"_s } };
        QVERIFY(guide->addGenerated(task));
        QVERIFY(!guide->addGenerated(task));
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks"_s), 1);
        QCOMPARE(f->outboxCount(u"task_upsert"_s), 1);
        QCOMPARE(f->taskColumn(task.id, u"value_cents"_s), u"123400"_s);
        QCOMPARE(f->taskColumn(task.id, u"reason_json"_s), u"{\"kind\":\"visit_gap\"}"_s);
        // The id is a UUIDv5 of what the task is: the same on every device, another for
        // another day.
        QCOMPARE(tasks::generatedTaskId(u"revisit"_s, customer, today), task.id);
        QVERIFY(tasks::generatedTaskId(u"revisit"_s, customer, today.addDays(1)) != task.id);
        QVERIFY(tasks::generatedTaskId(u"birthday"_s, customer, today) != task.id);
        QCOMPARE(QUuid::fromString(task.id).version(), QUuid::Sha1);
        // Only revisit and birthday tasks are generated; a revisit needs a customer.
        task.kind = u"todo"_s;
        task.id = u"other"_s;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->addGenerated(task));
        task.kind = u"revisit"_s;
        task.customerId.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, guide->addGenerated(task));
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestTaskWriter)
#include "tst_taskwriter.moc"
