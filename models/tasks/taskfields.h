// What a task_upsert may carry, checked the same way on the device and on the server.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace gd::tasks {

// Why the arguments of a task_upsert are not acceptable (English), or nothing.
// Keys: id, kind (revisit, birthday, todo — campaign tasks come from HQ), title (1–200),
// body (≤ 2000), customer_id, due_on (YYYY-MM-DD or null), value_cents (≥ 0),
// reason (object, ≤ 2000 characters as JSON), coupon_id (≤ 64).
[[nodiscard]] std::optional<QString> taskUpsertError(const QJsonObject &args);

// A date as tasks store it, or nothing when `value` is not one ("" and null are none).
[[nodiscard]] bool isIsoDate(const QString &value);

} // namespace gd::tasks
