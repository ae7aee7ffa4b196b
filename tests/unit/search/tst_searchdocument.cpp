// The FTS5 column texts of a customer, and the MATCH expression of what a guide types.
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "search/searchdocument.h"
#include "search/searchquery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::search;

class TestSearchDocument : public QObject
{
    Q_OBJECT

private:
    PinyinConverter m_pinyin;
    ChineseVariants m_variants;

private Q_SLOTS:
    void documentHoldsEveryForm()
    {
        const SearchDocument doc = buildSearchDocument(m_pinyin, m_variants, u"張三"_s, u"Coco"_s,
                                                       u"喜欢紅色, VIP8"_s, u"1234"_s);
        QCOMPARE(doc.hanzi, u"张 三"_s);
        QCOMPARE(doc.pinyin, u"zhang san zhangsan"_s);
        QCOMPARE(doc.initials, u"zs"_s);
        QCOMPARE(doc.remark, u"coco 喜 欢 红 色 vip 8"_s);
        QCOMPARE(doc.phone4, u"1234"_s);
    }

    void longerNamesJoinTheGivenNameToo()
    {
        const SearchDocument doc
            = buildSearchDocument(m_pinyin, m_variants, u"曾小明"_s, {}, {}, {});
        QCOMPARE(doc.hanzi, u"曾 小 明"_s);
        QCOMPARE(doc.pinyin, u"zeng xiao ming zengxiaoming xiaoming"_s);
        QCOMPARE(doc.initials, u"zxm"_s);
        QCOMPARE(doc.remark, QString());
        QCOMPARE(doc.phone4, QString());
    }

    void latinPartsOfANameStayWords()
    {
        const SearchDocument doc
            = buildSearchDocument(m_pinyin, m_variants, u"Ｌｉｌｙ 王"_s, {}, {}, {});
        QCOMPARE(doc.hanzi, u"lily 王"_s);
        QCOMPARE(doc.pinyin, u"lily wang lilywang"_s);
        QCOMPARE(doc.initials, u"lw"_s);
    }

    void phoneKeepsTheLastFourDigitsOnly_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("phone4");
        QTest::newRow("four digits") << u"1234"_s << u"1234"_s;
        QTest::newRow("masked number") << u"138****1234"_s << u"1234"_s;
        QTest::newRow("spaces") << u" 12 34 "_s << u"1234"_s;
        QTest::newRow("too short") << u"123"_s << QString();
        QTest::newRow("letters") << u"abcd"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void phoneKeepsTheLastFourDigitsOnly()
    {
        QFETCH(QString, given);
        QFETCH(QString, phone4);
        QCOMPARE(buildSearchDocument(m_pinyin, m_variants, u"张三"_s, {}, {}, given).phone4,
                 phone4);
    }

    void junkNamesGiveEmptyColumnsNotACrash()
    {
        const SearchDocument doc = buildSearchDocument(m_pinyin, m_variants, u"😀"_s + QChar(0xd800),
                                                       u"\"*:^"_s, QString(QChar(0xdc00)), u"x"_s);
        QCOMPARE(doc.hanzi, QString());
        QCOMPARE(doc.pinyin, QString());
        QCOMPARE(doc.initials, QString());
        QCOMPARE(doc.remark, QString());
        QCOMPARE(doc.phone4, QString());
    }

    void queryExpressions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        const QString letters = u"{initials pinyin remark} : "_s;
        QTest::newRow("initials") << u"zs"_s << letters + u"\"zs\"*"_s;
        QTest::newRow("spaced pinyin joins") << u"zhang san"_s << letters + u"\"zhangsan\"*"_s;
        QTest::newRow("upper case") << u"ZHANG S"_s << letters + u"\"zhangs\"*"_s;
        QTest::newRow("full width") << u"ｚｓ"_s << letters + u"\"zs\"*"_s;
        QTest::newRow("ideographic space joins") << u"zhang　san"_s << letters + u"\"zhangsan\"*"_s;
        QTest::newRow("digits") << u"1234"_s << u"{phone4 remark} : \"1234\"*"_s;
        QTest::newRow("full-width digits") << u"１２３４"_s << u"{phone4 remark} : \"1234\"*"_s;
        QTest::newRow("hanzi") << u"張三"_s << u"{hanzi remark} : \"张 三\"*"_s;
        QTest::newRow("hanzi split by space")
            << u"张 三"_s << u"{hanzi remark} : \"张\"* AND {hanzi remark} : \"三\"*"_s;
        QTest::newRow("pinyin then hanzi")
            << u"zhang三"_s << letters + u"\"zhang\"* AND {hanzi remark} : \"三\"*"_s;
        QTest::newRow("letters then digits")
            << u"vip8"_s << letters + u"\"vip\"* AND {phone4 remark} : \"8\"*"_s;
        QTest::newRow("comma does not join")
            << u"zhang,san"_s << letters + u"\"zhang\"* AND "_s + letters + u"\"san\"*"_s;
        // A quote is not a space, so the words stay apart; OR is a plain word, quoted.
        QTest::newRow("operators are words")
            << u"a\" OR *"_s << letters + u"\"a\"* AND "_s + letters + u"\"or\"*"_s;
        QTest::newRow("column filter is words")
            << u"hanzi:zs"_s << letters + u"\"hanzi\"* AND "_s + letters + u"\"zs\"*"_s;
        QTest::newRow("only symbols") << u"!@#$%^&*()"_s << QString();
        QTest::newRow("emoji") << u"😀🌸"_s << QString();
        QTest::newRow("lone surrogates") << (QString(QChar(0xd800)) + QChar(0xdfff)) << QString();
        QTest::newRow("spaces") << u"   "_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void queryExpressions()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(toMatchExpression(m_pinyin, m_variants, typed), expression);
    }

    void queriesAreBounded()
    {
        const QString oneLongWord = toMatchExpression(m_pinyin, m_variants, QString(100000, u'x'));
        QCOMPARE(oneLongWord, u"{initials pinyin remark} : \""_s + QString(32, u'x') + u"\"*"_s);
        QString manyTerms;
        for (int i = 0; i < 50; ++i)
            manyTerms += u"a1"_s;
        QCOMPARE(toMatchExpression(m_pinyin, m_variants, manyTerms).count(u" AND "_s), 7);
        // Han characters outside the BMP count as one character each and are never cut in half.
        QString longHan;
        for (int i = 0; i < 40; ++i)
            longHan += u"𠀾"_s;
        const QString han = toMatchExpression(m_pinyin, m_variants, longHan);
        QCOMPARE(han.count(u"𠀾"_s), 32);
        QCOMPARE(han.size(), QString(u"{hanzi remark} : \"\"*"_s).size() + 32 * 2 + 31);
    }
};

QTEST_GUILESS_MAIN(TestSearchDocument)
#include "tst_searchdocument.moc"
