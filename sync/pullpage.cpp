#include "pullpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {

[[noreturn]] void malformed(const QString &why)
{
    throw std::runtime_error(u"The server's pull reply is malformed: %1."_s.arg(why).toStdString());
}

// Appends the value as a cell of the table, or refuses the page.
void appendCell(const QJsonValue &value, PulledTable &table, qsizetype column)
{
    PulledCell cell;
    if (value.isNull()) {
        cell.kind = PulledCell::Kind::Null;
    } else if (value.isString()) {
        const QByteArray utf8 = value.toString().toUtf8();
        cell.kind = PulledCell::Kind::Text;
        cell.offset = table.text.size();
        cell.size = utf8.size();
        table.text.append(utf8);
    } else if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
        cell.kind = PulledCell::Kind::Integer;
        cell.integer = qint64(value.toDouble());
    } else {
        malformed(u"%1.%2 is neither text, a whole number nor null"_s.arg(
            table.name, table.columns.at(column)));
    }
    table.cells.append(cell);
}

PulledTable parseTable(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    PulledTable table;
    table.name = object.value(u"name"_s).toString();
    if (table.name.isEmpty())
        malformed(u"a table has no name"_s);
    const QJsonArray columns = object.value(u"columns"_s).toArray();
    for (const QJsonValue &column : columns) {
        if (!column.isString() || column.toString().isEmpty())
            malformed(u"table %1 has a column that is not a name"_s.arg(table.name));
        table.columns << column.toString();
    }
    if (!table.columns.contains(u"id"_s))
        malformed(u"table %1 has no id column"_s.arg(table.name));
    const QJsonArray rows = object.value(u"rows"_s).toArray();
    table.cells.reserve(rows.size() * table.columns.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        if (cells.size() != table.columns.size())
            malformed(u"row %1 of %2 has %3 values for %4 columns"_s.arg(r)
                          .arg(table.name)
                          .arg(cells.size())
                          .arg(table.columns.size()));
        for (qsizetype c = 0; c < cells.size(); ++c)
            appendCell(cells.at(c), table, c);
    }
    return table;
}

} // namespace

QString PulledTable::string(qsizetype row, qsizetype column) const
{
    const PulledCell &value = cell(row, column);
    switch (value.kind) {
    case PulledCell::Kind::Text:
        return QString::fromUtf8(utf8(value));
    case PulledCell::Kind::Integer:
        return QString::number(value.integer);
    case PulledCell::Kind::Null:
        break;
    }
    return {};
}

qsizetype PullPage::rowCount() const
{
    qsizetype count = 0;
    for (const PulledTable &table : tables)
        count += table.rowCount();
    return count;
}

PullPage parsePullPage(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        malformed(u"not JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        malformed(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    PullPage page;
    if (!object.value(u"cookie"_s).isString() || object.value(u"cookie"_s).toString().isEmpty())
        malformed(u"no cookie"_s);
    page.cookie = object.value(u"cookie"_s).toString();
    page.clear = object.value(u"clear"_s).toBool(false);
    page.more = object.value(u"more"_s).toBool(false);
    page.remaining = qint64(object.value(u"remaining"_s).toDouble(0));
    page.lastMutationId = qint64(object.value(u"last_mutation_id"_s).toDouble(0));
    if (!object.value(u"tables"_s).isArray())
        malformed(u"no tables array"_s);
    const QJsonArray tables = object.value(u"tables"_s).toArray();
    for (const QJsonValue &table : tables)
        page.tables << parseTable(table);
    return page;
}

} // namespace gd::sync
