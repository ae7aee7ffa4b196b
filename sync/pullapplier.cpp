#include "pullapplier.h"

#include "customers/customersearchindex.h"
#include "deferredindexes.h"
#include "outbox/outbox.h"
#include "store/database.h"

#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {

// Columns the client computes itself; a server's value is ignored.
bool isLocalColumn(const QString &table, const QString &column)
{
    return table == u"customers"_s && column == u"name_sort"_s;
}

} // namespace

const QString PullApplier::cookieKey = u"pull_cookie"_s;

PullApplier::PullApplier(store::Database &db, outbox::Outbox &outbox,
                         customers::CustomerSearchIndex &index)
    : m_db(db)
    , m_outbox(outbox)
    , m_index(index)
{ }

const QStringList &PullApplier::syncedTables()
{
    static const QStringList tables = {
        u"stores"_s,       u"guides"_s,        u"customers"_s,
        u"tag_groups"_s,   u"tags"_s,          u"customer_tags"_s,
        u"purchases"_s,    u"orders"_s,        u"order_events"_s,
        u"campaigns"_s,    u"tasks"_s,         u"notes"_s,
        u"coupons"_s,      u"coupon_issues"_s, u"dashboard_layouts"_s,
        u"churn_models"_s, u"segments"_s,
    };
    return tables;
}

QString PullApplier::cookie()
{
    auto q = m_db.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q->bind(1, cookieKey);
    return q->step() ? q->text(0) : QString();
}

const QStringList &PullApplier::localColumns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QStringList columns;
        // The name is one of syncedTables(), never from the server.
        auto q = m_db.prepare(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table));
        while (q->step())
            columns << q->text(0);
        it = m_columns.insert(table, columns);
    }
    return *it;
}

ApplyResult PullApplier::apply(const PullPage &page)
{
    ApplyResult result;
    // Its own transaction, unless the caller batches several pages into one.
    std::optional<store::Transaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db);
    if (page.clear)
        clearServerData();
    const bool checkPending = m_outbox.hasPending();
    for (const PulledTable &table : page.tables) {
        // A table this client does not know (a newer server): ignored, as the API says.
        if (!syncedTables().contains(table.name))
            continue;
        applyTable(table, checkPending, result);
    }
    {
        auto q = m_db.prepare(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s);
        q->bindAll(cookieKey, page.cookie);
        q->run();
    }
    if (m_bulk && !page.more)
        DeferredIndexes::restore(m_db, m_index);
    else if (page.clear && !m_bulk)
        m_index.rebuildAll();
    if (transaction)
        transaction->commit();
    if (!page.more)
        m_bulk = false;
    return result;
}

