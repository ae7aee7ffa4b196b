// What the segment worker keeps between counts: each tag's customers and the churn-risk
// bands, as rowid sets (CustomerSet). A tag condition over the whole store was a text-UUID
// seek into customer_tags per customer (350–420 ms at 100k customers); from a cached set it
// is a bit test per customer on the scan the other conditions make anyway.
//
// Freshness: before every use the cache compares `PRAGMA data_version` (changes committed
// by any other connection: the GUI thread's writers, sync) and total_changes() (this
// connection's own writes: bulk tags) with what it last saw, and drops every set when
// either moved. Coarse, but never stale; a set is rebuilt only when a rule asks for it.
// Lives on the worker thread with the connection it is used with.
#pragma once

#include "churnbands.h"
#include "customerset.h"

#include <QDate>
#include <QString>
#include <map>
#include <optional>

namespace gd::store {
class Database;
}

namespace gd::segments {

class SegmentCache
{
public:
    // Drops the sets if the store changed since the last call.
    void refresh(store::Database &db);

    [[nodiscard]] const CustomerSet &tag(store::Database &db, const QString &tagId);
    // nullptr for a name that is not a band.
    [[nodiscard]] const CustomerSet *riskBand(store::Database &db, const QString &band,
                                              const QDate &today);

    // For tests and the benchmark: how many sets were read from the store so far.
    [[nodiscard]] int loads() const { return m_loads; }

private:
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
    std::map<QString, CustomerSet> m_tags; // std::map: references stay valid on insert
    std::optional<ChurnBandSets> m_bands;
    QDate m_bandsDay;
    ChurnBands m_churn;
    int m_loads = 0;
};

} // namespace gd::segments
