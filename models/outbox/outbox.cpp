#include "outbox.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::outbox {

namespace {

const QString clientIdKey = u"client_id"_s;

// Tables whose locally created rows can be withdrawn when the server rejects them.
bool isWithdrawable(const QString &table)
{
    static const QStringList tables = { u"customers"_s,     u"customer_tags"_s, u"notes"_s,
                                        u"coupon_issues"_s, u"tasks"_s,         u"order_events"_s };
    return tables.contains(table);
}

} // namespace

QString rowKeyForCustomerTag(const QString &customerId, const QString &tagId)
{
    return customerId + u'|' + tagId;
}

Outbox::Outbox(store::Database &db)
    : m_db(db)
{ }

QString Outbox::clientId()
{
    {
        auto q = m_db.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
        q->bind(1, clientIdKey);
        if (q->step())
            return q->text(0);
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // OR IGNORE: two connections racing both end up reading the one that won.
    auto insert = m_db.prepare(u"INSERT OR IGNORE INTO sync_state (key, value) VALUES (?, ?)"_s);
    insert->bindAll(clientIdKey, id);
    insert->run();
    auto q = m_db.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q->bind(1, clientIdKey);
    q->step();
    return q->text(0);
}

qint64 Outbox::append(const QString &name, const QJsonObject &args, const QList<RowKey> &touched)
{
    const QString client = clientId();
    {
        auto q
            = m_db.prepare(u"INSERT INTO outbox (client_id, name, args_json) VALUES (?, ?, ?)"_s);
        q->bindAll(client, name,
                   QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
        q->run();
    }
    const qint64 id = m_db.lastInsertRowId();
    for (const RowKey &row : touched) {
        auto q = m_db.prepare(u"INSERT OR IGNORE INTO outbox_touches (mutation_id, table_name,"
                              " row_key) VALUES (?, ?, ?)"_s);
        q->bindAll(id, row.table, row.key);
        q->run();
    }
    return id;
}

QList<OutboxEntry> Outbox::pending(int limit)
{
    QList<OutboxEntry> entries;
    auto q = m_db.prepare(u"SELECT mutation_id, name, args_json, created_at FROM outbox"
                          " WHERE state IN ('pending', 'sent') ORDER BY mutation_id LIMIT ?"_s);
    q->bind(1, limit);
    while (q->step()) {
        entries.append({ q->int64(0), q->text(1),
                         QJsonDocument::fromJson(q->text(2).toUtf8()).object(), q->text(3) });
    }
    return entries;
}

int Outbox::pendingCount()
{
    return int(m_db.scalar(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"_s));
}

bool Outbox::hasPending()
{
    return m_db.scalar(u"SELECT EXISTS (SELECT 1 FROM outbox WHERE state IN ('pending', 'sent'))"_s)
        != 0;
}

QList<RejectedEntry> Outbox::rejected()
{
    QList<RejectedEntry> entries;
    auto q = m_db.prepare(u"SELECT mutation_id, name, error, created_at FROM outbox"
                          " WHERE state = 'rejected' ORDER BY mutation_id"_s);
    while (q->step())
        entries.append({ q->int64(0), q->text(1), q->text(2), q->text(3) });
    return entries;
}

int Outbox::rejectedCount()
{
    return int(m_db.scalar(u"SELECT count(*) FROM outbox WHERE state = 'rejected'"_s));
}

bool Outbox::touchesPendingRow(const QString &table, const QString &key)
{
    auto q = m_db.prepare(u"SELECT 1 FROM outbox_touches WHERE table_name = ? AND row_key = ?"
                          " LIMIT 1"_s);
    q->bindAll(table, key);
    return q->step();
}

void Outbox::acknowledgeUpTo(qint64 lastMutationId)
{
    // Explicit, not ON DELETE CASCADE: the sync connection runs without foreign keys.
    {
        auto q = m_db.prepare(u"DELETE FROM outbox_touches WHERE mutation_id <= ?"_s);
        q->bind(1, lastMutationId);
        q->run();
    }
    auto q = m_db.prepare(u"DELETE FROM outbox WHERE mutation_id <= ? AND state IN ('pending',"
                          " 'sent')"_s);
    q->bind(1, lastMutationId);
    q->run();
}

void Outbox::markRejected(qint64 mutationId, const QString &error)
{
    QList<RowKey> touched;
    {
        auto q = m_db.prepare(
            u"SELECT table_name, row_key FROM outbox_touches WHERE mutation_id = ?"_s);
        q->bind(1, mutationId);
        while (q->step())
            touched.append({ q->text(0), q->text(1) });
    }
    forgetTouches(mutationId);
    {
        // A refused entry stays for the user to see, but not the full phone number it
        // carried (customer_create's `phone`): the device keeps only masked numbers.
        auto q = m_db.prepare(u"UPDATE outbox SET state = 'rejected', error = ?,"
                              " args_json = json_remove(args_json, '$.phone')"
                              " WHERE mutation_id = ?"_s);
        q->bindAll(error, mutationId);
        q->run();
    }
    for (const RowKey &row : touched) {
        // Another pending entry still relies on the row: leave it to that one.
        if (!isWithdrawable(row.table) || touchesPendingRow(row.table, row.key))
            continue;
        if (row.table == u"customer_tags"_s) {
            const QStringList parts = row.key.split(u'|');
            if (parts.size() != 2)
                continue;
            auto q = m_db.prepare(u"UPDATE customer_tags SET deleted = 1 WHERE customer_id = ?"
                                  " AND tag_id = ? AND version = 0"_s);
            q->bindAll(parts.at(0), parts.at(1));
            q->run();
        } else {
            // The table name comes from our own whitelist above, never from outside.
            auto q = m_db.prepare(
                u"UPDATE %1 SET deleted = 1 WHERE id = ? AND version = 0"_s.arg(row.table));
            q->bind(1, row.key);
            q->run();
        }
    }
}

void Outbox::forgetTouches(qint64 mutationId)
{
    auto q = m_db.prepare(u"DELETE FROM outbox_touches WHERE mutation_id = ?"_s);
    q->bind(1, mutationId);
    q->run();
}

} // namespace gd::outbox
