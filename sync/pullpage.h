// One page of a pull reply (docs/sync-api.md, "Pull"), checked for shape before anything
// touches the store: a malformed page is refused whole.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd::sync {

struct PulledTable
{
    QString name;
    QStringList columns;
    // Each row an array as long as `columns` of strings, whole numbers or nulls (checked).
    QJsonArray rows;
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
