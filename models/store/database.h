// One encrypted SQLite (SQLCipher) connection. Owns its prepared statements (cached by SQL
// text) and knows nothing about the tables: the schema lives in migrations.
// One connection per thread: a Database is not shared between threads.
#pragma once

#include "statement.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace gd::store {

class Database;

// A cached statement lent out for one use; reset (bindings cleared) when it goes out of scope.
class ScopedStatement
{
public:
    explicit ScopedStatement(Statement *statement)
        : m_statement(statement)
    { }
    ~ScopedStatement() { m_statement->reset(); }
    ScopedStatement(const ScopedStatement &) = delete;
    ScopedStatement &operator=(const ScopedStatement &) = delete;
    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement;
};

class Database
{
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateIfMissing
    };

    // Opens `path` with a raw 256-bit key (32 bytes). Throws OpenError with a sentence fit
    // for the user when the file is missing (OpenExisting), the key is wrong, or the file is
    // not a database; never creates an empty database in place of one it cannot read.
    static std::unique_ptr<Database> open(const QString &path, const QByteArray &rawKey,
                                          OpenMode mode);
    // A plain SQLite file, for the reference server (which has no keychain and whose disk
    // is protected by the host). Never used for a client's store.
    static std::unique_ptr<Database> openUnencrypted(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements that return nothing (schema scripts, pragmas).
    void exec(const QString &sql);
    // A prepared statement from the cache; ready to bind, reset after use.
    [[nodiscard]] ScopedStatement prepare(const QString &sql);
    // A one-off value query ("SELECT count(*) …").
    [[nodiscard]] qint64 scalar(const QString &sql);

    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    // Inside an explicit transaction (BEGIN … not yet committed or rolled back).
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString integrityCheck();

    // A consistent copy of the database file (same key) at `targetPath`, for use before a
    // destructive migration. Checkpoints the WAL first so that the one file holds everything.
    void backupTo(const QString &targetPath);

private:
    Database(sqlite3 *db, const QString &path);
    static std::unique_ptr<Database> openWithKey(const QString &path, const QByteArray &rawKey,
                                                 OpenMode mode);
    sqlite3 *m_db;
    QString m_path;
    std::unordered_map<std::u16string, std::unique_ptr<Statement>> m_statements;
};

// BEGIN IMMEDIATE … COMMIT; rolls back if destroyed before commit() (an exception escaped).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// BEGIN DEFERRED … COMMIT around reads that must agree with each other (one snapshot of
// the WAL, one lock instead of one per statement), without taking the write lock. Nothing
// happens when the connection is in a transaction already.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_own;
};

} // namespace gd::store
