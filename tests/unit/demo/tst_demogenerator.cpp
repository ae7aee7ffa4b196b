// The demo data generator: deterministic, realistic, valid.
#include "demo/demobirthday.h"
#include "demo/demogenerator.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::demo;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 11, 22 };

    static bool sameCustomer(const DemoCustomer &a, const DemoCustomer &b)
    {
        if (a.id != b.id || a.name != b.name || a.phoneMasked != b.phoneMasked
            || a.purchases.size() != b.purchases.size() || a.tags.size() != b.tags.size())
            return false;
        for (qsizetype i = 0; i < a.purchases.size(); ++i) {
            if (a.purchases.at(i).id != b.purchases.at(i).id
                || a.purchases.at(i).amountCents != b.purchases.at(i).amountCents)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void sameSeedSameData()
    {
        const DemoGenerator a(42, 1000, m_today);
        const DemoGenerator b(42, 1000, m_today);
        QCOMPARE(a.guides().constFirst().id, b.guides().constFirst().id);
        // Random access: order of generation does not matter.
        for (int i : { 999, 3, 500, 0 })
            QVERIFY(sameCustomer(a.customer(i), b.customer(i)));
        const DemoGenerator c(43, 1000, m_today);
        QVERIFY(!sameCustomer(a.customer(5), c.customer(5)));
        QVERIFY(a.guides().constFirst().id != c.guides().constFirst().id);
    }

    void customerZeroIsZhangSan()
    {
        const DemoCustomer c = DemoGenerator(7, 100, m_today).customer(0);
        QCOMPARE(c.name, u"张三"_s);
        QCOMPARE(c.phoneLast4, u"1234"_s);
        QVERIFY(c.phoneMasked.endsWith(u"1234"_s));
        QVERIFY(!c.purchases.isEmpty());
    }

    void referenceDataIsComplete()
    {
        const DemoGenerator g(1, 100, m_today);
        QCOMPARE(g.stores().size(), 2);
        QCOMPARE(g.guides().size(), 8);
        int managers = 0;
        for (const auto &guide : g.guides())
            managers += guide.role == u"manager"_s;
        QCOMPARE(managers, 2);
        QCOMPARE(g.tagGroups().size(), 5);
        int personal = 0;
        for (const auto &tag : g.tags()) {
            personal += tag.groupId.isEmpty();
            QVERIFY(!tag.nameEn.isEmpty());
        }
        QVERIFY(personal >= 8 * 3);
    }

    void tenThousandCustomersLookReal()
    {
        const DemoGenerator g(2024, 10000, m_today);
        const QRegularExpression masked(u"^1\\d{2}\\*{4}\\d{4}$"_s);
        QSet<QString> ids;
        QHash<QString, int> surnames;
        int lunar = 0, leap = 0, noYear = 0, feb29 = 0, none = 0, oneTime = 0, never = 0,
            lapsed = 0;
        qint64 purchases = 0;
        QHash<QString, bool> singleSelect;
        for (const auto &group : g.tagGroups())
            singleSelect.insert(group.id, !group.multiSelect);
        QHash<QString, QString> groupOfTag;
        for (const auto &tag : g.tags())
            groupOfTag.insert(tag.id, tag.groupId);

        for (int i = 0; i < g.customerCount(); ++i) {
            const DemoCustomer c = g.customer(i);
            ids.insert(c.id);
            QVERIFY2(masked.match(c.phoneMasked).hasMatch(), qPrintable(c.phoneMasked));
            for (const QString &s : { u"曾"_s, u"单"_s, u"解"_s, u"仇"_s, u"区"_s, u"查"_s, u"朴"_s,
                                      u"欧阳"_s, u"司马"_s, u"诸葛"_s }) {
                if (c.name.startsWith(s))
                    ++surnames[s];
            }
            if (c.birthday.month == 0)
                ++none;
            lunar += c.birthday.lunar;
            leap += c.birthday.leapMonth;
            noYear += c.birthday.month > 0 && c.birthday.year == 0;
            feb29 += !c.birthday.lunar && c.birthday.month == 2 && c.birthday.day == 29;
            purchases += c.purchases.size();
            oneTime += c.purchases.size() == 1;
            never += c.purchases.isEmpty();
            if (!c.purchases.isEmpty() && c.purchases.constLast().date.daysTo(m_today) > 365)
                ++lapsed;
            for (qsizetype k = 1; k < c.purchases.size(); ++k)
                QVERIFY(c.purchases.at(k - 1).date <= c.purchases.at(k).date);
            if (!c.purchases.isEmpty()) {
                QVERIFY(c.purchases.constLast().date <= m_today);
                QVERIFY(c.purchases.constFirst().date >= c.cardOpenedOn);
            }
            QSet<QString> singleGroupsSeen;
            for (const auto &tag : c.tags) {
                const QString group = groupOfTag.value(tag.tagId);
                if (singleSelect.value(group)) {
                    QVERIFY2(!singleGroupsSeen.contains(group),
                             "two tags of a single-select group");
                    singleGroupsSeen.insert(group);
                }
                QVERIFY(tag.taggedAt.date() <= m_today.addDays(1));
            }
        }
        QCOMPARE(ids.size(), 10000);
        for (const QString &s : { u"曾"_s, u"单"_s, u"解"_s, u"仇"_s, u"区"_s, u"查"_s, u"朴"_s,
                                  u"欧阳"_s, u"司马"_s, u"诸葛"_s })
            QVERIFY2(surnames.value(s) > 0, qPrintable(s));
        QVERIFY(none > 1000 && none < 2000); // ~15 %
        QVERIFY(lunar > 1000);
        QVERIFY(leap > 0);
        QVERIFY(noYear > 500);
        QVERIFY(feb29 > 0);
        const double mean = double(purchases) / 10000;
        qDebug("purchases per customer %.2f, one-time %d, never %d, lapsed a year %d", mean,
               oneTime, never, lapsed);
        QVERIFY(mean > 2 && mean < 12);
        QVERIFY(oneTime > 1000); // buy-till-you-die: many buy once
        QVERIFY(never > 300);
        QVERIFY(lapsed > 1000); // churn is there to be learnt
    }

    void lunarBirthdaysMatchIcu()
    {
        // 2020-06-01 is 闰四月初十 and 2023-03-22 is 闰二月初一 in the Chinese calendar.
        const DemoBirthday a = lunarOf(QDate(2020, 6, 1));
        QCOMPARE(a.year, 2020);
        QCOMPARE(a.month, 4);
        QVERIFY(a.leapMonth);
        QCOMPARE(a.day, 10);
        const DemoBirthday b = lunarOf(QDate(2023, 3, 22));
        QCOMPARE(b.month, 2);
        QVERIFY(b.leapMonth);
        QCOMPARE(b.day, 1);
        const DemoBirthday c = lunarOf(QDate(2024, 2, 10)); // 春节 2024
        QCOMPARE(c.year, 2024);
        QCOMPARE(c.month, 1);
        QCOMPARE(c.day, 1);
        QVERIFY(!c.leapMonth);
    }

    void twoHundredThousandStream()
    {
        const DemoGenerator g(99, 200000, m_today);
        QElapsedTimer timer;
        timer.start();
        QSet<QString> ids;
        ids.reserve(200000);
        for (int i = 0; i < g.customerCount(); i += 1)
            ids.insert(g.customer(i).id);
        QCOMPARE(ids.size(), 200000);
        qDebug("generated 200,000 customers in %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
