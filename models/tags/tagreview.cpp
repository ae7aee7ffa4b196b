#include "tagreview.h"

#include "store/database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gd::tags {

namespace {

QString cutoffOf(int shelfLifeDays, const QDate &today)
{
    // tagged_at is ISO-8601 UTC; a date prefix compares correctly as text.
    return today.addDays(-qMax(0, shelfLifeDays)).toString(Qt::ISODate);
}

// Rows of the book: every live customer, or one guide's. Two texts, not "?1 = '' OR …": an
// OR there keeps SQLite off the by-owner index, and a guide's stale-tag count then walked
// every tag link of the store (seconds at 250,000 links).
QString bookCondition(const QString &guideId)
{
    return guideId.isEmpty() ? u"c.deleted = 0 AND ?1 = ''"_s
                             : u"c.deleted = 0 AND c.owner_guide_id = ?1"_s;
}

// The links of the book. A guide's book is read from their customers outwards (CROSS JOIN
// fixes the order; both sides from covering indexes). The whole store's oldest links are
// read in age order from the live-links index, so that the list stops at its limit instead
// of sorting every link of the store; its count reads every customer's links by index.
QString linksOfBook(const QString &guideId, bool oldestFirst)
{
    if (!guideId.isEmpty())
        return u"customers c CROSS JOIN customer_tags ct ON ct.customer_id = c.id"_s;
    return oldestFirst ? u"customer_tags ct CROSS JOIN customers c ON c.id = ct.customer_id"_s
                       : u"customers c JOIN customer_tags ct ON ct.customer_id = c.id"_s;
}

} // namespace

TagReview::TagReview(store::Database &db)
    : m_db(db)
{ }

QString TagReview::staleCountSql(const QString &guideId)
{
    return u"SELECT count(*) FROM "_s + linksOfBook(guideId, false)
        + u" WHERE ct.deleted = 0 AND ct.tagged_at < ?2 AND "_s + bookCondition(guideId);
}

int TagReview::staleCount(const QString &guideId, int shelfLifeDays, const QDate &today)
{
    auto q = m_db.prepare(staleCountSql(guideId));
    q->bindAll(guideId, cutoffOf(shelfLifeDays, today));
    q->step();
    return q->integer(0);
}

QList<StaleTag> TagReview::staleTags(const QString &guideId, int shelfLifeDays, const QDate &today,
                                     int limit)
{
    auto q = m_db.prepare(u"SELECT c.id, c.name, t.id, t.name, t.name_en, coalesce(g.name, ''),"
                          " coalesce(g.name_en, ''), ct.tagged_at FROM "_s
                          + linksOfBook(guideId, true)
                          + u" JOIN tags t ON t.id = ct.tag_id"
                            " LEFT JOIN tag_groups g ON g.id = t.group_id"
                            " WHERE ct.deleted = 0 AND t.deleted = 0 AND ct.tagged_at < ?2 AND "_s
                          + bookCondition(guideId)
                          + u" ORDER BY ct.tagged_at, c.name_sort LIMIT ?3"_s);
    q->bindAll(guideId, cutoffOf(shelfLifeDays, today), qMax(0, limit));
    QList<StaleTag> stale;
    while (q->step()) {
        StaleTag tag { q->text(0), q->text(1),
                       q->text(2), q->text(3),
                       q->text(4), q->text(5),
                       q->text(6), QDateTime::fromString(q->text(7), Qt::ISODateWithMs),
                       0 };
        tag.ageDays = int(tag.taggedAt.toUTC().date().daysTo(today));
        stale.append(tag);
    }
    return stale;
}

StaleTagList TagReview::staleTagList(const QString &guideId, int shelfLifeDays, const QDate &today,
                                     int limit)
{
    StaleTagList list;
    list.oldest = staleTags(guideId, shelfLifeDays, today, limit);
    list.total = list.oldest.size() < qMax(0, limit) ? int(list.oldest.size())
                                                     : staleCount(guideId, shelfLifeDays, today);
    return list;
}

