// The Today list: overdue first, then today's by value at risk and due day, then upcoming;
// snoozed and closed tasks hidden; a guide's own or the store's; completion figures.
#include "taskfixture.h"
#include "tasks/tasklistmodel.h"
#include "tasks/taskstore.h"
#include "tasks/taskwriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace gd;

class TestTaskListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TaskFixture> f;
    const QDate today { 2026, 12, 2 };

    void addTask(const QString &id, const QString &guide, const QString &kind, int dueInDays,
                 qint64 value, const QString &status = u"open"_s, const QString &snoozed = {})
    {
        auto q = f->db->prepare(u"INSERT INTO tasks (id, guide_id, kind, title, due_on,"
                                " value_cents, status, snoozed_until) VALUES (?, ?, ?, ?, ?, ?,"
                                " ?, ?)"_s);
        const std::optional<QString> due = dueInDays == 999
            ? std::nullopt
            : std::optional<QString>(today.addDays(dueInDays).toString(Qt::ISODate));
        q->bindAll(id, guide, kind, id, due, value, status,
                   snoozed.isEmpty() ? std::nullopt : std::optional<QString>(snoozed));
        q->run();
    }

    QStringList ids(const tasks::TaskListModel &model)
    {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out << model.index(i).data(tasks::TaskListModel::TaskIdRole).toString();
        return out;
    }

