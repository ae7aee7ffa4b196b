// Ids of generated tasks: a UUIDv5 of kind, customer and day, so that generating twice on
// one device — or once on each of two devices — makes the same task, and the server keeps one.
#pragma once

#include <QDate>
#include <QString>

namespace gd::tasks {

[[nodiscard]] QString generatedTaskId(const QString &kind, const QString &customerId,
                                      const QDate &day);

} // namespace gd::tasks
