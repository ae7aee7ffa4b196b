// Writes pulled pages into the local store: one transaction per page, together with the
// page's cookie, so an initial sync killed at any point resumes from the last whole page.
// Never overwrites a row that has a change the server has not acknowledged yet.
#pragma once

#include "pullpage.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace gd::store {
class Database;
}
namespace gd::outbox {
class Outbox;
}
namespace gd::customers {
class CustomerSearchIndex;
}

namespace gd::sync {

struct ApplyResult
{
    qsizetype applied = 0;
    qsizetype skippedPending = 0; // rows left alone because of pending local changes
    QSet<QString> tables; // tables that changed (for the models to refresh)
};

class PullApplier
{
public:
    PullApplier(store::Database &db, outbox::Outbox &outbox, customers::CustomerSearchIndex &index);

    // The tables a pull may write (every synced table of the schema).
    [[nodiscard]] static const QStringList &syncedTables();

    // Applies the page and stores its cookie; all or nothing, in its own transaction or in
    // the caller's. Throws store::SqlError or std::runtime_error (a value the schema
    // refuses); the store is then unchanged.
    ApplyResult apply(const PullPage &page);

    [[nodiscard]] QString cookie();

    // A first sync into an empty store with its indexes deferred (DeferredIndexes): rows
    // go in without index upkeep, and the page without `more` builds the indexes again.
    void setBulkLoad(bool bulk) { m_bulk = bulk; }
    [[nodiscard]] bool isBulkLoad() const { return m_bulk; }
    static const QString cookieKey;

private:
    void clearServerData();
    void applyTable(const PulledTable &table, bool checkPending, ApplyResult &result);
    [[nodiscard]] const QStringList &localColumns(const QString &table);

    store::Database &m_db;
    outbox::Outbox &m_outbox;
    customers::CustomerSearchIndex &m_index;
    QHash<QString, QStringList> m_columns;
    bool m_bulk = false;
};

} // namespace gd::sync
