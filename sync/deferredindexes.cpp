#include "deferredindexes.h"

#include "customers/customersearchindex.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {
const QString stateKey = u"deferred_indexes"_s;
}

bool DeferredIndexes::areDeferred(store::Database &db)
{
    auto q = db.prepare(u"SELECT 1 FROM sync_state WHERE key = ?"_s);
    q->bind(1, stateKey);
    return q->step();
}

void DeferredIndexes::defer(store::Database &db)
{
    if (areDeferred(db))
        return;
    QJsonArray definitions;
    QStringList names;
    {
        // Only indexes made with CREATE INDEX (sql not NULL): UNIQUE constraints stay.
        auto q = db.prepare(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND"
                            " sql IS NOT NULL AND tbl_name IN ('customers', 'customer_tags',"
                            " 'purchases', 'orders', 'notes', 'tasks')"_s);
        while (q->step()) {
            names << q->text(0);
            definitions.append(q->text(1));
        }
    }
    for (const QString &name : std::as_const(names))
        db.exec(u"DROP INDEX \"%1\""_s.arg(name));
    auto save = db.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, ?)"_s);
    save->bindAll(stateKey,
                  QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)));
    save->run();
}

void DeferredIndexes::restore(store::Database &db, customers::CustomerSearchIndex &searchIndex)
{
    QString saved;
    {
        auto q = db.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
        q->bind(1, stateKey);
        if (!q->step())
            return;
        saved = q->text(0);
    }
    for (const QJsonValue &value : QJsonDocument::fromJson(saved.toUtf8()).array()) {
        // A migration of a newer app may have made the index again meanwhile (a first
        // sync interrupted, then the app updated): its definition is the one to keep.
        QString definition = value.toString();
        static const QString plain = u"CREATE INDEX "_s;
        if (definition.startsWith(plain))
            definition.insert(plain.size(), u"IF NOT EXISTS "_s);
        db.exec(definition);
    }
    searchIndex.rebuildAll();
    auto done = db.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
    done->bind(1, stateKey);
    done->run();
}

} // namespace gd::sync
