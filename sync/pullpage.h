// One page of a pull reply (docs/sync-api.md, "Pull"), checked for shape before anything
// touches the store: a malformed page is refused whole.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd::sync {

// One value of a pulled row, as the store binds it. Text is kept as UTF-8 in its table's
// buffer: the parser converts it once (off the writing thread), and SQLite takes the bytes
// as they are.
struct PulledCell
{
    enum class Kind : quint8
    {
        Null,
        Integer,
        Text
    };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    qsizetype offset = 0; // Text: where its bytes start in PulledTable::text
    qsizetype size = 0;
};

struct PulledTable
{
    QString name;
    QStringList columns;
    // Row after row, `columns.size()` cells each (checked): strings, whole numbers or nulls.
    QList<PulledCell> cells;
    QByteArray text;

    [[nodiscard]] qsizetype rowCount() const
    {
        return columns.isEmpty() ? 0 : cells.size() / columns.size();
    }
    [[nodiscard]] const PulledCell &cell(qsizetype row, qsizetype column) const
    {
        return cells.at(row * columns.size() + column);
    }
    [[nodiscard]] QByteArrayView utf8(const PulledCell &cell) const
    {
        return QByteArrayView(text.constData() + cell.offset, cell.size);
    }
    // The cell as text (a number in decimal, null as a null QString).
    [[nodiscard]] QString string(qsizetype row, qsizetype column) const;
};

struct PullPage
{
    QString cookie;
    bool clear = false;
    bool more = false;
    qint64 remaining = 0;
    qint64 lastMutationId = 0;
    QList<PulledTable> tables;

    [[nodiscard]] qsizetype rowCount() const;
};

// Throws std::runtime_error naming what is wrong (English).
[[nodiscard]] PullPage parsePullPage(const QByteArray &body);

} // namespace gd::sync
