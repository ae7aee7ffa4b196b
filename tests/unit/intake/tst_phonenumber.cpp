// The phone and name rules the quick entry, the import and the server share.
#include "intake/birthdayrules.h"
#include "intake/phonenumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::intake;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<int>("kind");
        const int mobile = int(PhoneNumber::Kind::Mobile);
        const int landline = int(PhoneNumber::Kind::Landline);
        const int other = int(PhoneNumber::Kind::International);
        QTest::newRow("mobile") << u"13812341234"_s << u"13812341234"_s << u"138****1234"_s
                                << mobile;
        QTest::newRow("spaces and dashes")
            << u" 138-1234 1234 "_s << u"13812341234"_s << u"138****1234"_s << mobile;
        QTest::newRow("full-width")
            << u"１３９１２３４５６７８"_s << u"13912345678"_s << u"139****5678"_s << mobile;
        QTest::newRow("+86") << u"+86 199 0000 1111"_s << u"19900001111"_s << u"199****1111"_s
                             << mobile;
        QTest::newRow("0086") << u"008613800001111"_s << u"13800001111"_s << u"138****1111"_s
                              << mobile;
        QTest::newRow("Beijing landline")
            << u"(010) 6234-5678"_s << u"01062345678"_s << u"010****5678"_s << landline;
        QTest::newRow("Shenzhen landline")
            << u"0755-8888 1234"_s << u"075588881234"_s << u"075****1234"_s << landline;
        QTest::newRow("+86 landline")
            << u"+86 21 6123 4567"_s << u"02161234567"_s << u"021****4567"_s << landline;
        QTest::newRow("Hong Kong")
            << u"+852 9123 4567"_s << u"+85291234567"_s << u"+85****4567"_s << other;
    }
    void accepted()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QFETCH(QString, masked);
        QFETCH(int, kind);
        const PhoneParse parsed = parsePhone(typed);
        QVERIFY(parsed.number);
        QCOMPARE(parsed.number->digits, digits);
        QCOMPARE(parsed.number->masked(), masked);
        QCOMPARE(parsed.number->last4(), digits.right(4));
        QCOMPARE(int(parsed.number->kind), kind);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << u"  "_s << int(PhoneProblem::Empty);
        QTest::newRow("letters") << u"138abc41234"_s << int(PhoneProblem::NotDigits);
        QTest::newRow("emoji") << u"138📱1234"_s << int(PhoneProblem::NotDigits);
        QTest::newRow("sql") << u"1'; DROP TABLE customers;--"_s << int(PhoneProblem::NotDigits);
        QTest::newRow("ten digits") << u"1381234123"_s << int(PhoneProblem::WrongShape);
        QTest::newRow("twelve digits") << u"138123412345"_s << int(PhoneProblem::WrongShape);
        QTest::newRow("12x is no mobile") << u"12812341234"_s << int(PhoneProblem::WrongShape);
        QTest::newRow("short") << u"1234"_s << int(PhoneProblem::WrongShape);
        QTest::newRow("plus alone") << u"+"_s << int(PhoneProblem::NotDigits);
        QTest::newRow("+86 junk") << u"+861234"_s << int(PhoneProblem::WrongShape);
        QTest::newRow("too long") << u"+1234567890123456"_s << int(PhoneProblem::WrongShape);
    }
    void refused()
    {
        QFETCH(QString, typed);
        QFETCH(int, problem);
        const PhoneParse parsed = parsePhone(typed);
        QVERIFY(!parsed.number);
        QCOMPARE(int(parsed.problem), problem);
    }

    void digitsAreFolded()
    {
        QCOMPARE(asciiDigits(u"尾号 １２34"_s), u"1234"_s);
        QCOMPARE(asciiDigits(u"none"_s), QString());
    }

    void namesAreNormalised()
    {
        QCOMPARE(normalizedName(u"  张 三 "_s), u"张三"_s);
        QCOMPARE(normalizedName(u"Li \t  Na"_s), u"Li Na"_s);
        QCOMPARE(normalizedName(u"Ｌｉ　Ｎａ"_s), u"Li Na"_s); // full-width letters and space
        QCOMPARE(normalizedName(u"王小明🎉"_s), u"王小明🎉"_s);
        QCOMPARE(normalizedName(u"   "_s), QString());
    }

    void birthdays_data()
    {
        QTest::addColumn<bool>("lunar");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("leap");
        QTest::addColumn<bool>("possible");
        QTest::newRow("plain") << false << 1990 << 3 << 5 << false << true;
        QTest::newRow("no year") << false << 0 << 12 << 31 << false << true;
        QTest::newRow("Feb 29 no year") << false << 0 << 2 << 29 << false << true;
        QTest::newRow("Feb 29 leap year") << false << 1996 << 2 << 29 << false << true;
        QTest::newRow("Feb 29 common year") << false << 1995 << 2 << 29 << false << false;
        QTest::newRow("Apr 31") << false << 0 << 4 << 31 << false << false;
        QTest::newRow("month 13") << false << 0 << 13 << 1 << false << false;
        QTest::newRow("day 0") << false << 0 << 1 << 0 << false << false;
        QTest::newRow("gregorian leap") << false << 0 << 1 << 1 << true << false;
        QTest::newRow("year 1800") << false << 1800 << 1 << 1 << false << false;
        QTest::newRow("future") << false << 2999 << 1 << 1 << false << false;
        QTest::newRow("lunar") << true << 1988 << 8 << 15 << false << true;
        QTest::newRow("lunar day 31") << true << 0 << 8 << 31 << false << false;
        QTest::newRow("lunar leap no year") << true << 0 << 4 << 8 << true << true;
        // 2020 had a leap fourth month (闰四月), 2023 a leap second month (闰二月).
        QTest::newRow("2020 leap 4th") << true << 2020 << 4 << 8 << true << true;
        QTest::newRow("2023 leap 2nd") << true << 2023 << 2 << 10 << true << true;
        QTest::newRow("2021 no leap 4th") << true << 2021 << 4 << 8 << true << false;
        QTest::newRow("2020 4th not leap") << true << 2020 << 4 << 8 << false << true;
    }
    void birthdays()
    {
        QFETCH(bool, lunar);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(bool, leap);
        QFETCH(bool, possible);
        QCOMPARE(isPossibleBirthday(Birthday { lunar, year, month, day, leap }), possible);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