void PullApplier::applyTable(const PulledTable &table, bool checkPending, ApplyResult &result)
{
    const QStringList &known = localColumns(table.name);
    QList<int> used; // indexes into table.columns that this client stores
    QStringList names;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (known.contains(table.columns.at(i)) && !isLocalColumn(table.name, table.columns.at(i))
            && !names.contains(table.columns.at(i))) {
            used << i;
            names << table.columns.at(i);
        }
    }
    const bool isCustomers = table.name == u"customers"_s;
    const bool isCustomerTags = table.name == u"customer_tags"_s;
    const qsizetype idColumn = table.columns.indexOf(u"id"_s);
    const qsizetype nameColumn = table.columns.indexOf(u"name"_s);
    const qsizetype customerColumn = table.columns.indexOf(u"customer_id"_s);
    const qsizetype tagColumn = table.columns.indexOf(u"tag_id"_s);
    if (isCustomerTags && (customerColumn < 0 || tagColumn < 0))
        throw std::runtime_error("customer_tags rows need customer_id and tag_id");
    // Customers carry their pinyin sort key (ours) and hand back what the search index needs.
    const bool sortKeyFromRow = isCustomers && nameColumn >= 0;
    if (sortKeyFromRow)
        names << u"name_sort"_s;
    QStringList placeholders, updates;
    for (const QString &name : std::as_const(names)) {
        placeholders << u"?"_s;
        if (name != u"id"_s)
            updates << u"%1 = excluded.%1"_s.arg(name);
    }
    QString upsertSql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
        table.name, names.join(u", "_s), placeholders.join(u", "_s), updates.join(u", "_s));
    // What the search index needs back; a bulk load builds the index at the end and, with
    // the sort key in the row, needs nothing back.
    const bool wantsFields = isCustomers && !(m_bulk && sortKeyFromRow);
    if (wantsFields)
        upsertSql += u" RETURNING rowid, name, nickname, remark, phone_last4, deleted"_s;

    // Prepared once a table and page: a page holds thousands of rows.
    auto upsert = m_db.prepare(upsertSql);
    auto stale = m_db.prepare(u"DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?"
                              " AND id <> ?"_s);
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const PulledCell &idCell = table.cell(row, idColumn);
        if (idCell.kind != PulledCell::Kind::Text || idCell.size == 0)
            throw std::runtime_error(u"a %1 row has no id"_s.arg(table.name).toStdString());
        // Only needed to look for pending changes, or to give way to the server's tag link.
        const QString id = checkPending || (isCustomerTags && !m_bulk)
            ? QString::fromUtf8(table.utf8(idCell))
            : QString();
        if (isCustomerTags) {
            const QString customerId = table.string(row, customerColumn);
            const QString tagId = table.string(row, tagColumn);
            if (checkPending
                && m_outbox.touchesPendingRow(table.name,
                                              outbox::rowKeyForCustomerTag(customerId, tagId))) {
                ++result.skippedPending;
                continue;
            }
            // Two devices may have linked the same tag under different ids; the server kept
            // one of them. Ours gives way. (A bulk load starts empty: nothing to give way.)
            if (!m_bulk) {
                stale->bindAll(customerId, tagId, id);
                stale->run();
            }
        } else if (checkPending && m_outbox.touchesPendingRow(table.name, id)) {
            ++result.skippedPending;
            continue;
        }
        for (int i = 0; i < used.size(); ++i) {
            const PulledCell &cell = table.cell(row, used.at(i));
            if (cell.kind == PulledCell::Kind::Text)
                upsert->bindUtf8InPlace(i + 1, table.utf8(cell));
            else if (cell.kind == PulledCell::Kind::Integer)
                upsert->bind(i + 1, cell.integer);
            else
                upsert->bindNull(i + 1);
        }
        if (sortKeyFromRow)
            upsert->bind(int(used.size()) + 1, m_index.sortKey(table.string(row, nameColumn)));
        if (wantsFields) {
            upsert->step();
            const qint64 rowId = upsert->int64(0);
            const bool deleted = upsert->int64(5) != 0;
            const customers::SearchableFields fields { upsert->text(1), upsert->text(2),
                                                       upsert->text(3), upsert->text(4) };
            upsert->reset();
            if (!sortKeyFromRow) {
                auto sort = m_db.prepare(u"UPDATE customers SET name_sort = ? WHERE rowid = ?"_s);
                sort->bindAll(m_index.sortKey(fields.name), rowId);
                sort->run();
            }
            // In a bulk load the search index is built once, at the end.
            if (!m_bulk && deleted)
                m_index.remove(rowId);
            else if (!m_bulk)
                m_index.index(rowId, fields);
        } else {
            upsert->run();
        }
        ++result.applied;
    }
    if (table.rowCount() > 0)
        result.tables.insert(table.name);
}

void PullApplier::clearServerData()
{
    // Children first, so that no row is left pointing at a parent that went away.
    const QStringList tables = syncedTables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        const QString keyExpression
            = *it == u"customer_tags"_s ? u"customer_id || '|' || tag_id"_s : u"id"_s;
        m_db.exec(u"DELETE FROM %1 WHERE version > 0 AND %2 NOT IN (SELECT row_key FROM"
                  " outbox_touches WHERE table_name = '%1')"_s.arg(*it, keyExpression));
    }
}

} // namespace gd::sync
