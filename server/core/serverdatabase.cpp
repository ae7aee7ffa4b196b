#include "serverdatabase.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::server::core {

namespace {

constexpr int serverSchemaVersion = 1;

void createServerTables(store::Database &db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE users (guide_id TEXT PRIMARY KEY REFERENCES guides(id),"
        " username TEXT NOT NULL UNIQUE, salt BLOB NOT NULL, hash BLOB NOT NULL,"
        " iterations INTEGER NOT NULL);"
        // Only hashes of tokens are kept. A refresh token that was rotated stays usable
        // for a short grace (rotated_at) so a device that crashed before storing the new
        // pair can recover; reuse after that revokes the family.
        "CREATE TABLE tokens (hash TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN"
        " ('access', 'refresh')), guide_id TEXT NOT NULL, family TEXT NOT NULL,"
        " expires_at INTEGER NOT NULL, rotated_at INTEGER, revoked INTEGER NOT NULL DEFAULT 0);"
        "CREATE INDEX tokens_by_family ON tokens(family);"
        "CREATE TABLE clients (client_id TEXT PRIMARY KEY, guide_id TEXT NOT NULL,"
        " last_mutation_id INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL DEFAULT"
        " (strftime('%Y-%m-%dT%H:%M:%fZ','now')));"
        "CREATE TABLE rejections (client_id TEXT NOT NULL, mutation_id INTEGER NOT NULL,"
        " name TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL"
        " DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), PRIMARY KEY (client_id, mutation_id));"
        // One entry per row: its latest change. store_id/owner_guide_id say who sees it
        // (NULL store: everyone; NULL owner: the whole store).
        "CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT"
        " NULL, row_id TEXT NOT NULL, store_id TEXT, owner_guide_id TEXT,"
        " UNIQUE (table_name, row_id));"
        "CREATE INDEX changes_by_owner ON changes(owner_guide_id, seq);"
        "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"));
}

// Full phone numbers typed at a counter (customer_create's `phone`): on the server only;
// devices keep the masked number. IF NOT EXISTS: also added to a database made before it.
void createCustomerPhones(store::Database &db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS customer_phones (customer_id TEXT PRIMARY KEY"
        " REFERENCES customers(id), phone TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT"
        " (strftime('%Y-%m-%dT%H:%M:%fZ','now')));"));
}

// How fast each claim came (order_claim): claimed_at − placed_at by the server's clock, per
// guide, for the manager's response-time report. Server-only, never pulled.
void createOrderResponses(store::Database &db)
{
    db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS order_responses (order_id TEXT PRIMARY KEY REFERENCES"
        " orders(id), guide_id TEXT NOT NULL, store_id TEXT NOT NULL, placed_at TEXT NOT NULL,"
        " claimed_at TEXT NOT NULL, response_ms INTEGER NOT NULL);"
        "CREATE INDEX IF NOT EXISTS order_responses_by_guide ON order_responses(guide_id,"
        " claimed_at);"));
}

} // namespace

std::unique_ptr<store::Database> openServerDatabase(const QString &path)
{
    auto db = store::Database::openUnencrypted(path, store::Database::OpenMode::CreateIfMissing);
    store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
    const bool fresh
        = db->scalar(u"SELECT count(*) FROM sqlite_schema WHERE name = 'server_meta'"_s) == 0;
    if (fresh) {
        store::Transaction transaction(*db);
        createServerTables(*db);
        auto meta = db->prepare(u"INSERT INTO server_meta (key, value) VALUES (?, ?)"_s);
        meta->bindAll(u"schema"_s, QString::number(serverSchemaVersion));
        meta->run();
        transaction.commit();
    }
    createCustomerPhones(*db);
    createOrderResponses(*db);
    return db;
}

QString serverIdentity(store::Database &db)
{
    {
        auto q = db.prepare(u"SELECT value FROM server_meta WHERE key = 'identity'"_s);
        if (q->step())
            return q->text(0);
    }
    const QString identity = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto insert = db.prepare(u"INSERT INTO server_meta (key, value) VALUES ('identity', ?)"_s);
    insert->bind(1, identity);
    insert->run();
    return identity;
}

} // namespace gd::server::core
