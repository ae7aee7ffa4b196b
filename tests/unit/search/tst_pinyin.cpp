// Pinyin of names (surname readings, traditional forms, mixed Latin, junk), traditional →
// simplified, and the per-character cache that keeps ICU off the hot path.
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"

#include <QTest>
#include <QThread>
#include <memory>
#include <vector>

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
        QTest::newRow("盖聂") << u"盖聂"_s << u"ge nie"_s;
        QTest::newRow("缪斯") << u"缪斯"_s << u"miao si"_s;
        QTest::newRow("翟天临") << u"翟天临"_s << u"zhai tian lin"_s;
        QTest::newRow("覃玉") << u"覃玉"_s << u"qin yu"_s;
        QTest::newRow("种师道") << u"种师道"_s << u"chong shi dao"_s;
        QTest::newRow("员半千") << u"员半千"_s << u"yun ban qian"_s;
        QTest::newRow("尉迟恭") << u"尉迟恭"_s << u"yu chi gong"_s;
        QTest::newRow("万俟卨") << u"万俟卨"_s << u"mo qi xie"_s;
        QTest::newRow("长孙无忌") << u"长孙无忌"_s << u"zhang sun wu ji"_s;
        QTest::newRow("欧阳娜娜") << u"欧阳娜娜"_s << u"ou yang na na"_s;
        QTest::newRow("司马光") << u"司马光"_s << u"si ma guang"_s;
        QTest::newRow("诸葛亮") << u"诸葛亮"_s << u"zhu ge liang"_s;
        QTest::newRow("澹台灭明") << u"澹台灭明"_s << u"tan tai mie ming"_s;
        QTest::newRow("surname alone") << u"曾"_s << u"zeng"_s;
        QTest::newRow("曾 not first") << u"不曾"_s << u"bu ceng"_s;
        QTest::newRow("spaces around") << u"  曾小明 "_s << u"zeng xiao ming"_s;
    }
    void surnamesReadAsSurnames()
    {
        QFETCH(QString, name);
        QFETCH(QString, syllables);
        QCOMPARE(m_pinyin.nameSyllables(name).join(u' '), syllables);
    }

    void traditionalFormsReadLikeSimplified_data()
    {
        QTest::addColumn<QString>("traditional");
        QTest::addColumn<QString>("simplified");
        QTest::newRow("張三") << u"張三"_s << u"张三"_s;
        QTest::newRow("曾國藩") << u"曾國藩"_s << u"曾国藩"_s;
        QTest::newRow("單田芳") << u"單田芳"_s << u"单田芳"_s;
        QTest::newRow("區麗") << u"區麗"_s << u"区丽"_s;
        QTest::newRow("繆") << u"繆斯"_s << u"缪斯"_s;
        QTest::newRow("尉遲恭") << u"尉遲恭"_s << u"尉迟恭"_s;
        QTest::newRow("萬俟卨") << u"萬俟卨"_s << u"万俟卨"_s;
        QTest::newRow("歐陽娜娜") << u"歐陽娜娜"_s << u"欧阳娜娜"_s;
        QTest::newRow("司馬光") << u"司馬光"_s << u"司马光"_s;
        QTest::newRow("諸葛亮") << u"諸葛亮"_s << u"诸葛亮"_s;
        QTest::newRow("長孫無忌") << u"長孫無忌"_s << u"长孙无忌"_s;
    }
    void traditionalFormsReadLikeSimplified()
    {
        QFETCH(QString, traditional);
        QFETCH(QString, simplified);
        QCOMPARE(m_pinyin.nameSyllables(traditional), m_pinyin.nameSyllables(simplified));
        QCOMPARE(m_variants.toSimplified(traditional), simplified);
    }

    void otherScriptsAndJunk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("syllables");
        QTest::newRow("Latin then Han") << u"Lily王"_s << u"lily wang"_s;
        QTest::newRow("Han then Latin") << u"王Lily"_s << u"wang lily"_s;
        QTest::newRow("accents dropped") << u"Zoë 李"_s << u"zoe li"_s;
        QTest::newRow("full-width Latin") << u"ＬＩＬＹ王"_s << u"lily wang"_s;
        QTest::newRow("digits kept") << u"王2号"_s << u"wang 2 hao"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << u"   "_s << QString();
        QTest::newRow("emoji") << u"😀🌸"_s << QString();
        QTest::newRow("emoji inside") << u"  王 😀 五 "_s << u"wang wu"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QString();
        QTest::newRow("lone surrogate inside")
            << (u"王"_s + QChar(0xdc00) + u"五"_s) << u"wang wu"_s;
        QTest::newRow("punctuation") << u"王·五"_s << u"wang wu"_s;
        QTest::newRow("Cyrillic separates") << u"Ива王"_s << u"wang"_s;
        QTest::newRow("extension B surname char") << u"𠀾王"_s << u"wang"_s;
    }
    void otherScriptsAndJunk()
    {
        QFETCH(QString, name);
        QFETCH(QString, syllables);
        const QStringList got = m_pinyin.nameSyllables(name);
        for (const QString &syllable : got) {
            QVERIFY(!syllable.isEmpty());
            for (QChar c : syllable)
                QVERIFY2((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'),
                         qPrintable(syllable));
        }
        if (QByteArray(QTest::currentDataTag()) == "extension B surname char")
            QVERIFY(got.endsWith(u"wang"_s)); // ICU may or may not know 𠀾; never a crash
        else
            QCOMPARE(got.join(u' '), syllables);
    }

    void withoutTheSurnameRuleTheCommonReading()
    {
        QCOMPARE(m_pinyin.syllables(u"曾经"_s).join(u' '), u"ceng jing"_s);
        QCOMPARE(m_pinyin.syllables(u"单车"_s).join(u' '), u"dan che"_s);
        QCOMPARE(m_pinyin.nameSyllables(u"单车"_s).join(u' '), u"shan che"_s);
    }

    void eachCharacterGoesThroughIcuOnce()
    {
        PinyinConverter fresh;
        QCOMPARE(fresh.icuCalls(), 0);
        const QStringList first = fresh.nameSyllables(u"王小丽"_s);
        QCOMPARE(fresh.icuCalls(), 3);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(fresh.nameSyllables(u"王小丽"_s), first);
            (void)fresh.syllables(u"丽小王"_s);
        }
        QCOMPARE(fresh.icuCalls(), 3);
        (void)fresh.nameSyllables(u"王小明"_s);
        QCOMPARE(fresh.icuCalls(), 4); // only 明 is new
        // Surnames from the table never reach ICU.
        (void)fresh.nameSyllables(u"曾"_s);
        QCOMPARE(fresh.icuCalls(), 4);
    }

    void variantsCacheToo()
    {
        ChineseVariants fresh;
        QCOMPARE(fresh.toSimplified(u"張陳abc"_s), u"张陈abc"_s);
        QCOMPARE(fresh.icuCalls(), 2); // Latin letters never reach ICU
        for (int i = 0; i < 100; ++i)
            QCOMPARE(fresh.toSimplified(u"陳張"_s), u"陈张"_s);
        QCOMPARE(fresh.icuCalls(), 2);
    }

    void traditionalToSimplified()
    {
        QCOMPARE(m_variants.toSimplified(u"張陳歐陽"_s), u"张陈欧阳"_s);
        QCOMPARE(m_variants.toSimplified(u"张三"_s), u"张三"_s);
        QCOMPARE(m_variants.toSimplified(u"abc 123 😀"_s), u"abc 123 😀"_s);
        QCOMPARE(m_variants.toSimplified(QString()), QString());
    }

    // The app indexes on a worker thread while the GUI searches: concurrent first uses of
    // the same characters must give the same readings and fill the cache once.
    void sharedAcrossThreads()
    {
        PinyinConverter shared;
        ChineseVariants variants;
        const QStringList names = { u"張三"_s,   u"曾小明"_s, u"歐陽娜娜"_s, u"李四"_s,
                                    u"單田芳"_s, u"王小丽"_s, u"诸葛亮"_s,   u"陳大文"_s };
        QStringList expected;
        for (const QString &name : names)
            expected << m_pinyin.nameSyllables(m_variants.toSimplified(name)).join(u' ');

        std::vector<std::unique_ptr<QThread>> threads;
        std::vector<QStringList> results(4); // not QList: operator[] must not detach across threads
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                for (int round = 0; round < 200; ++round) {
                    QStringList got;
                    for (const QString &name : names)
                        got << shared.nameSyllables(variants.toSimplified(name)).join(u' ');
                    results[t] = got;
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        for (const QStringList &got : results)
            QCOMPARE(got, expected);
        // Distinct non-table characters: 张 三 小 明 娜 李 四 田 芳 王 丽 亮 陈 大 文 = 15.
        QCOMPARE(shared.icuCalls(), 15);
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
