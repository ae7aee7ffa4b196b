// The editable fields of a customer and their rules, shared by the app's write path and the
// reference server (which must refuse what the app would refuse). Keys are column names.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace gd::customers {

// Fields customer_update may change (customer_create accepts these too).
[[nodiscard]] const QStringList &editableCustomerFields();

// Why `value` is not acceptable for `field` (English, for logs and the server's reply), or
// nullopt when it is. Strings are expected trimmed.
[[nodiscard]] std::optional<QString> customerFieldError(const QString &field,
                                                        const QJsonValue &value);

// Checks every key of `fields`: unknown keys are errors too, and a birthday given whole
// (month and day) must exist (birthdayError). nullopt when all are fine.
[[nodiscard]] std::optional<QString> customerFieldsError(const QJsonObject &fields);

// Why the birthday in `fields` (birthday_calendar/_year/_month/_day/_leap) cannot be, e.g.
// 2-30 or a Gregorian leap month; nullopt when it can or when month and day are not both given.
[[nodiscard]] std::optional<QString> birthdayError(const QJsonObject &fields);

} // namespace gd::customers
