// Writes generated demo data (gd::demo::DemoGenerator) into the local store: stores, guides,
// the tag library, customers with their tags and purchases, and the search index. Used by
// `guidedesk --demo`, the tests and the benchmarks.
#pragma once

#include <QString>
#include <functional>

namespace gd::store {
class Database;
}
namespace gd::demo {
class DemoGenerator;
}

namespace gd::customers {
class CustomerSearchIndex;
}

namespace gd::seed {

// Called after each batch: customers written so far, and the total.
using SeedProgress = std::function<void(int done, int total)>;

// Fills an empty store. Throws store::SqlError if the store already holds customers, so
// demo data never mixes with real data; the whole seeding is one transaction per batch of
// customers, with the reference data (stores, guides, tags) in the first.
void seedDemoData(store::Database &db, customers::CustomerSearchIndex &index,
                  const demo::DemoGenerator &generator, const SeedProgress &progress = {});

// The guide a demo session signs in as: the first guide of the first store.
[[nodiscard]] QString demoGuideId(const demo::DemoGenerator &generator);

} // namespace gd::seed
