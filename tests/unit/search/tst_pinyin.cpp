// Pinyin of names (surname readings), simplified/traditional, the FTS5 document of a
// customer and the MATCH expression of what a guide types.
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "search/searchdocument.h"
#include "search/searchquery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::search;

class TestPinyin : public QObject
{
    Q_OBJECT

private:
    PinyinConverter m_pinyin;
    ChineseVariants m_variants;

private Q_SLOTS:
    void surnamesReadAsSurnames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("syllables");
        QTest::newRow("张三") << u"张三"_s << u"zhang san"_s;
        QTest::newRow("曾小明") << u"曾小明"_s << u"zeng xiao ming"_s;
        QTest::newRow("单田芳") << u"单田芳"_s << u"shan tian fang"_s;
        QTest::newRow("解晓东") << u"解晓东"_s << u"xie xiao dong"_s;
        QTest::newRow("仇英") << u"仇英"_s << u"qiu ying"_s;
        QTest::newRow("区丽") << u"区丽"_s << u"ou li"_s;
        QTest::newRow("查良镛") << u"查良镛"_s << u"zha liang yong"_s;
        QTest::newRow("朴槿惠") << u"朴槿惠"_s << u"piao jin hui"_s;
        QTest::newRow("尉迟恭") << u"尉迟恭"_s << u"yu chi gong"_s;
        QTest::newRow("万俟卨") << u"万俟卨"_s << u"mo qi xie"_s;
        QTest::newRow("欧阳娜娜") << u"欧阳娜娜"_s << u"ou yang na na"_s;
        QTest::newRow("司马光") << u"司马光"_s << u"si ma guang"_s;
        QTest::newRow("诸葛亮") << u"诸葛亮"_s << u"zhu ge liang"_s;
        QTest::newRow("traditional 曾") << u"曾國藩"_s << u"zeng guo fan"_s;
        QTest::newRow("traditional 單") << u"單田芳"_s << u"shan tian fang"_s;
        QTest::newRow("traditional 張") << u"張三"_s << u"zhang san"_s;
        QTest::newRow("mixed Latin") << u"Lily王"_s << u"lily wang"_s;
        QTest::newRow("曾 not as surname") << u"不曾"_s << u"bu ceng"_s;
    }
    void surnamesReadAsSurnames()
    {
        QFETCH(QString, name);
        QFETCH(QString, syllables);
        QCOMPARE(m_pinyin.nameSyllables(name).join(u' '), syllables);
    }

    void withoutTheSurnameRuleTheCommonReading()
    {
        QCOMPARE(m_pinyin.syllables(u"曾经"_s).join(u' '), u"ceng jing"_s);
    }

    void junkGivesNoSyllablesNotACrash()
    {
        QVERIFY(m_pinyin.nameSyllables(QString()).isEmpty());
        QVERIFY(m_pinyin.nameSyllables(u"😀🌸"_s).isEmpty());
        QVERIFY(m_pinyin.nameSyllables(QString(QChar(0xd800))).isEmpty());
        QCOMPARE(m_pinyin.nameSyllables(u"  王 😀 五 "_s).join(u' '), u"wang wu"_s);
    }

    void eachCharacterGoesThroughIcuOnce()
    {
        PinyinConverter fresh;
        (void)fresh.nameSyllables(u"王小丽"_s);
        const int calls = fresh.icuCalls();
        QCOMPARE(calls, 3);
        for (int i = 0; i < 100; ++i)
            (void)fresh.nameSyllables(u"丽小王"_s);
        QCOMPARE(fresh.icuCalls(), calls);
    }

    void traditionalToSimplified()
    {
        QCOMPARE(m_variants.toSimplified(u"張陳歐陽"_s), u"张陈欧阳"_s);
        QCOMPARE(m_variants.toSimplified(u"abc 123"_s), u"abc 123"_s);
    }

    void documentHoldsEveryForm()
    {
        const SearchDocument doc = buildSearchDocument(m_pinyin, m_variants, u"張三"_s, u"Coco"_s,
                                                       u"喜欢紅色"_s, u"1234"_s);
        QCOMPARE(doc.hanzi, u"张 三"_s);
        QCOMPARE(doc.pinyin, u"zhang san zhangsan"_s);
        QCOMPARE(doc.initials, u"zs"_s);
        QCOMPARE(doc.remark, u"coco 喜 欢 红 色"_s);
        QCOMPARE(doc.phone4, u"1234"_s);
    }

    void queryExpressions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("initials") << u"zs"_s << u"{initials pinyin remark} : \"zs\"*"_s;
        QTest::newRow("spaced pinyin joins")
            << u"zhang san"_s << u"{initials pinyin remark} : \"zhangsan\"*"_s;
        QTest::newRow("upper case") << u"ZHANG S"_s << u"{initials pinyin remark} : \"zhangs\"*"_s;
        QTest::newRow("full width") << u"ｚｓ"_s << u"{initials pinyin remark} : \"zs\"*"_s;
        QTest::newRow("digits") << u"1234"_s << u"{phone4 remark} : \"1234\"*"_s;
        QTest::newRow("hanzi") << u"張三"_s << u"{hanzi remark} : \"张 三\""_s;
        QTest::newRow("mixed")
            << u"zhang三"_s
            << u"{initials pinyin remark} : \"zhang\"* AND {hanzi remark} : \"三\""_s;
        QTest::newRow("comma does not join")
            << u"zhang,san"_s
            << u"{initials pinyin remark} : \"zhang\"* AND {initials pinyin remark} : \"san\"*"_s;
        // A quote is not a space, so the words stay apart; OR is a plain word, quoted.
        QTest::newRow("operators are words")
            << u"a\" OR *"_s
            << u"{initials pinyin remark} : \"a\"* AND {initials pinyin remark} : \"or\"*"_s;
        QTest::newRow("only symbols") << u"!@#$%^&*()"_s << QString();
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
        const QString expr = toMatchExpression(m_pinyin, m_variants, QString(100000, u'x'));
        QVERIFY(expr.size() < 200);
        QString manyTerms;
        for (int i = 0; i < 50; ++i)
            manyTerms += u"a1"_s;
        QCOMPARE(toMatchExpression(m_pinyin, m_variants, manyTerms).count(u" AND "_s), 7);
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