Coverage TagReview::coverage(const QString &guideId)
{
    Coverage result;
    QHash<QString, int> groupColumn;
    {
        auto groups = m_db.prepare(u"SELECT id, name, name_en FROM tag_groups WHERE deleted = 0"
                                   " ORDER BY sort_order, name"_s);
        while (groups->step()) {
            groupColumn.insert(groups->text(0), int(result.groups.size()));
            result.groups.append({ groups->text(0), groups->text(1), groups->text(2) });
        }
    }
    QHash<QString, int> guideRow;
    {
        auto guides = m_db.prepare(
            u"SELECT g.id, g.name, (SELECT count(*) FROM customers c WHERE c.owner_guide_id ="
            " g.id AND c.deleted = 0) FROM guides g WHERE g.deleted = 0 AND g.active = 1"
            " AND (?1 = '' OR g.id = ?1) ORDER BY g.employee_no, g.name"_s);
        guides->bind(1, guideId);
        while (guides->step()) {
            guideRow.insert(guides->text(0), int(result.rows.size()));
            result.rows.append({ guides->text(0), guides->text(1), guides->integer(2),
                                 QList<int>(result.groups.size(), 0) });
        }
    }
    // One pass over the live tag links: distinct customers per (guide, group).
    auto filled
        = m_db.prepare(u"SELECT c.owner_guide_id, t.group_id, count(DISTINCT ct.customer_id)"
                       " FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                       " JOIN customers c ON c.id = ct.customer_id"
                       " WHERE ct.deleted = 0 AND t.deleted = 0 AND t.group_id IS NOT NULL AND "_s
                       + bookCondition(guideId) + u" GROUP BY c.owner_guide_id, t.group_id"_s);
    filled->bind(1, guideId);
    while (filled->step()) {
        const auto row = guideRow.constFind(filled->text(0));
        const auto column = groupColumn.constFind(filled->text(1));
        if (row != guideRow.cend() && column != groupColumn.cend())
            result.rows[*row].filled[*column] = filled->integer(2);
    }
    return result;
}

QList<SizeMismatch> TagReview::sizeMismatches(const QString &guideId, int limit)
{
    // The customers with a live size tag, and their sized purchases newest first; the rule
    // itself is contradictingSize(), so that it is tested without SQL. A tag set (or kept by
    // the guide) after the newest purchase was already checked against them: not flagged
    // again until the customer buys again.
    auto q = m_db.prepare(
        u"WITH sized AS (SELECT c.id AS customer_id, c.name AS customer_name, c.name_sort,"
        "   t.id AS tag_id, t.name AS size, ct.tagged_at FROM customer_tags ct"
        "   JOIN tags t ON t.id = ct.tag_id AND t.deleted = 0"
        "   JOIN tag_groups g ON g.id = t.group_id AND g.code = ?2"
        "   JOIN customers c ON c.id = ct.customer_id"
        "   WHERE ct.deleted = 0 AND "_s
        + bookCondition(guideId)
        + u")"
          " SELECT s.customer_id, s.customer_name, s.tag_id, s.size, p.size, s.tagged_at,"
          " p.purchased_on FROM sized s"
          " JOIN purchases p ON p.customer_id = s.customer_id AND p.deleted = 0 AND p.size != ''"
          " AND p.size IN (SELECT t2.name FROM tags t2 JOIN tag_groups g2 ON g2.id = t2.group_id"
          "   WHERE g2.code = ?2)"
          " ORDER BY s.name_sort, s.customer_id, p.purchased_on DESC, p.rowid DESC"_s);
    q->bindAll(guideId, QString::fromUtf16(sizeGroupCode));
    QList<SizeMismatch> found;
    SizeMismatch current;
    auto finish = [&] {
        if (current.customerId.isEmpty())
            return;
        current.boughtSize = contradictingSize(current.taggedSize, current.recentSizes);
        if (!current.boughtSize.isEmpty())
            found.append(current);
    };
    while (q->step() && found.size() < limit) {
        const QString customerId = q->text(0);
        if (customerId != current.customerId || q->text(2) != current.tagId) {
            finish();
            current = { customerId, q->text(1), q->text(2), q->text(3), {}, {} };
            // Rows come newest purchase first: compare the tag's date with this one.
            if (q->text(5).left(10) > q->text(6))
                current.customerId.clear(); // reviewed after the newest purchase: skip
        }
        if (current.customerId.isEmpty())
            continue;
        if (current.recentSizes.size() < 5)
            current.recentSizes.append(q->text(4));
    }
    if (found.size() < limit)
        finish();
    return found;
}

QString contradictingSize(const QString &taggedSize, const QStringList &recentSizes)
{
    const QStringList recent = recentSizes.mid(0, 5);
    if (recent.size() < 3)
        return {};
    QHash<QString, int> counts;
    for (const QString &size : recent)
        ++counts[size];
    QString mode;
    for (const QString &size : recent) { // first seen wins a tie: the newest
        if (mode.isEmpty() || counts.value(size) > counts.value(mode))
            mode = size;
    }
    if (mode == taggedSize || counts.value(mode) * 2 <= int(recent.size())
        || counts.value(taggedSize) > 1)
        return {};
    return mode;
}

} // namespace gd::tags
