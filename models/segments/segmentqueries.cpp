#include "segmentqueries.h"

#include "segmentcache.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::segments {

SegmentQueries::SegmentQueries(store::Database &db, SegmentCache *cache)
    : m_db(db)
    , m_cache(cache)
    , m_today(QDate::currentDate())
{ }

SegmentPlan SegmentQueries::plan(const SegmentRule &rule, const SegmentScope &scope)
{
    if (!m_cache)
        return { compileSegment(rule, scope, m_today), std::nullopt };
    m_cache->refresh(m_db);
    QList<Condition> setConditions;
    SegmentPlan out { compileSegment(rule, scope, m_today, &setConditions), std::nullopt };
    if (!setConditions.isEmpty())
        out.members = setFor(setConditions);
    return out;
}

// The same meaning as the SQL compileSegment writes for tags: all of (an empty list: no
// condition), any of (an empty list: nobody), none of, on live links.
CustomerSet SegmentQueries::setFor(const QList<Condition> &conditions)
{
    CustomerSet members = CustomerSet::everyone();
    for (const Condition &c : conditions) {
        switch (c.kind) {
        case ConditionKind::TagsAll:
            for (const QString &tag : c.values)
                members.intersect(m_cache->tag(m_db, tag));
            break;
        case ConditionKind::TagsNone:
            for (const QString &tag : c.values)
                members.subtract(m_cache->tag(m_db, tag));
            break;
        case ConditionKind::TagsAny: {
            CustomerSet any;
            for (const QString &tag : c.values)
                any.unite(m_cache->tag(m_db, tag));
            members.intersect(any);
            break;
        }
        case ConditionKind::RiskBand: {
            CustomerSet any;
            for (const QString &band : c.values) {
                const CustomerSet *set = m_cache->riskBand(m_db, band, m_today);
                if (!set)
                    throw InvalidRule("Unknown risk band");
                any.unite(*set);
            }
            members.intersect(any);
            break;
        }
        default:
            break; // not a set condition: compiled to SQL
        }
    }
    return members;
}

qint64 SegmentQueries::count(const SegmentRule &rule, const SegmentScope &scope)
{
    const SegmentPlan p = plan(rule, scope);
    if (!p.members) {
        auto q = m_db.prepare(p.sql.countSql());
        p.sql.bind(*q);
        return q->step() ? q->int64(0) : 0;
    }
    // The other conditions scan customers_for_segments (covering: the rowid is in it).
    auto q = m_db.prepare(u"SELECT c.rowid FROM customers c WHERE "_s + p.sql.where);
    p.sql.bind(*q);
    qint64 n = 0;
    while (q->step())
        n += p.members->contains(q->int64(0)) ? 1 : 0;
    return n;
}

QList<qint64> SegmentQueries::rowIds(const SegmentRule &rule, const SegmentScope &scope,
                                     customers::CustomerSort sort)
{
    const SegmentPlan p = plan(rule, scope);
    auto q = m_db.prepare(p.sql.rowIdsSql(sort));
    p.sql.bind(*q);
    QList<qint64> ids;
    while (q->step()) {
        const qint64 id = q->int64(0);
        if (p.keeps(id))
            ids << id;
    }
    return ids;
}

QStringList SegmentQueries::customerIds(const SegmentRule &rule, const SegmentScope &scope)
{
    const SegmentPlan p = plan(rule, scope);
    auto q = m_db.prepare(u"SELECT c.rowid, c.id FROM customers c WHERE "_s + p.sql.where
                          + u" ORDER BY c.rowid"_s);
    p.sql.bind(*q);
    QStringList ids;
    while (q->step()) {
        if (p.keeps(q->int64(0)))
            ids << q->text(1);
    }
    return ids;
}

QStringList SegmentQueries::countPlan(const SegmentRule &rule, const SegmentScope &scope)
{
    const SegmentPlan p = plan(rule, scope);
    auto q = m_db.prepare(u"EXPLAIN QUERY PLAN "_s + p.sql.countSql());
    p.sql.bind(*q);
    QStringList lines;
    while (q->step())
        lines << q->text(3);
    return lines;
}

} // namespace gd::segments
