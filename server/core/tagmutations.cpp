#include "tagmutations.h"

#include "changelog.h"
#include "mutationapplier.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::server::core {

void applyTagCreate(store::Database &db, ChangeLog &changes, const AuthenticatedUser &user,
                    const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QJsonValue nameValue = args.value(u"name"_s);
    const QString name = nameValue.toString().simplified();
    if (!nameValue.isString() || name.isEmpty() || name.size() > 20)
        throw MutationRejected(u"bad_request"_s, u"name must have 1 to 20 characters."_s);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            throw MutationRejected(u"bad_request"_s, u"name cannot hold control characters."_s);
    }
    {
        auto exists = db.prepare(u"SELECT owner_guide_id FROM tags WHERE id = ?"_s);
        exists->bind(1, id);
        if (exists->step())
            throw MutationRejected(u"conflict"_s, u"Tag %1 exists already."_s.arg(id));
    }
    auto insert = db.prepare(u"INSERT INTO tags (id, owner_guide_id, name) VALUES (?, ?, ?)"_s);
    insert->bindAll(id, user.guideId, name);
    insert->run();
    changes.touch(u"tags"_s, id);
}

} // namespace gd::server::core
