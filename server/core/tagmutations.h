// Server side of the tag library's mutations (docs/sync-api.md, "Mutations"): a guide's
// personal tags. HQ tag groups and their tags are the retailer's and never change by push.
#pragma once

#include "authenticateduser.h"

#include <QJsonObject>

namespace gd::store {
class Database;
}

namespace gd::server::core {

class ChangeLog;

// tag_create {id, name}: a personal tag owned by the pushing guide. Throws MutationRejected.
void applyTagCreate(store::Database &db, ChangeLog &changes, const AuthenticatedUser &user,
                    const QJsonObject &args);

} // namespace gd::server::core
