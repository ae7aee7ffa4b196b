#include "taglibrary.h"

#include "store/database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gd::tags {

TagLibrary::TagLibrary(store::Database &db)
    : m_db(db)
{ }

QList<LibraryTag> TagLibrary::tagsFor(const QString &guideId)
{
    QList<LibraryTag> tags;
    auto q = m_db.prepare(
        u"SELECT t.id, t.name, t.name_en, coalesce(g.id, ''), coalesce(g.code, ''),"
        " coalesce(g.name, ''), coalesce(g.name_en, ''), coalesce(g.multi_select, 1),"
        " t.group_id IS NULL"
        " FROM tags t LEFT JOIN tag_groups g ON g.id = t.group_id AND g.deleted = 0"
        " WHERE t.deleted = 0 AND ((t.group_id IS NOT NULL AND g.id IS NOT NULL)"
        "   OR t.owner_guide_id = ?)"
        " ORDER BY t.group_id IS NULL, g.sort_order, g.name, t.sort_order, t.name"_s);
    q->bind(1, guideId);
    while (q->step()) {
        tags.append({ q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), q->text(5),
                      q->text(6), q->integer(7) != 0, q->integer(8) != 0 });
    }
    return tags;
}

QStringList TagLibrary::customerTagIds(const QString &customerId)
{
    return customerTagTimes(customerId).keys();
}

QHash<QString, QDateTime> TagLibrary::customerTagTimes(const QString &customerId)
{
    QHash<QString, QDateTime> times;
    auto q = m_db.prepare(u"SELECT tag_id, tagged_at FROM customer_tags"
                          " WHERE customer_id = ? AND deleted = 0"_s);
    q->bind(1, customerId);
    while (q->step())
        times.insert(q->text(0), QDateTime::fromString(q->text(1), Qt::ISODateWithMs));
    return times;
}

} // namespace gd::tags
