// CSV export of a segment: UTF-8 with a BOM (so that Excel reads Chinese), one row per
// customer in the list's order: name, masked phone, level, last visit, spend, visits, tags.
// Rows are read from one query and written as they come (never built in memory). Only
// the masked phone exists in the store; it is masked again here so that a full number can
// never leave through an export. Cells that a spreadsheet would run as a formula are
// quoted with a leading apostrophe.
#pragma once

#include "segmentquery.h"

#include <QStringList>
#include <functional>

class QIODevice;

namespace gd::store {
class Database;
}

namespace gd::segments {

class SegmentCache;

class SegmentExporter
{
public:
    using Progress = std::function<void(qint64 rowsWritten)>;
    static constexpr qint64 progressStep = 1000;

    explicit SegmentExporter(store::Database &db);
    void setToday(const QDate &today) { m_today = today; }
    // The segment worker's cached sets (tags, risk bands); without, risk bands are refused.
    void setCache(SegmentCache *cache) { m_cache = cache; }
    // Tag names in English where the tag library has them (else the Chinese name).
    void setEnglishTagNames(bool english) { m_englishTags = english; }

    // Writes the header (7 column titles, in the UI's language) and the rows. Returns the
    // number of customers written. Throws InvalidRule, store::SqlError, or
    // std::runtime_error when the device refuses to write.
    qint64 write(QIODevice &out, const SegmentRule &rule, const SegmentScope &scope,
                 customers::CustomerSort sort, const QStringList &header,
                 const Progress &progress = {});
    // Same, into a file (created or replaced; written to a temporary file then renamed).
    qint64 writeFile(const QString &path, const SegmentRule &rule, const SegmentScope &scope,
                     customers::CustomerSort sort, const QStringList &header,
                     const Progress &progress = {});

private:
    store::Database &m_db;
    QDate m_today;
    SegmentCache *m_cache = nullptr;
    bool m_englishTags = false;
};

// One CSV field: quoted when it holds a comma, quote or line break; formula-like text
// (=, +, -, @, tab, CR first) gets a leading apostrophe.
[[nodiscard]] QString csvField(const QString &text);
// 13800001234 → 138****1234; anything already masked keeps its masks; too few digits: "".
[[nodiscard]] QString maskPhone(const QString &phone);

} // namespace gd::segments
