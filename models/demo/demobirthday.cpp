#include "demobirthday.h"

#include "demorandom.h"

#include <memory>
#include <stdexcept>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>

namespace gd::demo {

namespace {
// ICU calendars are not thread-safe and slow to create: one per thread.
icu::Calendar &chineseCalendar()
{
    thread_local std::unique_ptr<icu::Calendar> calendar = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> c(
            icu::Calendar::createInstance(icu::Locale("zh@calendar=chinese"), status));
        if (U_FAILURE(status))
            throw std::runtime_error("ICU has no Chinese calendar");
        c->adoptTimeZone(icu::TimeZone::createTimeZone("Asia/Shanghai"));
        return c;
    }();
    return *calendar;
}
} // namespace

DemoBirthday lunarOf(const QDate &date)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar gregorian(icu::TimeZone::createTimeZone("Asia/Shanghai"), status);
    gregorian.clear();
    gregorian.set(date.year(), date.month() - 1, date.day(), 12, 0, 0);
    const UDate instant = gregorian.getTime(status);
    icu::Calendar &lunar = chineseCalendar();
    lunar.setTime(instant, status);
    DemoBirthday b;
    b.lunar = true;
    // ICU's extended year counts from 2637 BCE; the Gregorian year in which that lunar year
    // starts is extended - 2637.
    b.year = lunar.get(UCAL_EXTENDED_YEAR, status) - 2637;
    b.month = lunar.get(UCAL_MONTH, status) + 1;
    b.day = lunar.get(UCAL_DATE, status);
    b.leapMonth = lunar.get(UCAL_IS_LEAP_MONTH, status) != 0;
    if (U_FAILURE(status))
        throw std::runtime_error("ICU could not convert a date to the Chinese calendar");
    return b;
}

DemoBirthday drawBirthday(DemoRandom &random, const QDate &today)
{
    if (random.chance(0.15))
        return {}; // not recorded
    const bool yearKnown = !random.chance(0.15);
    if (random.chance(0.004)) { // 29 February
        const int leapYears[] = { 1972, 1976, 1980, 1984, 1988, 1992, 1996, 2000, 2004 };
        return { false, yearKnown ? leapYears[random.uniformInt(0, 8)] : 0, 2, 29, false };
    }
    const QDate born = today.addYears(-18).addDays(-random.uniformInt(0, 47 * 365));
    if (random.chance(0.2)) {
        DemoBirthday lunar = lunarOf(born);
        if (!yearKnown)
            lunar.year = 0;
        return lunar;
    }
    return { false, yearKnown ? born.year() : 0, born.month(), born.day(), false };
}

} // namespace gd::demo
