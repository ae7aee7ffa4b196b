#include "database.h"

#include "sqlerror.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <sqlcipher/sqlite3.h>

using namespace Qt::StringLiterals;

namespace gd::store {

namespace {
constexpr int rawKeyBytes = 32;

void closeQuietly(sqlite3 *db)
{
    sqlite3_close_v2(db);
}
} // namespace

std::unique_ptr<Database> Database::open(const QString &path, const QByteArray &rawKey,
                                         OpenMode mode)
{
    if (rawKey.size() != rawKeyBytes)
        throw OpenError(
            OpenError::Kind::MissingKey,
            u"The database key must be %1 bytes; got %2."_s.arg(rawKeyBytes).arg(rawKey.size()));
    return openWithKey(path, rawKey, mode);
}

std::unique_ptr<Database> Database::openUnencrypted(const QString &path, OpenMode mode)
{
    return openWithKey(path, {}, mode);
}

std::unique_ptr<Database> Database::openWithKey(const QString &path, const QByteArray &rawKey,
                                                OpenMode mode)
{
    const bool inMemory = path == u":memory:"_s;
    if (!inMemory && mode == OpenMode::OpenExisting && !QFileInfo::exists(path))
        throw OpenError(OpenError::Kind::Io, u"The local database %1 does not exist."_s.arg(path));

    sqlite3 *db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
        closeQuietly(db);
        throw OpenError(OpenError::Kind::Io,
                        u"Cannot open the local database %1: %2"_s.arg(path, message));
    }
    // A raw key in SQLCipher's x'…' form skips PBKDF2: the key is already random 256 bits.
    // No key at all (openUnencrypted) means a plain SQLite file: the reference server's.
    const QByteArray keySpec = "x'" + rawKey.toHex() + "'";
    if (!rawKey.isEmpty())
        rc = sqlite3_key_v2(db, "main", keySpec.constData(), int(keySpec.size()));
    if (rc != SQLITE_OK) {
        closeQuietly(db);
        throw OpenError(OpenError::Kind::Io, u"SQLCipher refused the key (code %1)."_s.arg(rc));
    }
    // Reading the schema is the first point at which a wrong key shows.
    rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (rc == SQLITE_NOTADB) {
        closeQuietly(db);
        throw OpenError(OpenError::Kind::WrongKey,
                        u"The local database %1 cannot be decrypted: the key is wrong or the "
                        "file is not a GuideDesk database."_s.arg(path));
    }
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        closeQuietly(db);
        throw OpenError(OpenError::Kind::Io,
                        u"Cannot read the local database %1: %2"_s.arg(path, message));
    }

    std::unique_ptr<Database> database(new Database(db, path));
    database->exec(u"PRAGMA busy_timeout = 5000;"
                   "PRAGMA foreign_keys = ON;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA temp_store = MEMORY;"
                   // 16 MB of decrypted pages: every page read from disk costs an AES
                   // decryption and an HMAC check, so the cache matters more than usual.
                   "PRAGMA cache_size = -16384;"_s);
    if (!inMemory)
        database->exec(u"PRAGMA journal_mode = WAL;"_s);
    return database;
}

Database::Database(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{ }

Database::~Database()
{
    m_statements.clear(); // finalize before closing
    sqlite3_close_v2(m_db);
}

void Database::exec(const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw SqlError(rc, message, sql);
    }
}

ScopedStatement Database::prepare(const QString &sql)
{
    const std::u16string key = sql.toStdU16String();
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.emplace(key, std::make_unique<Statement>(m_db, sql)).first;
    return ScopedStatement(it->second.get());
}

qint64 Database::scalar(const QString &sql)
{
    auto statement = prepare(sql);
    return statement->step() ? statement->int64(0) : 0;
}

int Database::userVersion()
{
    return int(scalar(u"PRAGMA user_version"_s));
}

void Database::setUserVersion(int version)
{
    exec(u"PRAGMA user_version = %1"_s.arg(version));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::integrityCheck()
{
    auto statement = prepare(u"PRAGMA integrity_check"_s);
    QStringList lines;
    while (statement->step())
        lines << statement->text(0);
    return lines.join(u'\n');
}

void Database::backupTo(const QString &targetPath)
{
    exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    QFile::remove(targetPath);
    if (!QFile::copy(m_path, targetPath))
        throw OpenError(
            OpenError::Kind::Io,
            u"Cannot write the backup %1 before upgrading the database."_s.arg(targetPath));
}

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
    , m_own(!db.inTransaction())
{
    if (m_own)
        m_db.exec(u"BEGIN DEFERRED"_s);
}

ReadTransaction::~ReadTransaction()
{
    if (!m_own)
        return;
    try {
        m_db.exec(u"COMMIT"_s);
    } catch (const std::exception &) {
        // Ending a read cannot lose anything; the next statement reports a broken store.
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec(u"BEGIN IMMEDIATE"_s);
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(u"ROLLBACK"_s);
        } catch (const SqlError &) {
            // SQLite already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(u"COMMIT"_s);
    m_done = true;
}

} // namespace gd::store
