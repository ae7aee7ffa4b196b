// The outbox: local changes waiting to reach the server, in the order they were made.
// A write path appends its mutation inside the same transaction as the change itself, so a
// crash can never keep one without the other. Entries leave only when the server has
// acknowledged them; a reset never clears it. Also remembers which rows each pending entry
// touched, so that a pull does not overwrite a change the server has not seen yet.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::outbox {

// A row a mutation changed: the table and the row's key (its id; for customer_tags
// "customer_id|tag_id", see rowKeyForCustomerTag).
struct RowKey
{
    QString table;
    QString key;
    bool operator==(const RowKey &) const = default;
};

[[nodiscard]] QString rowKeyForCustomerTag(const QString &customerId, const QString &tagId);

struct OutboxEntry
{
    qint64 mutationId = 0;
    QString name;
    QJsonObject args;
    QString createdAt;
};

struct RejectedEntry
{
    qint64 mutationId = 0;
    QString name;
    QString error; // "code: message" as the server said it
    QString createdAt;
};

class Outbox
{
public:
    explicit Outbox(store::Database &db);

    // This store's client id (a UUID made on first use and kept in sync_state).
    [[nodiscard]] QString clientId();

    // Appends a mutation. Must be called inside the caller's transaction.
    qint64 append(const QString &name, const QJsonObject &args, const QList<RowKey> &touched);

    // Entries not yet acknowledged, oldest first.
    [[nodiscard]] QList<OutboxEntry> pending(int limit);
    [[nodiscard]] int pendingCount();
    [[nodiscard]] QList<RejectedEntry> rejected();
    [[nodiscard]] int rejectedCount();

    // Whether an unacknowledged entry touched this row.
    [[nodiscard]] bool touchesPendingRow(const QString &table, const QString &key);
    // Fast path for pulls: no pending entries at all.
    [[nodiscard]] bool hasPending();

    // The server processed everything up to `lastMutationId`: those entries leave.
    // Call inside a transaction.
    void acknowledgeUpTo(qint64 lastMutationId);
    // The server refused this entry for good. It stays (state 'rejected') for the user to
    // see; the rows it created locally and the server never had are withdrawn; rows the
    // server has are sent again by it and overwritten by the next pull.
    // Call inside a transaction.
    void markRejected(qint64 mutationId, const QString &error);

private:
    void forgetTouches(qint64 mutationId);
    store::Database &m_db;
};

} // namespace gd::outbox
