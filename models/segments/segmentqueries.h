// Runs compiled segment rules on one connection: the count, the row ids in the customer
// list's order (what the lazy result list keeps), and the query plan (for tests). Runs on
// whichever thread owns the connection: the app gives it the segment worker's, with the
// worker's SegmentCache, so tag and risk-band conditions are answered from cached customer
// sets. Without a cache, tags are SQL (the same answers, slower over a whole store) and a
// risk band is refused.
#pragma once

#include "customerset.h"
#include "segmentquery.h"

#include <optional>

namespace gd::store {
class Database;
}

namespace gd::segments {

class SegmentCache;

// A rule ready to run: the SQL for its other conditions and, when it has tag or risk-band
// conditions and a cache answers them, the customers those allow.
struct SegmentPlan
{
    CompiledSegment sql;
    std::optional<CustomerSet> members; // set: keep only these rowids of the SQL's rows

    [[nodiscard]] bool keeps(qint64 rowId) const { return !members || members->contains(rowId); }
};

class SegmentQueries
{
public:
    explicit SegmentQueries(store::Database &db, SegmentCache *cache = nullptr);

    // For unit testing: the day "more than N days ago" counts from.
    void setToday(const QDate &today) { m_today = today; }

    // Throw InvalidRule for a rule that cannot run here (risk bands without a cache).
    [[nodiscard]] qint64 count(const SegmentRule &rule, const SegmentScope &scope);
    [[nodiscard]] QList<qint64> rowIds(const SegmentRule &rule, const SegmentScope &scope,
                                       customers::CustomerSort sort);
    // Customer ids (UUIDs) of the segment, in rowid order (for bulk changes).
    [[nodiscard]] QStringList customerIds(const SegmentRule &rule, const SegmentScope &scope);
    // EXPLAIN QUERY PLAN of the count's SQL, one line per step.
    [[nodiscard]] QStringList countPlan(const SegmentRule &rule, const SegmentScope &scope);
    // For other readers of a segment (the export).
    [[nodiscard]] SegmentPlan plan(const SegmentRule &rule, const SegmentScope &scope);

private:
    [[nodiscard]] CustomerSet setFor(const QList<Condition> &conditions);

    store::Database &m_db;
    SegmentCache *m_cache;
    QDate m_today;
};

} // namespace gd::segments
