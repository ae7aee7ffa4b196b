// A store's churn model as the `churn_models` row both sides keep (schema v5): the server
// writes it after each fit, clients read the one their pull brought. No maths here.
#pragma once

#include "churnmodel.h"

#include <optional>

namespace gd::store {
class Database;
}

namespace gd::churn {

// The row's id for a store: one row per store, so every server writes the same id.
[[nodiscard]] QString churnModelRowId(const QString &storeId);

// Inserts or replaces the store's row (call inside the caller's transaction; the server
// touches its change log in the same one). `model` must be in days.
void writeChurnModel(store::Database &db, const QString &storeId, const ChurnModel &model);

// The store's model, or nullopt if none has arrived yet, it is deleted, or its values are
// unusable (e.g. non-positive parameters without the fallback flag).
[[nodiscard]] std::optional<ChurnModel> readChurnModel(store::Database &db, const QString &storeId);

} // namespace gd::churn
