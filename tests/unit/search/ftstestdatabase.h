// An in-memory SQLCipher database holding the customer_search FTS5 table exactly as the
// store creates it, for tests of what the search pieces put in and ask of it. Raw C API on
// purpose: these tests check FTS5 itself, not the store's wrappers.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <sqlcipher/sqlite3.h>

namespace gd::search::test {

class FtsTestDatabase
{
public:
    FtsTestDatabase()
    {
        if (sqlite3_open(":memory:", &m_db) != SQLITE_OK)
            m_error = QStringLiteral("cannot open an in-memory database");
        else
            exec("CREATE VIRTUAL TABLE customer_search USING fts5("
                 " hanzi, pinyin, initials, remark, phone4,"
                 " content='', contentless_delete=1,"
                 " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')");
    }
    ~FtsTestDatabase() { sqlite3_close(m_db); }
    FtsTestDatabase(const FtsTestDatabase &) = delete;
    FtsTestDatabase &operator=(const FtsTestDatabase &) = delete;

    // The last error, empty while everything worked.
    [[nodiscard]] QString error() const { return m_error; }

    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }

    bool insert(qint64 rowId, const QStringList &columns)
    {
        Statement statement(m_db,
                            "INSERT INTO customer_search"
                            " (rowid, hanzi, pinyin, initials, remark, phone4)"
                            " VALUES (?, ?, ?, ?, ?, ?)");
        if (!statement.ok())
            return fail();
        sqlite3_bind_int64(statement.get(), 1, rowId);
        for (int i = 0; i < columns.size(); ++i) {
            const QByteArray utf8 = columns[i].toUtf8();
            sqlite3_bind_text(statement.get(), i + 2, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        }
        return sqlite3_step(statement.get()) == SQLITE_DONE || fail();
    }

    // The rowids matching an FTS5 expression, bound as UTF-8 like the store does (or as
    // UTF-16 when asked); *ok says whether FTS5 accepted and ran it (error() says why not).
    QList<qint64> match(const QString &expression, bool *ok, bool asUtf16 = false)
    {
        QList<qint64> rowIds;
        Statement statement(
            m_db, "SELECT rowid FROM customer_search WHERE customer_search MATCH ? ORDER BY rowid");
        *ok = statement.ok();
        if (!*ok) {
            fail();
            return rowIds;
        }
        const QByteArray utf8 = expression.toUtf8();
        if (asUtf16)
            sqlite3_bind_text16(statement.get(), 1, expression.utf16(), int(expression.size() * 2),
                                SQLITE_TRANSIENT);
        else
            sqlite3_bind_text(statement.get(), 1, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW)
            rowIds.append(sqlite3_column_int64(statement.get(), 0));
        *ok = rc == SQLITE_DONE;
        if (!*ok)
            fail();
        return rowIds;
    }

private:
    class Statement
    {
    public:
        Statement(sqlite3 *db, const char *sql)
        {
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        }
        ~Statement() { sqlite3_finalize(m_stmt); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        [[nodiscard]] bool ok() const { return m_stmt != nullptr; }
        [[nodiscard]] sqlite3_stmt *get() const { return m_stmt; }

    private:
        sqlite3_stmt *m_stmt = nullptr;
    };

    bool fail()
    {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace gd::search::test
