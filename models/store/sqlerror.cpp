#include "sqlerror.h"

namespace gd::store {

namespace {
std::string describe(int code, const QString &message, const QString &sql)
{
    // Long statements are cut so that a log line stays readable; the start names the table.
    const QString shortSql = sql.size() > 200 ? sql.left(200) + QStringLiteral("…") : sql;
    return QStringLiteral("SQLite error %1: %2 [in: %3]")
        .arg(code)
        .arg(message, shortSql.simplified())
        .toStdString();
}
} // namespace

SqlError::SqlError(int code, const QString &sqliteMessage, const QString &sql)
    : std::runtime_error(describe(code, sqliteMessage, sql))
    , m_code(code)
    , m_message(sqliteMessage)
    , m_sql(sql)
{ }

OpenError::OpenError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
{ }

} // namespace gd::store
