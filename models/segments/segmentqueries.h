// Runs compiled segment rules on one connection: the count, the row ids in the customer
// list's order (what the lazy result list keeps), and the query plan (for tests). Runs on
// whichever thread owns the connection: the app gives it the segment worker's.
#pragma once

#include "segmentquery.h"

namespace gd::store {
class Database;
}

namespace gd::segments {

class SegmentQueries
{
public:
    explicit SegmentQueries(store::Database &db, const RiskBandSql *riskBands = nullptr);

    // For unit testing: the day "more than N days ago" counts from.
    void setToday(const QDate &today) { m_today = today; }
    void setRiskBands(const RiskBandSql *riskBands) { m_riskBands = riskBands; }

    // Throw InvalidRule for a rule that cannot run here (risk bands without scores).
    [[nodiscard]] qint64 count(const SegmentRule &rule, const SegmentScope &scope);
    [[nodiscard]] QList<qint64> rowIds(const SegmentRule &rule, const SegmentScope &scope,
                                       customers::CustomerSort sort);
    // Customer ids (UUIDs) of the segment, in rowid order (for bulk changes).
    [[nodiscard]] QStringList customerIds(const SegmentRule &rule, const SegmentScope &scope);
    // EXPLAIN QUERY PLAN of the count, one line per step.
    [[nodiscard]] QStringList countPlan(const SegmentRule &rule, const SegmentScope &scope);

private:
    [[nodiscard]] CompiledSegment compile(const SegmentRule &rule, const SegmentScope &scope) const;

    store::Database &m_db;
    const RiskBandSql *m_riskBands;
    QDate m_today;
};

} // namespace gd::segments
