#include "customerfields.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd::customers {

namespace {

std::optional<QString> checkString(const QString &field, const QJsonValue &value, int minLength,
                                   int maxLength)
{
    if (!value.isString())
        return u"%1 must be a string"_s.arg(field);
    const qsizetype length = value.toString().size();
    if (length < minLength || length > maxLength)
        return u"%1 must have %2 to %3 characters"_s.arg(field).arg(minLength).arg(maxLength);
    return std::nullopt;
}

std::optional<QString> checkChoice(const QString &field, const QJsonValue &value,
                                   const QStringList &choices)
{
    if (!value.isString() || !choices.contains(value.toString()))
        return u"%1 must be one of: %2"_s.arg(field, choices.join(u", "_s));
    return std::nullopt;
}

std::optional<QString> checkInteger(const QString &field, const QJsonValue &value, int min, int max)
{
    const double number = value.toDouble(-1e18);
    if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max)
        return u"%1 must be a whole number from %2 to %3"_s.arg(field).arg(min).arg(max);
    return std::nullopt;
}

} // namespace

const QStringList &editableCustomerFields()
{
    static const QStringList fields = {
        u"name"_s,          u"nickname"_s,       u"gender"_s,         u"phone_masked"_s,
        u"phone_last4"_s,   u"member_level"_s,   u"card_opened_on"_s, u"birthday_calendar"_s,
        u"birthday_year"_s, u"birthday_month"_s, u"birthday_day"_s,   u"birthday_leap"_s,
        u"source"_s,        u"remark"_s,
    };
    return fields;
}

std::optional<QString> customerFieldError(const QString &field, const QJsonValue &value)
{
    if (field == u"name"_s)
        return checkString(field, value, 1, 100);
    if (field == u"nickname"_s)
        return checkString(field, value, 0, 100);
    if (field == u"gender"_s)
        return checkChoice(field, value, { QString(), u"F"_s, u"M"_s });
    if (field == u"phone_masked"_s)
        return checkString(field, value, 0, 20);
    if (field == u"phone_last4"_s) {
        static const QRegularExpression fourDigits(u"^([0-9]{4})?$"_s);
        if (!value.isString() || !fourDigits.match(value.toString()).hasMatch())
            return u"phone_last4 must be empty or four digits"_s;
        return std::nullopt;
    }
    if (field == u"member_level"_s)
        return checkChoice(field, value, { u"normal"_s, u"silver"_s, u"gold"_s, u"platinum"_s });
    if (field == u"card_opened_on"_s) {
        if (value.isNull())
            return std::nullopt;
        if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid()
            || value.toString().size() != 10)
            return u"card_opened_on must be a date (YYYY-MM-DD) or null"_s;
        return std::nullopt;
    }
    if (field == u"birthday_calendar"_s)
        return checkChoice(field, value, { u"gregorian"_s, u"lunar"_s });
    if (field == u"birthday_year"_s) {
        if (value.toInt(-1) == 0)
            return std::nullopt;
        return checkInteger(field, value, 1900, 2100);
    }
    if (field == u"birthday_month"_s)
        return checkInteger(field, value, 0, 12);
    if (field == u"birthday_day"_s)
        return checkInteger(field, value, 0, 31);
    if (field == u"birthday_leap"_s)
        return checkInteger(field, value, 0, 1);
    if (field == u"source"_s)
        return checkString(field, value, 0, 40);
    if (field == u"remark"_s)
        return checkString(field, value, 0, 2000);
    return u"%1 is not a customer field that can be changed"_s.arg(field);
}

std::optional<QString> customerFieldsError(const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (auto error = customerFieldError(it.key(), it.value()))
            return error;
    }
    return birthdayError(fields);
}

std::optional<QString> birthdayError(const QJsonObject &fields)
{
    // Month and day travel together; each alone is checked field by field above.
    if (!fields.contains(u"birthday_month"_s) || !fields.contains(u"birthday_day"_s))
        return std::nullopt;
    const int month = fields.value(u"birthday_month"_s).toInt();
    const int day = fields.value(u"birthday_day"_s).toInt();
    const bool lunar = fields.value(u"birthday_calendar"_s).toString() == u"lunar"_s;
    if ((month == 0) != (day == 0))
        return u"A birthday needs both a month and a day (or neither)"_s;
    if (fields.value(u"birthday_leap"_s).toInt() == 1 && !lunar)
        return u"Only a lunar birthday can fall in a leap month"_s;
    if (month == 0)
        return std::nullopt;
    // Gregorian: Feb 29 is a birthday (celebrated on Feb 28 in other years). Lunar months
    // have 29 or 30 days.
    static constexpr int gregorianDays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const int maxDay = lunar ? 30 : gregorianDays[month - 1];
    if (day > maxDay)
        return u"Day %1 does not exist in month %2"_s.arg(day).arg(month);
    const int year = fields.value(u"birthday_year"_s).toInt();
    if (!lunar && year > 0 && !QDate(year, month, day).isValid())
        return u"%1-%2-%3 is not a date"_s.arg(year).arg(month).arg(day);
    return std::nullopt;
}

} // namespace gd::customers
