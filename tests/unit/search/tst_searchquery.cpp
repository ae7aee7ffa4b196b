// What a guide types, against a real FTS5 table filled through buildSearchDocument(): the
// right customers come back, and no input, however broken, makes FTS5 raise an error.
#include "ftstestdatabase.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "search/searchdocument.h"
#include "search/searchquery.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::search;

namespace {

struct Customer
{
    QString name, nickname, remark, phone4;
};

// rowid = index + 1. Chosen so that near misses exist: 张珊 is also "zs", 刘德华's phone
// shares a prefix with 张三's, 黎明's contains 123 but does not start with it.
const QList<Customer> customers = {
    { u"张三"_s, {}, {}, u"1234"_s },
    { u"李四"_s, {}, {}, u"5678"_s },
    { u"张珊"_s, {}, {}, u"0001"_s },
    { u"張偉"_s, {}, {}, u"0002"_s }, // stored in traditional form
    { u"张小凡"_s, {}, {}, u"0003"_s },
    { u"曾小明"_s, {}, {}, u"0004"_s },
    { u"曾国藩"_s, {}, {}, u"0005"_s },
    { u"单田芳"_s, {}, {}, u"0006"_s },
    { u"欧阳娜娜"_s, {}, {}, u"0007"_s },
    { u"周杰"_s, u"Jay"_s, u"喜欢红色"_s, u"0008"_s },
    { u"陈大文"_s, {}, u"VIP8 老客户"_s, u"0009"_s },
    { u"诸葛亮"_s, {}, {}, u"0010"_s },
    { u"司马光"_s, {}, {}, u"0011"_s },
    { u"尉迟恭"_s, {}, {}, u"0012"_s },
    { u"万俟卨"_s, {}, {}, u"0013"_s },
    { u"解晓东"_s, {}, {}, u"0014"_s },
    { u"仇英"_s, {}, {}, u"0015"_s },
    { u"区丽"_s, {}, {}, u"0016"_s },
    { u"查良镛"_s, {}, {}, u"0017"_s },
    { u"朴槿惠"_s, {}, {}, u"0018"_s },
    { u"Lily王"_s, {}, {}, u"0019"_s },
    { u"刘德华"_s, {}, {}, u"1235"_s },
    { u"黎明"_s, {}, {}, u"9123"_s },
    { u"林志玲"_s, {}, u"喜欢蓝色"_s, u"0020"_s },
    { u"郭富城"_s, {}, {}, u"0021"_s },
    { u"孙燕姿"_s, {}, {}, u"0022"_s },
    { u"周润发"_s, u"发哥"_s, {}, u"0023"_s },
    { u"梁朝伟"_s, {}, {}, u"0024"_s },
    { u"王菲"_s, {}, u"不曾来过"_s, u"0025"_s },
    { u"單車"_s, {}, {}, {} }, // surname 單 read shan, no phone
};

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT

private:
    PinyinConverter m_pinyin;
    ChineseVariants m_variants;
    gd::search::test::FtsTestDatabase m_db;

