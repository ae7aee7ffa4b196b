#include "demobirthday.h"

#include "demorandom.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <unicode/calendar.h>
#include <unicode/timezone.h>

namespace gd::demo {

namespace {

// ICU counts Chinese years from 2637 BCE: its extended year 4661 is the one that begins
// in 2024.
constexpr int icuYearOffset = 2637;
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr double msPerDay = 86'400'000.0;
constexpr double msOfShanghaiNoon = 4.0 * 3'600'000.0; // 12:00 at UTC+8 is 04:00 UTC

// ICU calendars are not thread-safe and slow to create: one per thread, so that two
// threads can generate customers at once.
icu::Calendar &chineseCalendar()
{
    thread_local std::unique_ptr<icu::Calendar> calendar = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> c(
            icu::Calendar::createInstance(icu::Locale("zh@calendar=chinese"), status));
        if (U_FAILURE(status) || !c)
            throw std::runtime_error("ICU has no Chinese calendar");
        c->adoptTimeZone(icu::TimeZone::createTimeZone("Asia/Shanghai"));
        return c;
    }();
    return *calendar;
}

DemoBirthday readLunar(icu::Calendar &calendar, UErrorCode &status)
{
    DemoBirthday b;
    b.lunar = true;
    b.year = calendar.get(UCAL_EXTENDED_YEAR, status) - icuYearOffset;
    b.month = calendar.get(UCAL_MONTH, status) + 1;
    b.day = calendar.get(UCAL_DATE, status);
    b.leapMonth = calendar.get(UCAL_IS_LEAP_MONTH, status) != 0;
    return b;
}

// Leap years, so that 29 February exists: the latest one not after `year`.
int leapYearAtOrBefore(int year)
{
    while (!QDate::isLeapYear(year))
        --year;
    return year;
}

} // namespace

DemoBirthday lunarOf(const QDate &date)
{
    if (!date.isValid())
        throw std::invalid_argument("lunarOf: invalid Gregorian date");
    // Noon in China: the same calendar day in every zone ICU might apply to it.
    const UDate noon
        = double(date.toJulianDay() - unixEpochJulianDay) * msPerDay + msOfShanghaiNoon;
    UErrorCode status = U_ZERO_ERROR;
    icu::Calendar &calendar = chineseCalendar();
    calendar.setTime(noon, status);
    const DemoBirthday b = readLunar(calendar, status);
    if (U_FAILURE(status))
        throw std::runtime_error("ICU could not convert a date to the Chinese calendar");
    return b;
}

QDate gregorianOfLunar(int year, int month, bool leapMonth, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 30)
        return {};
    // ICU's calendar is lenient: it rolls a missing leap month or a 30th day over into
    // another date. Reading the fields back tells whether the asked-for date exists.
    UErrorCode status = U_ZERO_ERROR;
    icu::Calendar &calendar = chineseCalendar();
    calendar.clear();
    calendar.set(UCAL_EXTENDED_YEAR, year + icuYearOffset);
    calendar.set(UCAL_MONTH, month - 1);
    calendar.set(UCAL_IS_LEAP_MONTH, leapMonth ? 1 : 0);
    calendar.set(UCAL_DATE, day);
    calendar.set(UCAL_HOUR_OF_DAY, 12);
    const UDate noon = calendar.getTime(status);
    const DemoBirthday back = readLunar(calendar, status);
    if (U_FAILURE(status))
        return {};
    if (back != DemoBirthday { true, year, month, day, leapMonth })
        return {};
    const double days = std::floor((noon - msOfShanghaiNoon) / msPerDay + 0.5);
    return QDate::fromJulianDay(qint64(days) + unixEpochJulianDay);
}

DemoBirthday drawBirthday(DemoRandom &random, const QDate &today)
{
    if (random.chance(0.15))
        return {}; // not recorded
    const bool yearKnown = !random.chance(0.15);
    // Age in years: fashion customers cluster around their thirties, adults up to 68. A
    // draw outside that range is reflected back into it, not clamped: a clamped age is a
    // whole number of years, i.e. everyone clamped would have the same birthday (the day
    // before `today`). Reflection keeps the fraction of a year, so the day stays random.
    double age = 33.0 + 9.0 * random.normal();
    if (age < 18.0)
        age = 36.0 - age;
    if (age > 68.0)
        age = 136.0 - age;
    age = std::clamp(age, 18.0, 68.0); // only past six standard deviations
    const QDate born = today.addDays(-qint64(age * 365.25) - 1);
    if (random.chance(0.005)) {
        const int year = leapYearAtOrBefore(born.year());
        return { false, yearKnown ? year : 0, 2, 29, false };
    }
    if (random.chance(0.2)) {
        DemoBirthday lunar = lunarOf(born);
        if (!yearKnown) {
            lunar.year = 0;
            lunar.leapMonth = false; // celebrated in the ordinary month of that number
        }
        return lunar;
    }
    return { false, yearKnown ? born.year() : 0, born.month(), born.day(), false };
}

} // namespace gd::demo
