// The embedded demo's mini-program orders: the last few days of one guide's orders in every
// state the Orders page shows (two paid and waiting, so the banner's badge and the response
// timer have something to show), with their event history. Without a server nothing new
// arrives; `scripts/run.sh` (the reference server's simulator) is the live demo.
#pragma once

#include <QDateTime>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::seed {

// Writes the orders inside the caller's transaction; returns how many. Writes none when the
// guide has no customers or orders exist already (never mixes with synced orders).
int writeDemoOrders(store::Database &db, const QString &guideId, const QDateTime &now);

} // namespace gd::seed
