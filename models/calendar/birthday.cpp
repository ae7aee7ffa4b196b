#include "birthday.h"

#include "lunarcalendar.h"

using namespace Qt::StringLiterals;

namespace gd::calendar {

namespace {

// The birthday's celebration in Gregorian year `year`.
QDate gregorianIn(const Birthday &b, int year)
{
    if (b.month == 2 && b.day == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, b.month, b.day);
}

// The birthday's celebration in lunar year `year`.
QDate lunarIn(const Birthday &b, int year)
{
    const bool leap = b.leap && LunarCalendar::leapMonthOf(year) == b.month;
    const int days = LunarCalendar::daysInMonth(year, b.month, leap);
    if (days == 0)
        return {};
    return LunarCalendar::toGregorian({ year, b.month, std::min(b.day, days), leap });
}

} // namespace

std::optional<QString> birthdayError(const Birthday &b)
{
    if (b.month < 1 || b.month > 12)
        return u"A birthday's month must be 1 to 12"_s;
    if (b.year != 0 && (b.year < LunarCalendar::firstYear || b.year > LunarCalendar::lastYear))
        return u"A birthday's year must be 0 (unknown) or %1 to %2"_s.arg(LunarCalendar::firstYear)
            .arg(LunarCalendar::lastYear);
    if (!b.lunar) {
        if (b.leap)
            return u"Only a lunar birthday has a leap month"_s;
        // 2000 is a leap year: any day of any month that can exist at all.
        if (!QDate(b.year != 0 ? b.year : 2000, b.month, b.day).isValid())
            return u"There is no day %1 in month %2"_s.arg(b.day).arg(b.month);
        return std::nullopt;
    }
    if (b.day < 1 || b.day > 30)
        return u"A lunar day must be 1 to 30"_s;
    if (b.year != 0 && !LunarCalendar::toGregorian({ b.year, b.month, b.day, b.leap }).isValid())
        return u"Lunar %1-%2%3-%4 never existed"_s.arg(b.year)
            .arg(b.month)
            .arg(b.leap ? u" (leap)"_s : QString())
            .arg(b.day);
    return std::nullopt;
}

Celebration nextCelebration(const Birthday &b, const QDate &from)
{
    if (!from.isValid() || birthdayError(b))
        return {};
    if (!b.lunar) {
        for (int year = from.year(); year <= from.year() + 1; ++year) {
            const QDate date = gregorianIn(b, year);
            if (date >= from)
                return { date, year };
        }
        return {};
    }
    // Lunar year `from` falls in, then the next: every date of an earlier lunar year is
    // before that year's new year, so before `from`.
    const int lunarYear = LunarCalendar::fromGregorian(from).year;
    if (lunarYear == 0)
        return {};
    for (int year = lunarYear; year <= lunarYear + 1; ++year) {
        const QDate date = lunarIn(b, year);
        if (date.isValid() && date >= from)
            return { date, year };
    }
    return {};
}

std::optional<int> ageOn(const Birthday &b, const QDate &on)
{
    if (b.year == 0)
        return std::nullopt;
    const Celebration next = nextCelebration(b, on);
    if (!next.date.isValid())
        return std::nullopt;
    const int turning = next.calendarYear - b.year;
    const int age = next.date == on ? turning : turning - 1;
    if (age < 0)
        return std::nullopt; // not born yet
    return age;
}

} // namespace gd::calendar