    // Names found for what was typed, in rowid order.
    QStringList find(const QString &typed, bool asUtf16 = false)
    {
        const QString expression = toMatchExpression(m_pinyin, m_variants, typed);
        if (expression.isEmpty())
            return {};
        bool ok = false;
        const QList<qint64> rowIds = m_db.match(expression, &ok, asUtf16);
        if (!ok)
            qWarning("FTS5 rejected %s: %s", qPrintable(expression), qPrintable(m_db.error()));
        QStringList names;
        for (qint64 rowId : rowIds)
            names << customers.at(rowId - 1).name;
        return ok ? names : QStringList { u"<error>"_s };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.error().isEmpty(), qPrintable(m_db.error()));
        for (qsizetype i = 0; i < customers.size(); ++i) {
            const Customer &c = customers[i];
            const SearchDocument doc
                = buildSearchDocument(m_pinyin, m_variants, c.name, c.nickname, c.remark, c.phone4);
            QVERIFY2(
                m_db.insert(i + 1, { doc.hanzi, doc.pinyin, doc.initials, doc.remark, doc.phone4 }),
                qPrintable(m_db.error()));
        }
    }

    void findsTheRightCustomers_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        const QStringList zhangs = { u"张三"_s, u"张珊"_s, u"張偉"_s, u"张小凡"_s };
        QTest::newRow("zs") << u"zs"_s << QStringList { u"张三"_s, u"张珊"_s };
        QTest::newRow("zhang") << u"zhang"_s << zhangs;
        QTest::newRow("zhangs") << u"zhangs"_s << QStringList { u"张三"_s, u"张珊"_s };
        QTest::newRow("zhang san") << u"zhang san"_s << QStringList { u"张三"_s };
        QTest::newRow("ZHANG SAN") << u"ZHANG SAN"_s << QStringList { u"张三"_s };
        QTest::newRow("zhangsan") << u"zhangsan"_s << QStringList { u"张三"_s };
        QTest::newRow("full-width zs") << u"ｚｓ"_s << QStringList { u"张三"_s, u"张珊"_s };
        QTest::newRow("张") << u"张"_s << zhangs;
        QTest::newRow("張") << u"張"_s << zhangs;
        QTest::newRow("张三") << u"张三"_s << QStringList { u"张三"_s };
        QTest::newRow("张伟 finds 張偉") << u"张伟"_s << QStringList { u"張偉"_s };
        QTest::newRow("zhang三") << u"zhang三"_s << QStringList { u"张三"_s };
        QTest::newRow("1234") << u"1234"_s << QStringList { u"张三"_s };
        QTest::newRow("123 is a prefix") << u"123"_s << QStringList { u"张三"_s, u"刘德华"_s };
        QTest::newRow("zs 1234") << u"zs 1234"_s << QStringList { u"张三"_s };
        QTest::newRow("ls 1234") << u"ls 1234"_s << QStringList();
        QTest::newRow("zeng") << u"zeng"_s << QStringList { u"曾小明"_s, u"曾国藩"_s };
        QTest::newRow("zxm") << u"zxm"_s << QStringList { u"曾小明"_s };
        QTest::newRow("given name") << u"xiaoming"_s << QStringList { u"曾小明"_s };
        QTest::newRow("shan") << u"shan"_s << QStringList { u"张珊"_s, u"单田芳"_s, u"單車"_s };
        QTest::newRow("stf") << u"stf"_s << QStringList { u"单田芳"_s };
        QTest::newRow("oyn") << u"oyn"_s << QStringList { u"欧阳娜娜"_s };
        QTest::newRow("ouyang") << u"ouyang"_s << QStringList { u"欧阳娜娜"_s };
        QTest::newRow("ou yang") << u"ou yang"_s << QStringList { u"欧阳娜娜"_s };
        QTest::newRow("歐陽") << u"歐陽"_s << QStringList { u"欧阳娜娜"_s };
        QTest::newRow("zhuge") << u"zhuge"_s << QStringList { u"诸葛亮"_s };
        QTest::newRow("yuchi") << u"yuchi"_s << QStringList { u"尉迟恭"_s };
        QTest::newRow("moqi") << u"moqi"_s << QStringList { u"万俟卨"_s };
        QTest::newRow("xie") << u"xie"_s << QStringList { u"解晓东"_s, u"万俟卨"_s };
        QTest::newRow("qiu") << u"qiu"_s << QStringList { u"仇英"_s };
        QTest::newRow("piao") << u"piao"_s << QStringList { u"朴槿惠"_s };
        QTest::newRow("zha") << u"zha"_s
                             << QStringList { u"张三"_s, u"张珊"_s, u"張偉"_s, u"张小凡"_s,
                                              u"查良镛"_s };
        QTest::newRow("remark 红色") << u"红色"_s << QStringList { u"周杰"_s };
        QTest::newRow("remark 喜欢") << u"喜欢"_s << QStringList { u"周杰"_s, u"林志玲"_s };
        QTest::newRow("remark word") << u"vip"_s << QStringList { u"陈大文"_s };
        QTest::newRow("remark word+digit") << u"VIP8"_s << QStringList { u"陈大文"_s };
        QTest::newRow("nickname") << u"jay"_s << QStringList { u"周杰"_s };
        QTest::newRow("Han nickname") << u"发哥"_s << QStringList { u"周润发"_s };
        QTest::newRow("曾 in names and a remark")
            << u"曾"_s << QStringList { u"曾小明"_s, u"曾国藩"_s, u"王菲"_s };
        QTest::newRow("Latin name") << u"lily"_s << QStringList { u"Lily王"_s };
        QTest::newRow("Latin name initials") << u"lw"_s << QStringList { u"Lily王"_s };
        QTest::newRow("nobody") << u"qqq"_s << QStringList();
    }
    void findsTheRightCustomers()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        // Compare as sets: the row order is FTS5's business.
        QStringList got = find(typed);
        got.sort();
        found.sort();
        QCOMPARE(got, found);
    }

    void junkNeverBreaksFts5_data()
    {
        QTest::addColumn<QString>("typed");
        const QStringList junk = {
            u"\""_s,
            u"\"\""_s,
            u"\"zs"_s,
            u"zs\""_s,
            u"*"_s,
            u"zs*"_s,
            u"**zs"_s,
            u"NEAR(zs li)"_s,
            u"NEAR(zs li, 2)"_s,
            u"AND"_s,
            u"OR"_s,
            u"NOT"_s,
            u"zs AND"_s,
            u"zs OR li NOT wang"_s,
            u"-zs"_s,
            u"+zs"_s,
            u"^zs"_s,
            u"zs^"_s,
            u"hanzi:zs"_s,
            u"{hanzi pinyin}:zs"_s,
            u"-{hanzi}:zs"_s,
            u":"_s,
            u"(((zs"_s,
            u"zs)))"_s,
            u"'; DROP TABLE customer_search; --"_s,
            u"\\"_s,
            u"%_"_s,
            u"' OR 1=1 --"_s,
            u"😀"_s,
            u"👨‍👩‍👧"_s,
            QString(QChar(0xd800)),
            QString(QChar(0xdfff)) + u"zs"_s,
            QString(QChar(0)) + u"zs"_s,
            u"\u0301\u0301"_s,
            u"e\u0301"_s,
            u"\u200d\u200b\ufeff"_s,
            u"\u202e张三"_s,
            u"한국어"_s,
            u"ภาษาไทย"_s,
            u"हिन्दी"_s,
            u"عربى"_s,
            u"Ωμέγα"_s,
            u"ß ﬁ ǅ"_s,
            u"𝔷𝔰"_s,
            u"Ⅻ ½ ²"_s,
            u"\U0001E030\U00011F00"_s,
            u"\U00031350"_s,
            u"\U000F0000"_s,
            u"\uE000"_s,
            u"\uFFFF\uFFFE"_s,
            u"全角ＡＮＤ＂＊"_s,
        };
        for (const QString &typed : junk)
            QTest::newRow(typed.toUtf8().toPercentEncoding().constData()) << typed;
        QString tenKilobytes;
        for (int i = 0; i < 10 * 1024; ++i)
            tenKilobytes += QChar(u"\"*:^(){}-+ANDNEAR张三 1234'"[i % 27]);
        QTest::newRow("10 KB of operators") << tenKilobytes;
    }
    void junkNeverBreaksFts5()
    {
        QFETCH(QString, typed);
        QVERIFY(!find(typed).contains(u"<error>"_s));
        QVERIFY(!find(typed, true).contains(u"<error>"_s));
    }

    // Qt and SQLite's unicode61 may disagree on which code points are letters (their Unicode
    // tables differ in version), so a quoted term can reach FTS5 holding nothing it keeps as
    // a token. FTS5 must take such a phrase as matching nothing, not as an error.
    void termFts5CannotTokenizeMatchesNothing()
    {
        for (const QString &expression :
             { u"{initials pinyin remark} : \"\u0301\"*"_s, u"{hanzi remark} : \"\"*"_s,
               u"{phone4 remark} : \"1234\"* AND {initials pinyin remark} : \"\u200b\"*"_s }) {
            bool ok = false;
            QVERIFY(m_db.match(expression, &ok).isEmpty());
            QVERIFY2(ok, qPrintable(m_db.error()));
        }
    }

    // Random code points from every plane, fixed seed so a failure reproduces.
    void randomInputNeverBreaksFts5()
    {
        QRandomGenerator random(20240601);
        for (int round = 0; round < 2000; ++round) {
            QString typed;
            const int length = int(random.bounded(1, 40));
            for (int i = 0; i < length; ++i) {
                const quint32 pick = random.bounded(10);
                char32_t c = 0;
                if (pick < 3)
                    c = char32_t(random.bounded(0x20, 0x7f)); // ASCII incl. every operator
                else if (pick < 5)
                    c = char32_t(random.bounded(0x4e00, 0xa000)); // common Han
                else if (pick < 6)
                    c = char32_t(random.bounded(0xd800, 0xe000)); // lone surrogate halves
                else
                    c = char32_t(random.bounded(0, 0x110000));
                if (c >= 0xd800 && c < 0xe000)
                    typed += QChar(char16_t(c));
                else
                    typed += QString::fromUcs4(&c, 1);
            }
            const QStringList found = find(typed);
            QVERIFY2(!found.contains(u"<error>"_s), typed.toUtf8().toPercentEncoding().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
