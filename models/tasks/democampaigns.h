// HQ campaigns for a demo store (server demo seeding and the embedded demo): a few
// campaigns per store with targets, and one campaign task per active guide. Ids derive from
// the store's id, so seeding the same store twice gives the same rows.
#pragma once

#include <QDate>

namespace gd::store {
class Database;
}

namespace gd::tasks {

// Returns how many campaigns were written (none when the store has campaigns already).
int seedDemoCampaigns(store::Database &db, const QDate &today);

} // namespace gd::tasks
