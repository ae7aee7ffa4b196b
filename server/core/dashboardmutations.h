// Server side of dashboard_layout_save (docs/sync-api.md): a guide's own dashboard layout,
// or (managers) their store's default. The layout is checked with the same parser the app
// uses; the row id is derived from the guide or the store, so a push can only name the
// pusher's own row.
#pragma once

#include "authenticateduser.h"

#include <QJsonObject>

namespace gd::store {
class Database;
}

namespace gd::server::core {

class ChangeLog;

// {id, scope: "guide"|"store", layout_json}. Throws MutationRejected.
void applyDashboardLayoutSave(store::Database &db, ChangeLog &changes,
                              const AuthenticatedUser &user, const QJsonObject &args);

} // namespace gd::server::core
