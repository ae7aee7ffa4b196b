// The demo's dashboard data: each guide's sales targets (from what the guide's book actually
// bought in the 90 days before `today`, rounded up, so that the demo guide is near target
// rather than at 1% or 900%) and each store's default dashboard layout.
#pragma once

#include <QDate>
#include <QStringList>

namespace gd::store {
class Database;
}

namespace gd::seed {

// Sets targets and writes the store defaults that are missing (inside the caller's
// transaction). Returns the ids of the layout rows written (for the server's change log).
QStringList writeDemoDashboard(store::Database &db, const QDate &today);

} // namespace gd::seed
