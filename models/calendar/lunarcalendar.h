// The Chinese lunisolar calendar (农历) through ICU's "zh@calendar=chinese", in China time.
// A lunar year is named by the Gregorian year in which it begins (its 正月初一), so lunar
// 2025-06 is the sixth month of the year that began on 2025-01-29.
// Conversions are cached per (year, month, day, leap): a store's birthdays use a few
// thousand distinct dates, and ICU calendars are slow to set.
#pragma once

#include <QDate>

namespace gd::calendar {

struct LunarDate
{
    int year = 0; // the Gregorian year the lunar year begins in
    int month = 0; // 1–12
    int day = 0; // 1–30
    bool leap = false; // 闰月: the leap month that follows month `month`
    bool operator==(const LunarDate &) const = default;
};

class LunarCalendar
{
public:
    // The years ICU's Chinese calendar is trusted for here (astronomical tables beyond are
    // approximations, and no customer is born before 1900).
    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2100;

    // The lunar date of a Gregorian day; {} for an invalid or out-of-range day.
    [[nodiscard]] static LunarDate fromGregorian(const QDate &date);
    // The Gregorian day of a lunar date, or an invalid QDate when that date does not exist
    // (no such leap month that year, day 30 of a 29-day month, month 13, day 0 …).
    [[nodiscard]] static QDate toGregorian(const LunarDate &date);
    // The month that is leap in `year` (1–12), or 0 when the year has none.
    [[nodiscard]] static int leapMonthOf(int year);
    // 29 or 30; 0 when the month does not exist.
    [[nodiscard]] static int daysInMonth(int year, int month, bool leap);
};

} // namespace gd::calendar
