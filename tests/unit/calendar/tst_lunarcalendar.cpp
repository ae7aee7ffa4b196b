// The lunar calendar against ICU itself: every day of 2024–2030 read straight from ICU's
// Chinese calendar must convert both ways, every other (month, leap, day) of those years
// must be refused, and the leap months and new years are the published ones. Where ICU 72
// is a day off the official calendar (正月 2027 and 2030, see officialMonthStarts), the published
// dates win: those days are checked against the Hong Kong Observatory's table instead.
#include "calendar/lunarcalendar.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <memory>
#include <unicode/calendar.h>
#include <unicode/timezone.h>

using namespace gd::calendar;

namespace {

// The test's own ICU calendar, used only forwards (a Gregorian instant to lunar fields), so
// it checks the code under test rather than repeating it.
class IcuReference
{
public:
    IcuReference()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_calendar.reset(icu::Calendar::createInstance(icu::Locale("zh@calendar=chinese"), status));
        m_calendar->adoptTimeZone(icu::TimeZone::createTimeZone("Asia/Shanghai"));
        QVERIFY(U_SUCCESS(status));
    }
    LunarDate of(const QDate &date)
    {
        const double msPerDay = 86'400'000.0;
        // Noon China time of that day.
        const UDate noon = double(date.toJulianDay() - 2440588) * msPerDay + 4.0 * 3'600'000.0;
        UErrorCode status = U_ZERO_ERROR;
        m_calendar->setTime(noon, status);
        LunarDate d;
        d.year = m_calendar->get(UCAL_EXTENDED_YEAR, status) - 2637;
        d.month = m_calendar->get(UCAL_MONTH, status) + 1;
        d.day = m_calendar->get(UCAL_DATE, status);
        d.leap = m_calendar->get(UCAL_IS_LEAP_MONTH, status) != 0;
        if (U_FAILURE(status))
            return {};
        return d;
    }

private:
    std::unique_ptr<icu::Calendar> m_calendar;
};

// 正月 2027 begins on 6 February 2027 (HKO, PMO); ICU 72 says the 7th, and so gives 腊月
// 2026 a 30th day. 正月 2030 begins on 3 February 2030; ICU 72 says the 2nd, and so takes
// 腊月 2029's 30th day.
bool icuIsOffHere(const QDate &day)
{
    return (day >= QDate(2027, 2, 6) && day <= QDate(2027, 3, 7))
        || (day >= QDate(2030, 2, 2) && day <= QDate(2030, 3, 3));
}
bool icuIsOffHere(const LunarDate &d)
{
    if (d.leap || !(d.month == 1 || d.month == 12))
        return false;
    const int year = d.month == 1 ? d.year : d.year + 1;
    return year == 2027 || year == 2030;
}
// The published lunar date of a day where ICU is off.
LunarDate published(const QDate &day)
{
    if (day.year() == 2027)
        return { 2027, 1, int(QDate(2027, 2, 6).daysTo(day)) + 1, false };
    if (day == QDate(2030, 2, 2))
        return { 2029, 12, 30, false };
    return { 2030, 1, int(QDate(2030, 2, 3).daysTo(day)) + 1, false };
}

