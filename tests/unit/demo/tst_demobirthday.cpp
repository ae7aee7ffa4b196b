// Birthdays: the ICU Chinese-calendar conversions (leap months, 30th days, years that begin
// at Spring Festival) and the mix of birthdays drawn.
#include "demo/demobirthday.h"
#include "demo/demorandom.h"

#include <QHash>
#include <QTest>
#include <stdexcept>

using namespace gd::demo;
using namespace Qt::StringLiterals;

class TestDemoBirthday : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lunarOfKnownDays_data()
    {
        QTest::addColumn<QDate>("gregorian");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<bool>("leap");
        QTest::addColumn<int>("day");
        QTest::newRow("闰四月 2020") << QDate(2020, 6, 1) << 2020 << 4 << true << 10;
        QTest::newRow("闰二月 2023") << QDate(2023, 3, 22) << 2023 << 2 << true << 1;
        QTest::newRow("春节 2024") << QDate(2024, 2, 10) << 2024 << 1 << false << 1;
        QTest::newRow("除夕 2024") << QDate(2024, 2, 9) << 2023 << 12 << false << 30;
        QTest::newRow("腊月 before 春节 1990") << QDate(1990, 1, 20) << 1989 << 12 << false << 24;
        QTest::newRow("中秋 1985") << QDate(1985, 9, 29) << 1985 << 8 << false << 15;
    }
    void lunarOfKnownDays()
    {
        QFETCH(QDate, gregorian);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(bool, leap);
        QFETCH(int, day);
        const DemoBirthday expected { true, year, month, day, leap };
        QCOMPARE(lunarOf(gregorian), expected);
        QCOMPARE(gregorianOfLunar(year, month, leap, day), gregorian);
    }

    void missingLunarDatesAreInvalid()
    {
        QVERIFY(!gregorianOfLunar(2021, 4, true, 1).isValid()); // 2021 has no leap month
        QVERIFY(!gregorianOfLunar(2020, 5, true, 1).isValid()); // 2020's leap month is the 4th
        QVERIFY(gregorianOfLunar(2020, 4, true, 29).isValid());
        QVERIFY(!gregorianOfLunar(2020, 4, true, 30).isValid()); // 闰四月 2020 has 29 days
        QVERIFY(!gregorianOfLunar(2024, 0, false, 1).isValid());
        QVERIFY(!gregorianOfLunar(2024, 13, false, 1).isValid());
        QVERIFY(!gregorianOfLunar(2024, 1, false, 0).isValid());
        QVERIFY(!gregorianOfLunar(2024, 1, false, 31).isValid());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)lunarOf(QDate()));
    }

    // Every day of a century goes to the lunar calendar and back unchanged, and the months
    // come out as the lunar calendar has them: 29 or 30 days, a leap month in 7 years of 19.
    void everyDayRoundTrips()
    {
        int day30 = 0;
        int leapDays = 0;
        for (QDate d(1940, 1, 1); d < QDate(2040, 1, 1); d = d.addDays(1)) {
            const DemoBirthday b = lunarOf(d);
            QVERIFY(b.month >= 1 && b.month <= 12 && b.day >= 1 && b.day <= 30);
            QCOMPARE(gregorianOfLunar(b.year, b.month, b.leapMonth, b.day), d);
            day30 += b.day == 30;
            leapDays += b.leapMonth;
        }
        // 100 years ≈ 1237 lunar months, about half of them long; ≈ 37 leap months.
        QVERIFY2(day30 > 550 && day30 < 700, qPrintable(QString::number(day30)));
        QVERIFY2(leapDays > 30 * 29 && leapDays < 40 * 30, qPrintable(QString::number(leapDays)));
    }

    // Ages outside 18–68 used to be clamped to exactly 18 or 68 years: one in twenty demo
    // customers then had their birthday the day before "today" and turned 18 (the Today
    // page's birthday card was a wall of "1 day ago · turns 18").
    void drawnBirthdaysAreSpreadOverTheYear()
    {
        const QDate today(2026, 12, 2);
        DemoRandom r(7);
        QHash<int, int> byDay; // Gregorian birthdays with a year: month * 100 + day
        int dated = 0;
        for (int i = 0; i < 40000; ++i) {
            const DemoBirthday b = drawBirthday(r, today);
            // 29 February is drawn on purpose more often (the mix test checks its share).
            if (b.month == 0 || b.lunar || b.year == 0 || (b.month == 2 && b.day == 29))
                continue;
            ++byDay[b.month * 100 + b.day];
            ++dated;
        }
        const double average = double(dated) / 365.25;
        int busiest = 0;
        for (const int count : std::as_const(byDay))
            busiest = std::max(busiest, count);
        QVERIFY2(busiest < 2.0 * average,
                 qPrintable(u"the busiest day has %1 birthdays, %2 on average"_s.arg(busiest).arg(
                     average)));
        const QDate yesterday = today.addDays(-1);
        QVERIFY(byDay.value(yesterday.month() * 100 + yesterday.day()) < 2.0 * average);
    }

    void drawnBirthdaysHaveTheIntendedMix()
    {
        const QDate today(2026, 11, 22);
        DemoRandom r(11);
        const int n = 40000;
        int none = 0, lunar = 0, noYear = 0, feb29 = 0, leap = 0, lunar30 = 0;
        for (int i = 0; i < n; ++i) {
            const DemoBirthday b = drawBirthday(r, today);
            if (b.month == 0) {
                ++none;
                QCOMPARE(b, DemoBirthday {});
                continue;
            }
            noYear += b.year == 0;
            if (b.lunar) {
                ++lunar;
                leap += b.leapMonth;
                lunar30 += b.day == 30;
                if (b.year != 0)
                    QVERIFY(gregorianOfLunar(b.year, b.month, b.leapMonth, b.day).isValid());
                else
                    QVERIFY2(!b.leapMonth, "a leap month needs a year");
                continue;
            }
            feb29 += b.month == 2 && b.day == 29;
            const QDate born(b.year == 0 ? 2000 : b.year, b.month, b.day); // 2000 is a leap year
            QVERIFY(born.isValid());
            if (b.year != 0) {
                QVERIFY(born <= today.addYears(-18));
                QVERIFY(born >= today.addYears(-70));
            }
        }
        const int recorded = n - none;
        QVERIFY(none > n * 0.13 && none < n * 0.17);
        QVERIFY(lunar > recorded * 0.17 && lunar < recorded * 0.23);
        QVERIFY(noYear > recorded * 0.12 && noYear < recorded * 0.18);
        QVERIFY(feb29 > recorded * 0.003 && feb29 < recorded * 0.01);
        QVERIFY(leap > 0);
        QVERIFY(lunar30 > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoBirthday)
#include "tst_demobirthday.moc"
