// The reference server's storage: a plain SQLite file with the client's schema (so both
// sides speak of the same tables and columns) plus the server's own tables: accounts,
// tokens, clients with their last mutation id, rejections, and the change log pulls read.
#pragma once

#include <QString>
#include <memory>

namespace gd::store {
class Database;
}

namespace gd::server::core {

// Opens (creating) and migrates the server database. Throws store::OpenError/SqlError.
std::unique_ptr<store::Database> openServerDatabase(const QString &path);

// The server's identity (a UUID made once): cookies from another server are refused.
QString serverIdentity(store::Database &db);

} // namespace gd::server::core
