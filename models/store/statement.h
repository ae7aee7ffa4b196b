// RAII wrapper of one prepared SQLite statement. Errors throw SqlError with the SQL text.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace gd::store {

class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binding: 1-based like SQLite. A QString always binds text (a null QString binds '');
    // NULL is bound explicitly: bindNull, std::nullopt, or an empty std::optional.
    Statement &bind(int index, const QString &value);
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    // UTF-8 text that SQLite reads in place, without a copy: the bytes must stay valid until
    // the statement is stepped and reset (bulk loads bind thousands of rows from one buffer).
    Statement &bindUtf8InPlace(int index, QByteArrayView utf8);
    // A JSON value as the schema stores it: null as NULL, numbers as integers, the rest as
    // text (sync payloads and mutation arguments arrive as JSON).
    Statement &bind(int index, const QJsonValue &value);
    Statement &bind(int index, std::nullopt_t) { return bindNull(index); }

    // Binds every argument in order from index 1.
    template<typename... Args> Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Runs one step: true while there is a row to read.
    bool step();
    // Runs to completion (for statements that return no rows).
    void run();
    // Makes the statement ready for the next use; bindings are cleared.
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    // True when the column's value is an integer (SQLite's storage class, not the declared
    // type): generic readers such as the server's pull writer need to know.
    [[nodiscard]] bool isInteger(int column) const;
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] int integer(int column) const { return int(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] const QString &sql() const { return m_sql; }

private:
    void check(int rc) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

} // namespace gd::store
