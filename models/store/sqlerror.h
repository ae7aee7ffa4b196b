// Errors from the local store carry what a person needs to act on them: the SQL that
// failed and SQLite's own message and code.
#pragma once

#include <QString>
#include <stdexcept>

namespace gd::store {

class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const QString &sqliteMessage, const QString &sql);

    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] const QString &sqliteMessage() const { return m_message; }
    [[nodiscard]] const QString &sql() const { return m_sql; }

private:
    int m_code;
    QString m_message;
    QString m_sql;
};

// The database could not be opened for a reason the user must act on (wrong or missing key,
// newer schema, not a database). `what()` is a sentence fit to show.
class OpenError : public std::runtime_error
{
public:
    enum class Kind
    {
        WrongKey,
        MissingKey,
        SchemaTooNew,
        Io
    };
    OpenError(Kind kind, const QString &message);
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
};

} // namespace gd::store
