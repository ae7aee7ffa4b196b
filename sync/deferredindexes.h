// A first sync writes hundreds of thousands of rows; keeping seven secondary indexes and the
// search index up to date row by row costs most of that time. So the first sync drops them
// (remembering their definitions in sync_state, in the same transaction) and builds them
// once at the end, in the transaction of the last page. A first sync killed part-way finds
// them still deferred and carries on; the customer list works meanwhile, only slower, and
// search finds customers once the first sync is done.
#pragma once

namespace gd::store {
class Database;
}
namespace gd::customers {
class CustomerSearchIndex;
}

namespace gd::sync {

class DeferredIndexes
{
public:
    // Whether the indexes are currently dropped (a first sync is under way).
    [[nodiscard]] static bool areDeferred(store::Database &db);
    // Drops the secondary indexes of the synced tables and empties the search index. Call
    // inside a transaction, on an empty store.
    static void defer(store::Database &db);
    // Builds them again and fills the search index. Call inside a transaction.
    static void restore(store::Database &db, customers::CustomerSearchIndex &searchIndex);
};

} // namespace gd::sync
