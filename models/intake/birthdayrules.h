// Whether a birthday can exist: Gregorian (Feb 29 only in a leap year when the year is
// known) or Chinese lunar (months 1–12, days 1–30, a leap month only in a year that has it,
// checked with ICU's Chinese calendar when the year is known). The year is optional (0).
#pragma once

#include <QJsonObject>
#include <QString>

namespace gd::intake {

struct Birthday
{
    bool lunar = false;
    int year = 0; // 0: not known
    int month = 0;
    int day = 0;
    bool leapMonth = false; // lunar only: 闰月

    [[nodiscard]] bool isEmpty() const { return month == 0 && day == 0 && year == 0; }
    // The customers table's birthday_* columns.
    [[nodiscard]] QJsonObject fields() const;
};

[[nodiscard]] bool isPossibleBirthday(const Birthday &birthday);

} // namespace gd::intake
