// The Orders page's fixture for the Quick tests: a real in-memory store with a guide, a
// customer and one order already there; pushOrder() writes a paid order as a pull would
// and tells the desk, as the sync engine's tablesChanged does.
#pragma once

#include "orderdesk.h"
#include "orders/orderwriter.h"
#include "outbox/outbox.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QObject>

using namespace Qt::StringLiterals; // a test header, included by the runner's main.cpp only

class OrdersFixture : public QObject
{
    Q_OBJECT
public:
    OrdersFixture()
    {
        m_db = gd::store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                         gd::store::Database::OpenMode::CreateIfMissing);
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*m_db);
        m_db->exec(u"INSERT INTO stores (id, name, city) VALUES ('s1', '上海南京西路店', '上海');"
                   "INSERT INTO guides (id, store_id, name) VALUES ('g1', 's1', '王丽'),"
                   " ('g2', 's1', '李娜');"
                   "INSERT INTO customers (id, store_id, owner_guide_id, name) VALUES"
                   " ('c1', 's1', 'g1', '张三'), ('c2', 's1', 'g1', '欧阳娜娜')"_s);
        m_outbox = std::make_unique<gd::outbox::Outbox>(*m_db);
        m_writer = std::make_unique<gd::orders::OrderWriter>(*m_db, *m_outbox,
                                                             gd::orders::OrderActor {});
        m_desk = std::make_unique<gd::ui::OrderDesk>(*m_db, m_writer.get());
        reset();
    }

    [[nodiscard]] gd::ui::OrderDesk *desk() { return m_desk.get(); }

    /// One completed order from yesterday; signed in as guide g1.
    Q_INVOKABLE void reset()
    {
        m_db->exec(u"DELETE FROM outbox_touches; DELETE FROM outbox; DELETE FROM order_events;"
                   " DELETE FROM orders"_s);
        insert(u"c1"_s, u"completed"_s, QDateTime::currentDateTimeUtc().addDays(-1), 89900);
        m_desk->setActor({ u"g1"_s, u"s1"_s, false });
    }
    /// A new paid order of 欧阳娜娜 arrives (as a pull would write it). Returns its id.
    Q_INVOKABLE QString pushOrder(double amountCents, int minutesAgo)
    {
        const QString id
            = insert(u"c2"_s, u"paid"_s, QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo),
                     qint64(amountCents));
        m_desk->storeChanged({ u"orders"_s, u"order_events"_s });
        return id;
    }
    /// The pull after a rejected claim: the order is 李娜's.
    Q_INVOKABLE void claimedByOther(const QString &orderId)
    {
        m_db->exec(u"UPDATE orders SET claimed_by = 'g2', claimed_at = '%1' WHERE id = '%2'"_s.arg(
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), orderId));
        m_desk->storeChanged({ u"orders"_s });
    }
    /// Who holds the order in the store ("" nobody).
    Q_INVOKABLE QString claimedBy(const QString &orderId)
    {
        auto q = m_db->prepare(u"SELECT coalesce(claimed_by, '') FROM orders WHERE id = ?"_s);
        q->bind(1, orderId);
        return q->step() ? q->text(0) : u"<no order>"_s;
    }
    /// Pending outbox entries (claims waiting to be sent).
    Q_INVOKABLE int pendingCount() { return m_outbox->pendingCount(); }

private:
    QString insert(const QString &customer, const QString &status, const QDateTime &at,
                   qint64 cents)
    {
        const QString id = u"o%1"_s.arg(++m_counter);
        auto q = m_db->prepare(
            u"INSERT INTO orders (id, order_no, customer_id, guide_id, store_id, status,"
            " amount_cents, items_json, placed_at, city, version) VALUES (?, ?, ?, 'g1', 's1',"
            " ?, ?, ?, ?, '上海', 1)"_s);
        q->bindAll(
            id, u"MP2026%1"_s.arg(m_counter, 4, 10, QLatin1Char('0')), customer, status, cents,
            u"[{\"sku\":\"K-1001\",\"name\":\"羊绒围巾\",\"qty\":1,\"price_cents\":%1}]"_s.arg(
                cents),
            at.toString(Qt::ISODateWithMs));
        q->run();
        auto e = m_db->prepare(u"INSERT INTO order_events (id, order_id, seq, kind, payload_json,"
                               " created_at, version) VALUES (?, ?, ?, 'created', ?, ?, 1)"_s);
        e->bindAll(id + u"-e"_s, id, m_counter, u"{\"status\":\"%1\"}"_s.arg(status),
                   at.toString(Qt::ISODateWithMs));
        e->run();
        return id;
    }

    std::unique_ptr<gd::store::Database> m_db;
    std::unique_ptr<gd::outbox::Outbox> m_outbox;
    std::unique_ptr<gd::orders::OrderWriter> m_writer;
    std::unique_ptr<gd::ui::OrderDesk> m_desk;
    int m_counter = 0;
};
