// The change log pulls read: each row's latest change has a sequence number (also written
// to the row's `version`) and the scope that decides who sees it.
#pragma once

#include "authenticateduser.h"

#include <QString>

namespace gd::store {
class Database;
}

namespace gd::server::core {

class ChangeLog
{
public:
    explicit ChangeLog(store::Database &db);

    // Gives the row a new change seq and records its scope. Call inside the transaction
    // that changed the row. Returns the seq (0 when the row does not exist).
    qint64 touch(const QString &table, const QString &rowId);
    // Fills the log for every row of every synced table (after seeding), in one pass.
    void touchEverything();

    // SQL condition on `changes` (alias c) for what `user` may see; binds nothing: the ids
    // are UUIDs from our own tables, quoted here.
    [[nodiscard]] static QString visibleTo(const AuthenticatedUser &user);

private:
    store::Database &m_db;
};

} // namespace gd::server::core