quint32 key(const LunarDate &d)
{
    return quint32(d.year) << 11 | quint32(d.month) << 6 | quint32(d.day) << 1 | quint32(d.leap);
}

} // namespace

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDayOf2024To2030RoundTrips()
    {
        IcuReference icu;
        int days = 0;
        for (QDate day(2024, 1, 1); day <= QDate(2030, 12, 31); day = day.addDays(1)) {
            const LunarDate expected = icuIsOffHere(day) ? published(day) : icu.of(day);
            QCOMPARE(LunarCalendar::fromGregorian(day), expected);
            QCOMPARE(LunarCalendar::toGregorian(expected), day);
            ++days;
        }
        QCOMPARE(days, 2557);
    }

    void everyLunarDateOf2024To2030ExistsExactlyWhenIcuHasIt()
    {
        // What ICU says exists: every day from the lunar new year of 2024 to that of 2031.
        IcuReference icu;
        QHash<quint32, QDate> existing;
        for (QDate day(2024, 1, 1); day <= QDate(2031, 3, 1); day = day.addDays(1)) {
            const LunarDate d = icu.of(day);
            if (d.year >= 2024 && d.year <= 2030 && !icuIsOffHere(d))
                existing.insert(key(d), day);
        }
        int valid = 0;
        for (int year = 2024; year <= 2030; ++year) {
            for (int month = 1; month <= 12; ++month) {
                for (bool leap : { false, true }) {
                    for (int day = 1; day <= 30; ++day) {
                        const LunarDate d { year, month, day, leap };
                        const QDate gregorian = LunarCalendar::toGregorian(d);
                        if (icuIsOffHere(d)) {
                            valid += gregorian.isValid();
                            continue; // checked in icuIsOneDayOffIn2027And2030
                        }
                        QCOMPARE(gregorian, existing.value(key(d)));
                        valid += gregorian.isValid();
                    }
                }
            }
        }
        // 腊月 2026 (29 days) and 正月 2027 (30), 腊月 2029 (30) and 正月 2030 (29).
        QCOMPARE(valid, existing.size() + 29 + 30 + 30 + 29);
        // Seven lunar years of 353–385 days each.
        QVERIFY(valid > 7 * 353 && valid < 7 * 385);
    }

    void leapMonthsAreThePublishedOnes()
    {
        QCOMPARE(LunarCalendar::leapMonthOf(2023), 2); // 闰二月
        QCOMPARE(LunarCalendar::leapMonthOf(2025), 6); // 闰六月
        QCOMPARE(LunarCalendar::leapMonthOf(2028), 5); // 闰五月
        for (int year : { 2024, 2026, 2027, 2029, 2030 })
            QCOMPARE(LunarCalendar::leapMonthOf(year), 0);
        // 2025's leap sixth month began on 25 July 2025.
        QCOMPARE(LunarCalendar::toGregorian({ 2025, 6, 1, true }), QDate(2025, 7, 25));
        QCOMPARE(LunarCalendar::fromGregorian(QDate(2025, 7, 25)),
                 (LunarDate { 2025, 6, 1, true }));
        QCOMPARE(LunarCalendar::daysInMonth(2025, 6, false)
                     + LunarCalendar::daysInMonth(2025, 6, true),
                 59);
        QCOMPARE(LunarCalendar::daysInMonth(2024, 6, true), 0);
    }

    void newYearsAreThePublishedOnes()
    {
        const QList<QDate> springFestivals
            = { QDate(2024, 2, 10), QDate(2025, 1, 29), QDate(2026, 2, 17), QDate(2027, 2, 6),
                QDate(2028, 1, 26), QDate(2029, 2, 13), QDate(2030, 2, 3) };
        for (const QDate &day : springFestivals) {
            QCOMPARE(LunarCalendar::toGregorian({ day.year(), 1, 1, false }), day);
            QCOMPARE(LunarCalendar::fromGregorian(day.addDays(-1)).year, day.year() - 1);
        }
    }

    void icuIsOneDayOffIn2027And2030()
    {
        // The published calendar: 腊月 2026 has 29 days, 正月 2027 runs 6 Feb – 7 Mar 2027.
        QCOMPARE(LunarCalendar::daysInMonth(2026, 12, false), 29);
        QVERIFY(!LunarCalendar::toGregorian({ 2026, 12, 30, false }).isValid());
        QCOMPARE(LunarCalendar::toGregorian({ 2026, 12, 29, false }), QDate(2027, 2, 5));
        QCOMPARE(LunarCalendar::fromGregorian(QDate(2027, 2, 5)),
                 (LunarDate { 2026, 12, 29, false }));
        QCOMPARE(LunarCalendar::fromGregorian(QDate(2027, 2, 6)),
                 (LunarDate { 2027, 1, 1, false }));
        QCOMPARE(LunarCalendar::daysInMonth(2027, 1, false), 30);
        QCOMPARE(LunarCalendar::toGregorian({ 2027, 1, 30, false }), QDate(2027, 3, 7));
        QCOMPARE(LunarCalendar::fromGregorian(QDate(2027, 3, 8)),
                 (LunarDate { 2027, 2, 1, false }));
        // 2030: 腊月 2029 has 30 days, 正月 2030 runs 3 Feb – 3 Mar 2030.
        QCOMPARE(LunarCalendar::toGregorian({ 2029, 12, 30, false }), QDate(2030, 2, 2));
        QCOMPARE(LunarCalendar::fromGregorian(QDate(2030, 2, 3)),
                 (LunarDate { 2030, 1, 1, false }));
        QCOMPARE(LunarCalendar::daysInMonth(2030, 1, false), 29);
        QVERIFY(!LunarCalendar::toGregorian({ 2030, 1, 30, false }).isValid());
        QCOMPARE(LunarCalendar::fromGregorian(QDate(2030, 3, 4)),
                 (LunarDate { 2030, 2, 1, false }));
        // ICU itself, so that this test notices when a newer ICU fixes it (then the table in
        // lunarcalendar.cpp goes).
        IcuReference icu;
        QCOMPARE(icu.of(QDate(2027, 2, 6)), (LunarDate { 2026, 12, 30, false }));
        QCOMPARE(icu.of(QDate(2030, 2, 2)), (LunarDate { 2030, 1, 1, false }));
    }

    void monthsHave29Or30Days()
    {
        for (int year = 2024; year <= 2030; ++year) {
            for (int month = 1; month <= 12; ++month) {
                const int days = LunarCalendar::daysInMonth(year, month, false);
                QVERIFY2(days == 29 || days == 30, qPrintable(QString::number(year)));
            }
        }
    }

    void junkIsRefused()
    {
        QVERIFY(!LunarCalendar::toGregorian({ 2025, 13, 1, false }).isValid());
        QVERIFY(!LunarCalendar::toGregorian({ 2025, 0, 1, false }).isValid());
        QVERIFY(!LunarCalendar::toGregorian({ 2025, 5, 0, false }).isValid());
        QVERIFY(!LunarCalendar::toGregorian({ 2025, 5, 31, false }).isValid());
        QVERIFY(!LunarCalendar::toGregorian({ 2025, 5, -3, false }).isValid());
        QVERIFY(!LunarCalendar::toGregorian({ 2025, 5, 1, true }).isValid()); // 2025 leaps the 6th
        QVERIFY(!LunarCalendar::toGregorian({ 1200, 1, 1, false }).isValid());
        QVERIFY(!LunarCalendar::toGregorian({ 0, 1, 1, false }).isValid());
        QCOMPARE(LunarCalendar::fromGregorian(QDate()), LunarDate {});
        QCOMPARE(LunarCalendar::fromGregorian(QDate(1066, 10, 14)), LunarDate {});
        // Asking again (now from the cache) gives the same answers.
        QVERIFY(!LunarCalendar::toGregorian({ 2025, 5, 1, true }).isValid());
        QCOMPARE(LunarCalendar::toGregorian({ 2025, 6, 1, true }), QDate(2025, 7, 25));
    }
};

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
