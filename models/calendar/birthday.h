// A customer's birthday as recorded (Gregorian or lunar, year optional) and when it is next
// celebrated. The celebration rules a guide expects:
// - 29 February in a non-leap year: 28 February;
// - a lunar birthday in a leap month (闰月), in a year without that leap month: the ordinary
//   month of the same number; in a year with it: the leap month;
// - lunar day 30 in a 29-day month: day 29.
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace gd::calendar {

struct Birthday
{
    bool lunar = false;
    int year = 0; // 0: not known (for lunar: the Gregorian year the lunar year begins in)
    int month = 0; // 1–12
    int day = 0;
    bool leap = false; // lunar only
    bool operator==(const Birthday &) const = default;
};

// When a birthday is celebrated: the Gregorian day and the year of the calendar it is kept
// in (the lunar year for a lunar birthday), which gives the age.
struct Celebration
{
    QDate date;
    int calendarYear = 0;
};

// Why a recorded birthday cannot be used (English, for logs), or nothing when it is fine.
// Junk: month 13, day 0, 31 April, lunar day 31, a leap flag on a Gregorian birthday, a
// lunar birth date that never existed (a leap month the birth year did not have).
[[nodiscard]] std::optional<QString> birthdayError(const Birthday &birthday);

// The first celebration on or after `from`; an invalid date for a birthday with an error.
[[nodiscard]] Celebration nextCelebration(const Birthday &birthday, const QDate &from);

// Age in whole years on `on` (counted in the birthday's own calendar), when the year is known.
[[nodiscard]] std::optional<int> ageOn(const Birthday &birthday, const QDate &on);

} // namespace gd::calendar
