#include "segmentcache.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::segments {

void SegmentCache::refresh(store::Database &db)
{
    const qint64 dataVersion = db.scalar(u"PRAGMA data_version"_s);
    const qint64 ownChanges = db.scalar(u"SELECT total_changes()"_s);
    if (dataVersion == m_dataVersion && ownChanges == m_ownChanges)
        return;
    m_dataVersion = dataVersion;
    m_ownChanges = ownChanges;
    m_tags.clear();
    m_bands.reset();
}

const CustomerSet &SegmentCache::tag(store::Database &db, const QString &tagId)
{
    auto found = m_tags.find(tagId);
    if (found != m_tags.end())
        return found->second;
    CustomerSet set;
    // customer_tags_by_tag (tag_id, deleted, customer_id) lists the live links; each one's
    // customer rowid comes from the customers' id index.
    auto q = db.prepare(u"SELECT c.rowid FROM customer_tags ct JOIN customers c"
                        " ON c.id = ct.customer_id WHERE ct.tag_id = ? AND ct.deleted = 0"_s);
    q->bind(1, tagId);
    while (q->step())
        set.insert(q->int64(0));
    ++m_loads;
    return m_tags.emplace(tagId, std::move(set)).first->second;
}

const CustomerSet *SegmentCache::riskBand(store::Database &db, const QString &band,
                                          const QDate &today)
{
    if (!m_bands || m_bandsDay != today) {
        m_bands = m_churn.compute(db, today);
        m_bandsDay = today;
        ++m_loads;
    }
    return m_bands->band(band);
}

} // namespace gd::segments
