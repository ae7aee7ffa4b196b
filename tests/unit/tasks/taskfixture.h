// A small hand-made store for the task tests: store s1 with guides g1 and g2 and manager m1,
// store s2 with guide g3; customers are added by each test with the aggregates it needs.
#pragma once

#include "outbox/outbox.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QDate>
#include <QJsonDocument>
#include <QTest>
#include <memory>

namespace gd::testing {

using namespace Qt::StringLiterals;

class TaskFixture
{
public:
    TaskFixture()
    {
        db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                   store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
        db->exec(u"INSERT INTO stores (id, name) VALUES ('s1', 'One'), ('s2', 'Two');"
                 "INSERT INTO guides (id, store_id, name, employee_no, role) VALUES"
                 " ('g1', 's1', 'Guide One', 'G1', 'guide'), ('g2', 's1', 'Guide Two', 'G2',"
                 " 'guide'), ('m1', 's1', 'Manager', 'M1', 'manager'), ('g3', 's2', 'Other',"
                 " 'G3', 'guide')"_s);
        outbox = std::make_unique<outbox::Outbox>(*db);
    }

    // A customer of `owner` with purchase aggregates (visits 0: none) and a birthday.
    QString addCustomer(const QString &owner, const QString &name, int visits = 0,
                        const QDate &first = {}, const QDate &last = {}, qint64 spend = 0,
                        int birthdayMonth = 0, int birthdayDay = 0)
    {
        const QString id = u"c-%1"_s.arg(++m_customers);
        auto q = db->prepare(
            u"INSERT INTO customers (id, store_id, owner_guide_id, name, visit_count,"
            " first_visit_on, last_visit_on, total_spend_cents, birthday_month, birthday_day)"
            " VALUES (?, (SELECT store_id FROM guides WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        auto date = [](const QDate &d) {
            return d.isValid() ? std::optional<QString>(d.toString(Qt::ISODate)) : std::nullopt;
        };
        q->bindAll(id, owner, owner, name, visits, date(first), date(last), spend, birthdayMonth,
                   birthdayDay);
        q->run();
        return id;
    }

    qint64 count(const QString &sql) { return db->scalar(sql); }
    qint64 outboxCount(const QString &name)
    {
        auto q = db->prepare(u"SELECT count(*) FROM outbox WHERE name = ?"_s);
        q->bind(1, name);
        q->step();
        return q->int64(0);
    }
    QJsonObject lastArgs()
    {
        auto q = db->prepare(u"SELECT args_json FROM outbox ORDER BY mutation_id DESC LIMIT 1"_s);
        if (!q->step())
            return {};
        return QJsonDocument::fromJson(q->text(0).toUtf8()).object();
    }
    QString taskColumn(const QString &taskId, const QString &column)
    {
        // `column` comes from the test's own text.
        auto q = db->prepare(u"SELECT %1 FROM tasks WHERE id = ?"_s.arg(column));
        q->bind(1, taskId);
        return q->step() ? q->text(0) : u"<none>"_s;
    }

    std::unique_ptr<store::Database> db;
    std::unique_ptr<outbox::Outbox> outbox;

private:
    int m_customers = 0;
};

} // namespace gd::testing
