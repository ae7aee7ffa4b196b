#include "lunarcalendar.h"

#include <QHash>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <unicode/calendar.h>
#include <unicode/timezone.h>

namespace gd::calendar {

namespace {

// ICU numbers Chinese years from 2637 BCE: its extended year 4661 begins in 2024.
constexpr int icuYearOffset = 2637;
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr double msPerDay = 86'400'000.0;
constexpr double msOfShanghaiNoon = 4.0 * 3'600'000.0; // 12:00 at UTC+8 is 04:00 UTC

// ICU calendars are neither thread-safe nor cheap to create: one per thread, each with its
// own cache (no locks on the hot path of a 100k-customer birthday scan).
struct ThreadCalendar
{
    std::unique_ptr<icu::Calendar> icu;
    QHash<quint32, qint64> toJulian; // packed lunar date -> Julian day, or -1: no such date
    QHash<qint64, LunarDate> fromJulian; // Julian day -> lunar date
    QHash<int, int> leapMonths; // year -> its leap month, or 0
};

ThreadCalendar &threadCalendar()
{
    thread_local ThreadCalendar calendar = [] {
        UErrorCode status = U_ZERO_ERROR;
        ThreadCalendar c;
        c.icu.reset(icu::Calendar::createInstance(icu::Locale("zh@calendar=chinese"), status));
        if (U_FAILURE(status) || !c.icu)
            throw std::runtime_error("ICU has no Chinese calendar");
        c.icu->adoptTimeZone(icu::TimeZone::createTimeZone("Asia/Shanghai"));
        return c;
    }();
    return calendar;
}

LunarDate readFields(icu::Calendar &calendar, UErrorCode &status)
{
    LunarDate d;
    d.year = calendar.get(UCAL_EXTENDED_YEAR, status) - icuYearOffset;
    d.month = calendar.get(UCAL_MONTH, status) + 1;
    d.day = calendar.get(UCAL_DATE, status);
    d.leap = calendar.get(UCAL_IS_LEAP_MONTH, status) != 0;
    return d;
}

quint32 packed(const LunarDate &d)
{
    return quint32(d.year) << 11 | quint32(d.month) << 6 | quint32(d.day) << 1 | quint32(d.leap);
}

// ICU's Julian day of a lunar date, or -1 when ICU has no such date.
qint64 icuLookUp(ThreadCalendar &c, const LunarDate &date)
{
    // ICU is lenient: a missing leap month or a 30th day rolls over into another date.
    // Reading the fields back tells whether the asked-for date exists.
    UErrorCode status = U_ZERO_ERROR;
    c.icu->clear();
    c.icu->set(UCAL_EXTENDED_YEAR, date.year + icuYearOffset);
    c.icu->set(UCAL_MONTH, date.month - 1);
    c.icu->set(UCAL_IS_LEAP_MONTH, date.leap ? 1 : 0);
    c.icu->set(UCAL_DATE, date.day);
    c.icu->set(UCAL_HOUR_OF_DAY, 12);
    const UDate noon = c.icu->getTime(status);
    const LunarDate back = readFields(*c.icu, status);
    if (U_FAILURE(status) || back != date)
        return -1;
    return qint64(std::floor((noon - msOfShanghaiNoon) / msPerDay + 0.5)) + unixEpochJulianDay;
}

qint64 icuJulian(ThreadCalendar &c, const LunarDate &date)
{
    const quint32 key = packed(date);
    auto it = c.toJulian.constFind(key);
    if (it == c.toJulian.cend())
        it = c.toJulian.insert(key, icuLookUp(c, date));
    return *it;
}

// Months whose first day ICU 72 computes one day off the official calendar (GB/T 33661-2017,
// as published by the Purple Mountain and Hong Kong Observatories): a new moon within
// minutes of midnight China time, closer than ICU's lunar theory can tell. 正月 2027: the new
// moon is on 6 February 2027 at 23:56 China time; ICU places 正月初一 on the 7th. 正月 2030:
// the new moon is on 3 February 2030 at 00:07 China time; ICU places 正月初一 on the 2nd.
struct MonthStart
{
    int year, month;
    bool leap;
    QDate firstDay;
};
const MonthStart officialMonthStarts[] = {
    { 2027, 1, false, QDate(2027, 2, 6) },
    { 2030, 1, false, QDate(2030, 2, 3) },
};

struct Month
{
    int year, month;
    bool leap;
};

bool icuHasLeap(ThreadCalendar &c, int year, int month)
{
    return icuJulian(c, { year, month, 1, true }) >= 0;
}

Month nextMonth(ThreadCalendar &c, const Month &m)
{
    if (!m.leap && icuHasLeap(c, m.year, m.month))
        return { m.year, m.month, true };
    return m.month == 12 ? Month { m.year + 1, 1, false } : Month { m.year, m.month + 1, false };
}

Month previousMonth(ThreadCalendar &c, const Month &m)
{
    if (m.leap)
        return { m.year, m.month, false };
    const Month before
        = m.month == 1 ? Month { m.year - 1, 12, false } : Month { m.year, m.month - 1, false };
    return icuHasLeap(c, before.year, before.month) ? Month { before.year, before.month, true }
                                                    : before;
}

// The Julian day a month begins on, or -1 when there is no such month.
qint64 monthStart(ThreadCalendar &c, const Month &m)
{
    for (const MonthStart &official : officialMonthStarts) {
        if (official.year == m.year && official.month == m.month && official.leap == m.leap)
            return official.firstDay.toJulianDay();
    }
    return icuJulian(c, { m.year, m.month, 1, m.leap });
}

} // namespace

LunarDate LunarCalendar::fromGregorian(const QDate &date)
{
    if (!date.isValid() || date.year() < firstYear || date.year() > lastYear)
        return {};
    // Noon in China: the same calendar day whatever zone the caller thinks in.
    const UDate noon
        = double(date.toJulianDay() - unixEpochJulianDay) * msPerDay + msOfShanghaiNoon;
    ThreadCalendar &c = threadCalendar();
    if (auto it = c.fromJulian.constFind(date.toJulianDay()); it != c.fromJulian.cend())
        return *it;
    UErrorCode status = U_ZERO_ERROR;
    c.icu->setTime(noon, status);
    const LunarDate icu = readFields(*c.icu, status);
    if (U_FAILURE(status))
        return {};
    // ICU's month, or a neighbour where an official month start moves the boundary.
    const qint64 day = date.toJulianDay();
    const Month own { icu.year, icu.month, icu.leap };
    for (const Month &m : { own, previousMonth(c, own), nextMonth(c, own) }) {
        const qint64 start = monthStart(c, m);
        if (start >= 0 && start <= day && day < monthStart(c, nextMonth(c, m))) {
            const LunarDate found { m.year, m.month, int(day - start) + 1, m.leap };
            c.fromJulian.insert(day, found);
            return found;
        }
    }
    return icu;
}

QDate LunarCalendar::toGregorian(const LunarDate &date)
{
    if (date.year < firstYear || date.year > lastYear || date.month < 1 || date.month > 12
        || date.day < 1 || date.day > 30)
        return {};
    ThreadCalendar &c = threadCalendar();
    const Month m { date.year, date.month, date.leap };
    const qint64 start = monthStart(c, m);
    if (start < 0)
        return {};
    const qint64 length = monthStart(c, nextMonth(c, m)) - start;
    if (date.day > length)
        return {};
    return QDate::fromJulianDay(start + date.day - 1);
}

int LunarCalendar::leapMonthOf(int year)
{
    ThreadCalendar &c = threadCalendar();
    if (auto it = c.leapMonths.constFind(year); it != c.leapMonths.cend())
        return *it;
    int leap = 0;
    for (int month = 1; month <= 12 && leap == 0; ++month) {
        if (toGregorian({ year, month, 1, true }).isValid())
            leap = month;
    }
    c.leapMonths.insert(year, leap);
    return leap;
}

int LunarCalendar::daysInMonth(int year, int month, bool leap)
{
    if (!toGregorian({ year, month, 1, leap }).isValid())
        return 0;
    return toGregorian({ year, month, 30, leap }).isValid() ? 30 : 29;
}

} // namespace gd::calendar
