#include "tagchoices.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::segments {

QList<customers::TagRecord> tagChoices(store::Database &db, const QString &guideId)
{
    auto q = db.prepare(
        u"SELECT t.id, t.name, t.name_en, coalesce(g.name, ''), coalesce(g.name_en, '')"
        " FROM tags t LEFT JOIN tag_groups g ON g.id = t.group_id AND g.deleted = 0"
        " WHERE t.deleted = 0 AND (t.group_id IS NOT NULL OR t.owner_guide_id = ?)"
        " ORDER BY t.group_id IS NULL, g.sort_order, t.sort_order, t.name"_s);
    q->bind(1, guideId);
    QList<customers::TagRecord> tags;
    while (q->step())
        tags << customers::TagRecord { q->text(0), q->text(1), q->text(2), q->text(3),
                                       q->text(4), {},         {} };
    return tags;
}

} // namespace gd::segments
