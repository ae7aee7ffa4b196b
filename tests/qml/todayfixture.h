// The Today page's fixture for the Quick tests.
#pragma once

#include "outbox/outbox.h"
#include "store/database.h"
#include "store/migrations.h"
#include "taskboard.h"
#include "tasks/taskwriter.h"

#include <QObject>

// A real in-memory store with a guide's day in it, for the Today page: a lapsing customer
// (a revisit), a birthday in two days, an HQ campaign and an overdue to-do.
class TodayFixture : public QObject
{
    Q_OBJECT
public:
    static constexpr int year = 2026, month = 12, day = 2;

    TodayFixture()
    {
        m_db = gd::store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                         gd::store::Database::OpenMode::CreateIfMissing);
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*m_db);
        m_db->exec(
            u"INSERT INTO stores (id, name) VALUES ('s1', '上海南京西路店');"
            "INSERT INTO guides (id, store_id, name) VALUES ('g1', 's1', '王丽');"
            "INSERT INTO customers (id, store_id, owner_guide_id, name, visit_count,"
            " first_visit_on, last_visit_on, total_spend_cents) VALUES ('c1', 's1', 'g1', '张三',"
            " 5, '2026-01-01', '2026-08-20', 1200000);"
            "INSERT INTO customers (id, store_id, owner_guide_id, name, birthday_calendar,"
            " birthday_year, birthday_month, birthday_day) VALUES ('c2', 's1', 'g1', '李四',"
            " 'gregorian', 1990, 12, 4);"
            "INSERT INTO campaigns (id, store_id, title, body, target_count, due_on) VALUES"
            " ('k1', 's1', '周五前邀请 20 位会员开卡', '开卡即送 50 元新人券。', 20, '2026-12-04')"_s);
        m_outbox = std::make_unique<gd::outbox::Outbox>(*m_db);
        m_writer
            = std::make_unique<gd::tasks::TaskWriter>(*m_db, *m_outbox, gd::tasks::TaskActor {});
        m_board = std::make_unique<gd::ui::TaskBoard>(*m_db, *m_writer);
        m_board->setBirthdayLeadDays(3);
        m_board->setRevisitsPerDay(5);
        m_board->setToday(QDate(year, month, day));
        reset();
    }

    [[nodiscard]] gd::ui::TaskBoard *board() { return m_board.get(); }

    /// The day's tasks as they were before the test changed anything.
    Q_INVOKABLE void reset()
    {
        m_db->exec(
            u"DELETE FROM outbox_touches; DELETE FROM outbox; DELETE FROM tasks;"
            "INSERT INTO tasks (id, guide_id, campaign_id, kind, title, body, due_on,"
            " progress) VALUES ('t-campaign', 'g1', 'k1', 'campaign', '周五前邀请 20 位会员开卡',"
            " '开卡即送 50 元新人券。', '2026-12-04', 7);"
            "INSERT INTO tasks (id, guide_id, kind, title, due_on) VALUES ('t-todo', 'g1',"
            " 'todo', 'Call the tailor', '2026-11-30')"_s);
        m_board->setActor({ u"g1"_s, u"s1"_s, false });
    }
    /// Signed out: nobody's tasks.
    Q_INVOKABLE void signOut() { m_board->setActor({}); }
    /// How many changes of that mutation wait in the outbox.
    Q_INVOKABLE int outboxCount(const QString &name)
    {
        auto q = m_db->prepare(u"SELECT count(*) FROM outbox WHERE name = ?"_s);
        q->bind(1, name);
        q->step();
        return int(q->int64(0));
    }
    /// A task's column, as stored.
    Q_INVOKABLE QString taskValue(const QString &taskId, const QString &column)
    {
        static const QStringList allowed
            = { u"status"_s, u"outcome"_s, u"snoozed_until"_s, u"progress"_s, u"kind"_s };
        if (!allowed.contains(column))
            return {};
        auto q = m_db->prepare(u"SELECT %1 FROM tasks WHERE id = ?"_s.arg(column));
        q->bind(1, taskId);
        return q->step() ? q->text(0) : QString();
    }
    /// The id of the generated task of that kind for that customer.
    Q_INVOKABLE QString taskOf(const QString &kind, const QString &customerId)
    {
        auto q = m_db->prepare(u"SELECT id FROM tasks WHERE kind = ? AND customer_id = ?"_s);
        q->bindAll(kind, customerId);
        return q->step() ? q->text(0) : QString();
    }

private:
    std::unique_ptr<gd::store::Database> m_db;
    std::unique_ptr<gd::outbox::Outbox> m_outbox;
    std::unique_ptr<gd::tasks::TaskWriter> m_writer;
    std::unique_ptr<gd::ui::TaskBoard> m_board;
};