private Q_SLOTS:
    void init() { f = std::make_unique<testing::TaskFixture>(); }

    void orderAndSections()
    {
        addTask(u"late-cheap"_s, u"g1"_s, u"revisit"_s, -3, 100);
        addTask(u"late-dear"_s, u"g1"_s, u"revisit"_s, -1, 900);
        addTask(u"today-dear"_s, u"g1"_s, u"revisit"_s, 0, 5000);
        addTask(u"today-cheap"_s, u"g1"_s, u"birthday"_s, 0, 10);
        addTask(u"todo-nodate"_s, u"g1"_s, u"todo"_s, 999, 0);
        addTask(u"soon"_s, u"g1"_s, u"birthday"_s, 2, 1);
        addTask(u"sooner"_s, u"g1"_s, u"birthday"_s, 1, 0);
        addTask(u"far"_s, u"g1"_s, u"todo"_s, 30, 0); // beyond the horizon
        addTask(u"done"_s, u"g1"_s, u"todo"_s, 0, 0, u"done"_s);
        addTask(u"snoozed"_s, u"g1"_s, u"todo"_s, -2, 99999, u"open"_s, u"2026-12-04"_s);
        addTask(u"woke"_s, u"g1"_s, u"todo"_s, -2, 50, u"open"_s, u"2026-12-02"_s);
        addTask(u"theirs"_s, u"g2"_s, u"todo"_s, 0, 0);

        tasks::TaskStore store(*f->db);
        tasks::TaskListModel model(store);
        QAbstractItemModelTester tester(&model);
        QSignalSpy counts(&model, &tasks::TaskListModel::countChanged);
        model.setToday(today);
        model.setScope(u"g1"_s, u"s1"_s);
        QVERIFY(counts.count() >= 1);
        QCOMPARE(ids(model),
                 (QStringList { u"late-dear"_s, u"late-cheap"_s, u"woke"_s, u"today-dear"_s,
                                u"today-cheap"_s, u"todo-nodate"_s, u"sooner"_s, u"soon"_s }));
        QCOMPARE(model.overdueCount(), 3);
        QCOMPARE(model.todayCount(), 3);
        QCOMPARE(model.index(0).data(tasks::TaskListModel::SectionRole).toString(), u"overdue"_s);
        QCOMPARE(model.index(0).data(tasks::TaskListModel::DaysLateRole).toInt(), 1);
        QCOMPARE(model.index(3).data(tasks::TaskListModel::SectionRole).toString(), u"today"_s);
        QCOMPARE(model.index(7).data(tasks::TaskListModel::SectionRole).toString(), u"upcoming"_s);
        QCOMPARE(model.index(3).data(tasks::TaskListModel::ValueCentsRole).toDouble(), 5000.0);

        // Two days on, the snoozed task is back (and overdue).
        model.setToday(today.addDays(2));
        QVERIFY(ids(model).contains(u"snoozed"_s));
        // The store's view (a manager) has the other guide's too.
        model.setToday(today);
        model.setScope(QString(), u"s1"_s);
        QVERIFY(ids(model).contains(u"theirs"_s));
        model.setScope(QString(), u"s2"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setScope(QString(), QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void campaignTasksCarryTheirTarget()
    {
        f->db->exec(
            u"INSERT INTO campaigns (id, store_id, title, target_count, due_on) VALUES"
            " ('k1', 's1', 'Invite 20 members', 20, '2026-12-04');"
            "INSERT INTO tasks (id, guide_id, campaign_id, kind, title, due_on, progress)"
            " VALUES ('t1', 'g1', 'k1', 'campaign', 'Invite 20 members', '2026-12-04', 7)"_s);
        tasks::TaskStore store(*f->db);
        tasks::TaskListModel model(store);
        model.setToday(today);
        model.setScope(u"g1"_s, u"s1"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(tasks::TaskListModel::TargetRole).toInt(), 20);
        QCOMPARE(model.index(0).data(tasks::TaskListModel::ProgressRole).toInt(), 7);
        QCOMPARE(model.index(0).data(tasks::TaskListModel::CampaignTitleRole).toString(),
                 u"Invite 20 members"_s);
        QCOMPARE(model.index(0).data(tasks::TaskListModel::PendingRole).toBool(), false);
        tasks::TaskWriter writer(*f->db, *f->outbox, { u"g1"_s, u"s1"_s, false });
        writer.setProgress(u"t1"_s, 8);
        model.reload();
        QCOMPARE(model.index(0).data(tasks::TaskListModel::ProgressRole).toInt(), 8);
        QCOMPARE(model.index(0).data(tasks::TaskListModel::PendingRole).toBool(), true);
    }

    // Whom a manager may reassign to: the store's active guides only, in staff order.
    void activeGuidesOfTheStore()
    {
        tasks::TaskStore store(*f->db);
        f->db->exec(u"UPDATE guides SET active = 0 WHERE id = 'g2'"_s);
        const auto guides = store.activeGuides(u"s1"_s);
        QCOMPARE(guides.size(), 2);
        QCOMPARE(guides.at(0).first, u"g1"_s);
        QCOMPARE(guides.at(1).first, u"m1"_s);
        QVERIFY(store.activeGuides(u"no-such-store"_s).isEmpty());
        QCOMPARE(store.activeGuides(u"s2"_s).size(), 1);
    }

    void completionFigures()
    {
        addTask(u"a"_s, u"g1"_s, u"revisit"_s, 0, 0, u"done"_s);
        addTask(u"b"_s, u"g1"_s, u"revisit"_s, -1, 0);
        addTask(u"c"_s, u"g2"_s, u"todo"_s, 0, 0, u"done"_s);
        addTask(u"d"_s, u"g2"_s, u"todo"_s, 0, 0, u"cancelled"_s);
        addTask(u"e"_s, u"g3"_s, u"todo"_s, 0, 0, u"done"_s); // another store
        addTask(u"f"_s, u"g1"_s, u"todo"_s, -40, 0); // before the period
        f->db->exec(u"UPDATE tasks SET outcome = 'bought' WHERE id = 'a';"
                    "UPDATE tasks SET outcome = 'no_answer' WHERE id = 'c'"_s);
        tasks::TaskStore store(*f->db);
        const auto figures = store.completion(u"s1"_s, today.addDays(-7), today);
        QCOMPARE(figures.size(), 3); // g1, g2, m1
        QCOMPARE(figures.at(0).guideId, u"g1"_s);
        QCOMPARE(figures.at(0).due, 2);
        QCOMPARE(figures.at(0).done, 1);
        QCOMPARE(figures.at(0).byOutcome.value(u"bought"_s), 1);
        QCOMPARE(figures.at(1).due, 1);
        QCOMPARE(figures.at(1).byOutcome.value(u"no_answer"_s), 1);
        QCOMPARE(figures.at(2).due, 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
