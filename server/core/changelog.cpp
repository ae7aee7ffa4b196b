#include "changelog.h"

#include "store/database.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd::server::core {

namespace {

// For each table: SELECT store_id, owner_guide_id for the row `r` (its scope).
QString scopeQuery(const QString &table)
{
    static const QHash<QString, QString> scopes = {
        { u"stores"_s, u"SELECT r.id, NULL FROM stores r"_s },
        { u"guides"_s, u"SELECT r.store_id, NULL FROM guides r"_s },
        { u"churn_models"_s, u"SELECT r.store_id, NULL FROM churn_models r"_s },
        { u"customers"_s, u"SELECT r.store_id, r.owner_guide_id FROM customers r"_s },
        { u"tag_groups"_s, u"SELECT NULL, NULL FROM tag_groups r"_s },
        // A template of one store (or of every store: NULL), for the whole store.
        { u"coupons"_s, u"SELECT r.store_id, NULL FROM coupons r"_s },
        { u"tags"_s,
          u"SELECT g.store_id, r.owner_guide_id FROM tags r LEFT JOIN guides g ON"
          " g.id = r.owner_guide_id"_s },
        { u"customer_tags"_s,
          u"SELECT c.store_id, c.owner_guide_id FROM customer_tags r JOIN"
          " customers c ON c.id = r.customer_id"_s },
        { u"purchases"_s,
          u"SELECT c.store_id, c.owner_guide_id FROM purchases r JOIN customers"
          " c ON c.id = r.customer_id"_s },
        { u"notes"_s,
          u"SELECT c.store_id, c.owner_guide_id FROM notes r JOIN customers c ON"
          " c.id = r.customer_id"_s },
        { u"coupon_issues"_s,
          u"SELECT c.store_id, c.owner_guide_id FROM coupon_issues r JOIN"
          " customers c ON c.id = r.customer_id"_s },
        { u"orders"_s, u"SELECT r.store_id, r.guide_id FROM orders r"_s },
        { u"order_events"_s,
          u"SELECT o.store_id, o.guide_id FROM order_events r JOIN orders o"
          " ON o.id = r.order_id"_s },
        { u"campaigns"_s, u"SELECT r.store_id, NULL FROM campaigns r"_s },
        { u"tasks"_s,
          u"SELECT g.store_id, r.guide_id FROM tasks r JOIN guides g ON"
          " g.id = r.guide_id"_s },
        // A guide's saved segments: the guide sees them (and the store's manager).
        { u"segments"_s,
          u"SELECT g.store_id, r.owner_guide_id FROM segments r JOIN guides g ON"
          " g.id = r.owner_guide_id"_s },
        // A guide's layout: the guide (and the store's managers); a store's default (no
        // guide): everyone in the store.
        { u"dashboard_layouts"_s,
          u"SELECT coalesce(r.store_id, g.store_id), r.guide_id FROM dashboard_layouts r LEFT"
          " JOIN guides g ON g.id = r.guide_id"_s },
    };
    return scopes.value(table);
}

QString quoted(const QString &id)
{
    QString escaped = id;
    escaped.replace(u'\'', u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace

ChangeLog::ChangeLog(store::Database &db)
    : m_db(db)
{ }

qint64 ChangeLog::touch(const QString &table, const QString &rowId)
{
    const QString scope = scopeQuery(table);
    if (scope.isEmpty())
        return 0;
    {
        auto remove = m_db.prepare(u"DELETE FROM changes WHERE table_name = ? AND row_id = ?"_s);
        remove->bindAll(table, rowId);
        remove->run();
    }
    auto insert = m_db.prepare(u"INSERT INTO changes (table_name, row_id, store_id, owner_guide_id)"
                               " SELECT ?, ?, s.* FROM (%1 WHERE r.id = ?) s"_s.arg(scope));
    insert->bindAll(table, rowId, rowId);
    insert->run();
    if (m_db.changes() == 0)
        return 0;
    const qint64 seq = m_db.lastInsertRowId();
    auto version = m_db.prepare(u"UPDATE %1 SET version = ?, updated_at ="
                                " strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"_s.arg(table));
    version->bindAll(seq, rowId);
    version->run();
    return seq;
}

void ChangeLog::touchEverything()
{
    // Parents before children, so that an initial sync meets stores before customers.
    const QStringList tables
        = { u"stores"_s,       u"guides"_s,    u"tag_groups"_s,        u"tags"_s,
            u"coupons"_s,      u"campaigns"_s, u"customers"_s,         u"customer_tags"_s,
            u"purchases"_s,    u"notes"_s,     u"coupon_issues"_s,     u"orders"_s,
            u"order_events"_s, u"tasks"_s,     u"dashboard_layouts"_s, u"churn_models"_s,
            u"segments"_s };
    for (const QString &table : tables) {
        // The scope query with the row's id in front: "SELECT r.id, <store>, <owner> …".
        const QString rows = u"SELECT r.id, "_s + scopeQuery(table).mid(7);
        m_db.exec(u"INSERT OR REPLACE INTO changes (table_name, row_id, store_id, owner_guide_id)"
                  " SELECT '%1', q.* FROM (%2) q"_s.arg(table, rows));
        m_db.exec(u"UPDATE %1 SET version = (SELECT seq FROM changes c WHERE c.table_name = '%1'"
                  " AND c.row_id = %1.id)"_s.arg(table));
    }
}

QString ChangeLog::visibleTo(const AuthenticatedUser &user)
{
    if (user.isManager())
        return u"(c.store_id IS NULL OR c.store_id = %1)"_s.arg(quoted(user.storeId));
    return u"((c.owner_guide_id IS NULL AND (c.store_id IS NULL OR c.store_id = %1))"
           " OR c.owner_guide_id = %2)"_s.arg(quoted(user.storeId), quoted(user.guideId));
}

} // namespace gd::server::core
