// Keeping tags true: tags past their shelf life (to confirm or remove), tag coverage per
// guide (a KPI: share of customers with each HQ group filled), and the spot check of size
// tags against what the customer actually bought.
// `guideId` empty means the whole store (a manager's view).
#pragma once

#include "tagrecords.h"

namespace gd::store {
class Database;
}

namespace gd::tags {

class TagReview
{
public:
    explicit TagReview(store::Database &db);

    // How many of the book's live tags were set before `today - shelfLifeDays`.
    [[nodiscard]] int staleCount(const QString &guideId, int shelfLifeDays, const QDate &today);
    // Its statement (?1 guide, ?2 cutoff), for a check of its query plan.
    [[nodiscard]] static QString staleCountSql(const QString &guideId);
    // The oldest of them first, at most `limit`.
    [[nodiscard]] QList<StaleTag> staleTags(const QString &guideId, int shelfLifeDays,
                                            const QDate &today, int limit);
    // Both: the oldest `limit`, and the count (read only when the list is full).
    [[nodiscard]] StaleTagList staleTagList(const QString &guideId, int shelfLifeDays,
                                            const QDate &today, int limit);

    // One row per active guide (only `guideId`'s when given), a column per HQ group.
    [[nodiscard]] Coverage coverage(const QString &guideId);

    // Customers whose size tag disagrees with most of their last five sized purchases
    // (at least three of them, the tagged size at most once among them).
    [[nodiscard]] QList<SizeMismatch> sizeMismatches(const QString &guideId, int limit);

    // Size group code in the tag library (the demo's and HQ's convention).
    static constexpr char16_t sizeGroupCode[] = u"size";

private:
    store::Database &m_db;
};

// The customer's size by the spot-check rule, or empty when the purchases do not say.
[[nodiscard]] QString contradictingSize(const QString &taggedSize, const QStringList &recentSizes);

} // namespace gd::tags
