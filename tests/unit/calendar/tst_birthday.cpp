// When a birthday is next celebrated, and how old the customer turns: Gregorian, lunar,
// without a year, and the three rules (29 February, a leap-month birthday in a year without
// that leap month, day 30 in a 29-day month); junk birthdays are refused.
#include "calendar/birthday.h"
#include "calendar/lunarcalendar.h"

#include <QTest>

using namespace gd::calendar;

// Declared before the test uses it as a data column (a Release build instantiates the
// metatype at the first use and refuses a later declaration).
Q_DECLARE_METATYPE(Birthday)

namespace {

Birthday gregorian(int year, int month, int day)
{
    return { false, year, month, day, false };
}
Birthday lunar(int year, int month, int day, bool leap = false)
{
    return { true, year, month, day, leap };
}

} // namespace

class TestBirthday : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gregorianNextCelebration()
    {
        const Birthday b = gregorian(1990, 6, 15);
        QCOMPARE(nextCelebration(b, QDate(2026, 6, 1)).date, QDate(2026, 6, 15));
        QCOMPARE(nextCelebration(b, QDate(2026, 6, 15)).date, QDate(2026, 6, 15)); // today counts
        QCOMPARE(nextCelebration(b, QDate(2026, 6, 16)).date, QDate(2027, 6, 15));
        QCOMPARE(nextCelebration(gregorian(0, 1, 1), QDate(2026, 12, 31)).date, QDate(2027, 1, 1));
    }

    void february29IsFebruary28InOtherYears()
    {
        const Birthday b = gregorian(2000, 2, 29);
        QCOMPARE(nextCelebration(b, QDate(2025, 1, 1)).date, QDate(2025, 2, 28));
        QCOMPARE(nextCelebration(b, QDate(2028, 1, 1)).date, QDate(2028, 2, 29));
        QCOMPARE(nextCelebration(b, QDate(2027, 3, 1)).date, QDate(2028, 2, 29));
        QCOMPARE(nextCelebration(gregorian(0, 2, 29), QDate(2026, 2, 1)).date, QDate(2026, 2, 28));
        QCOMPARE(*ageOn(b, QDate(2025, 2, 28)), 25);
        QCOMPARE(*ageOn(b, QDate(2025, 2, 27)), 24);
    }

    void lunarNextCelebrationIsThatLunarDay()
    {
        // Born on 正月初一 1990: the Spring Festival of each year.
        const Birthday b = lunar(1990, 1, 1);
        QCOMPARE(nextCelebration(b, QDate(2026, 1, 1)).date, QDate(2026, 2, 17));
        QCOMPARE(nextCelebration(b, QDate(2026, 2, 18)).date, QDate(2027, 2, 6));
        QCOMPARE(nextCelebration(b, QDate(2026, 2, 18)).calendarYear, 2027);
        // 腊月 of the lunar year begun in 2025 falls in January 2026.
        const Birthday lateInYear = lunar(0, 12, 1);
        const QDate expected = LunarCalendar::toGregorian({ 2025, 12, 1, false });
        QCOMPARE(expected.year(), 2026);
        QCOMPARE(nextCelebration(lateInYear, QDate(2026, 1, 1)).date, expected);
    }

    void leapMonthBirthdayInAYearWithoutIt()
    {
        // Born in 2025's 闰六月: celebrated in 闰六月 when a year has it, else in 六月.
        const Birthday b = lunar(2025, 6, 10, true);
        QVERIFY(!birthdayError(b));
        QCOMPARE(nextCelebration(b, QDate(2025, 7, 1)).date,
                 LunarCalendar::toGregorian({ 2025, 6, 10, true }));
        QCOMPARE(nextCelebration(b, QDate(2026, 1, 1)).date,
                 LunarCalendar::toGregorian({ 2026, 6, 10, false }));
        QCOMPARE(nextCelebration(b, QDate(2028, 1, 1)).date,
                 LunarCalendar::toGregorian({ 2028, 6, 10, false })); // 2028 leaps the 5th
        QCOMPARE(*ageOn(b, LunarCalendar::toGregorian({ 2028, 6, 10, false })), 3);
        // Without a year, a leap flag means: the leap month when there is one.
        const Birthday noYear = lunar(0, 5, 3, true);
        QCOMPARE(nextCelebration(noYear, QDate(2028, 1, 1)).date,
                 LunarCalendar::toGregorian({ 2028, 5, 3, true }));
        QCOMPARE(nextCelebration(noYear, QDate(2029, 1, 1)).date,
                 LunarCalendar::toGregorian({ 2029, 5, 3, false }));
    }

    void day30InA29DayMonthIsDay29()
    {
        // Find, in 2024–2030, a month with 30 days followed in the next year by 29 days.
        int checked = 0;
        for (int year = 2024; year < 2030; ++year) {
            for (int month = 1; month <= 12; ++month) {
                const bool full = LunarCalendar::daysInMonth(year, month, false) == 30;
                const bool shortNext = LunarCalendar::daysInMonth(year + 1, month, false) == 29;
                if (!full || !shortNext)
                    continue;
                const Birthday b = lunar(year, month, 30);
                const QDate first = LunarCalendar::toGregorian({ year, month, 1, false });
                QCOMPARE(nextCelebration(b, first).date,
                         LunarCalendar::toGregorian({ year, month, 30, false }));
                const QDate nextFirst = LunarCalendar::toGregorian({ year + 1, month, 1, false });
                QCOMPARE(nextCelebration(b, nextFirst).date,
                         LunarCalendar::toGregorian({ year + 1, month, 29, false }));
                QCOMPARE(*ageOn(b, nextFirst.addDays(28)), 1);
                ++checked;
            }
        }
        QVERIFY(checked > 5);
    }

    void celebrationsOfEveryDayOf2024To2030()
    {
        // Every real lunar date as a birthday: its next celebration on or after that day is
        // that very day, and a day later it is about a year on.
        for (QDate day(2024, 1, 1); day <= QDate(2030, 12, 31); day = day.addDays(7)) {
            const LunarDate l = LunarCalendar::fromGregorian(day);
            const Birthday b = lunar(l.year, l.month, l.day, l.leap);
            QVERIFY(!birthdayError(b));
            QCOMPARE(nextCelebration(b, day).date, day);
            QCOMPARE(*ageOn(b, day), 0);
            const qint64 gap = day.daysTo(nextCelebration(b, day.addDays(1)).date);
            QVERIFY2(gap >= 325 && gap <= 415, qPrintable(day.toString(Qt::ISODate)));
        }
    }

    void ages()
    {
        QCOMPARE(*ageOn(gregorian(1990, 6, 15), QDate(2026, 6, 14)), 35);
        QCOMPARE(*ageOn(gregorian(1990, 6, 15), QDate(2026, 6, 15)), 36);
        QVERIFY(!ageOn(gregorian(0, 6, 15), QDate(2026, 6, 15)));
        QVERIFY(!ageOn(gregorian(2030, 6, 15), QDate(2026, 6, 15))); // not born yet
        // Lunar age counts lunar birthdays: 正月初一 1990 → 36 on 17 Feb 2026, 35 the day before.
        QCOMPARE(*ageOn(lunar(1990, 1, 1), QDate(2026, 2, 17)), 36);
        QCOMPARE(*ageOn(lunar(1990, 1, 1), QDate(2026, 2, 16)), 35);
    }

    void junkIsRefused_data()
    {
        QTest::addColumn<Birthday>("birthday");
        QTest::newRow("month 13") << gregorian(1990, 13, 1);
        QTest::newRow("month 0") << gregorian(1990, 0, 1);
        QTest::newRow("day 0") << gregorian(1990, 5, 0);
        QTest::newRow("day 31 in April") << gregorian(1990, 4, 31);
        QTest::newRow("day 32") << gregorian(0, 1, 32);
        QTest::newRow("29 Feb 2023") << gregorian(2023, 2, 29);
        QTest::newRow("gregorian with leap flag") << Birthday { false, 1990, 5, 1, true };
        QTest::newRow("year 1200") << gregorian(1200, 5, 1);
        QTest::newRow("negative year") << gregorian(-5, 5, 1);
        QTest::newRow("lunar month 13") << lunar(1990, 13, 1);
        QTest::newRow("lunar day 0") << lunar(1990, 3, 0);
        QTest::newRow("lunar day 31") << lunar(0, 3, 31);
        QTest::newRow("lunar leap on a non-leap month") << lunar(2025, 5, 1, true);
        QTest::newRow("lunar leap in a year with none") << lunar(2024, 6, 1, true);
    }
    void junkIsRefused()
    {
        QFETCH(Birthday, birthday);
        QVERIFY(birthdayError(birthday));
        QVERIFY(!nextCelebration(birthday, QDate(2026, 1, 1)).date.isValid());
        QVERIFY(!ageOn(birthday, QDate(2026, 1, 1)));
    }

    void invalidStartDay()
    {
        QVERIFY(!nextCelebration(gregorian(1990, 6, 15), QDate()).date.isValid());
    }
};

QTEST_GUILESS_MAIN(TestBirthday)
#include "tst_birthday.moc"
