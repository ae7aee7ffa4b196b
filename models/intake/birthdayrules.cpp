#include "birthdayrules.h"

#include <QDate>
#include <QHash>
#include <memory>
#include <unicode/calendar.h>
#include <unicode/locid.h>

using namespace Qt::StringLiterals;

namespace gd::intake {

namespace {

// ICU's Chinese calendar counts years from 2637 BCE; does `year` have `month` as its leap
// month, and does that month (leap or not) have `day` days?
bool lunarDateExistsInIcu(int year, int month, int day, bool leap)
{
    // Making an ICU calendar is costly (an import checks thousands of lunar dates): one per
    // thread, reused.
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::Calendar> calendar(
        icu::Calendar::createInstance(icu::Locale("zh@calendar=chinese"), status));
    if (!calendar || U_FAILURE(status))
        return false;
    // Lenient: a leap month the year lacks or a 30th day of a 29-day month rolls over into
    // another date, which the read-back below notices.
    calendar->clear();
    calendar->set(UCAL_EXTENDED_YEAR, year + 2637);
    calendar->set(UCAL_MONTH, month - 1);
    calendar->set(UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
    calendar->set(UCAL_DATE, day);
    calendar->getTime(status);
    const bool same = calendar->get(UCAL_EXTENDED_YEAR, status) == year + 2637
        && calendar->get(UCAL_MONTH, status) == month - 1
        && calendar->get(UCAL_IS_LEAP_MONTH, status) == (leap ? 1 : 0)
        && calendar->get(UCAL_DATE, status) == day;
    return U_SUCCESS(status) && same;
}

// An ICU look-up costs ~70 µs; an import meets the same dates again and again (at most
// 127 years × 12 months × 30 days × 2), so each answer is kept, per thread.
bool lunarDateExists(int year, int month, int day, bool leap)
{
    thread_local QHash<int, bool> known;
    const int key = ((year * 16 + month) * 32 + day) * 2 + (leap ? 1 : 0);
    const auto found = known.constFind(key);
    if (found != known.constEnd())
        return *found;
    const bool exists = lunarDateExistsInIcu(year, month, day, leap);
    known.insert(key, exists);
    return exists;
}

} // namespace

QJsonObject Birthday::fields() const
{
    return { { u"birthday_calendar"_s, lunar ? u"lunar"_s : u"gregorian"_s },
             { u"birthday_year"_s, year },
             { u"birthday_month"_s, month },
             { u"birthday_day"_s, day },
             { u"birthday_leap"_s, lunar && leapMonth ? 1 : 0 } };
}

bool isPossibleBirthday(const Birthday &b)
{
    if (b.year != 0 && (b.year < 1900 || b.year > QDate::currentDate().year()))
        return false;
    if (b.month < 1 || b.month > 12 || b.day < 1)
        return false;
    if (!b.lunar) {
        if (b.leapMonth)
            return false;
        // Without a year, Feb 29 is a real birthday (2000 is a leap year).
        return QDate(b.year != 0 ? b.year : 2000, b.month, b.day).isValid();
    }
    if (b.day > 30)
        return false;
    if (b.year == 0)
        return true; // any lunar month may be leap in some year, and may have 30 days
    return lunarDateExists(b.year, b.month, b.day, b.leapMonth);
}

} // namespace gd::intake
