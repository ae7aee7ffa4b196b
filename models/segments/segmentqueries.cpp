#include "segmentqueries.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::segments {

SegmentQueries::SegmentQueries(store::Database &db, const RiskBandSql *riskBands)
    : m_db(db)
    , m_riskBands(riskBands)
    , m_today(QDate::currentDate())
{ }

CompiledSegment SegmentQueries::compile(const SegmentRule &rule, const SegmentScope &scope) const
{
    return compileSegment(rule, scope, m_today, m_riskBands);
}

qint64 SegmentQueries::count(const SegmentRule &rule, const SegmentScope &scope)
{
    const CompiledSegment compiled = compile(rule, scope);
    auto q = m_db.prepare(compiled.countSql());
    compiled.bind(*q);
    return q->step() ? q->int64(0) : 0;
}

QList<qint64> SegmentQueries::rowIds(const SegmentRule &rule, const SegmentScope &scope,
                                     customers::CustomerSort sort)
{
    const CompiledSegment compiled = compile(rule, scope);
    auto q = m_db.prepare(compiled.rowIdsSql(sort));
    compiled.bind(*q);
    QList<qint64> ids;
    while (q->step())
        ids << q->int64(0);
    return ids;
}

QStringList SegmentQueries::customerIds(const SegmentRule &rule, const SegmentScope &scope)
{
    const CompiledSegment compiled = compile(rule, scope);
    auto q = m_db.prepare(u"SELECT c.id FROM customers c WHERE "_s + compiled.where
                          + u" ORDER BY c.rowid"_s);
    compiled.bind(*q);
    QStringList ids;
    while (q->step())
        ids << q->text(0);
    return ids;
}

QStringList SegmentQueries::countPlan(const SegmentRule &rule, const SegmentScope &scope)
{
    const CompiledSegment compiled = compile(rule, scope);
    auto q = m_db.prepare(u"EXPLAIN QUERY PLAN "_s + compiled.countSql());
    compiled.bind(*q);
    QStringList lines;
    while (q->step())
        lines << q->text(3);
    return lines;
}

} // namespace gd::segments
