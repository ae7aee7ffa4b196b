// items_json of an order: a JSON array of {sku, name, qty, price_cents}. A row from an
// older or misbehaving mall may hold anything; it must never break the list.
#pragma once

#include "orderrecords.h"

#include <optional>

namespace gd::orders {

// nullopt when the text is not a JSON array of item objects.
[[nodiscard]] std::optional<QList<OrderItem>> parseOrderItems(const QString &json);
// "羊绒围巾 ×2, 针织开衫" (names with quantities), for a row of the list.
[[nodiscard]] QString summariseItems(const QList<OrderItem> &items);

} // namespace gd::orders
