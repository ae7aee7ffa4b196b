// Ten thousand generated customers look like a fashion brand's members: names, phones,
// birthdays, tags and purchase histories are valid and in realistic proportions.
#include "demo/demobirthday.h"
#include "demo/demogenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gd::demo;

class TestDemoCustomers : public QObject
{
    Q_OBJECT

private:
    static constexpr int count = 10000;
    const QDate m_today { 2026, 11, 22 };
    const DemoGenerator m_generator { 2024, count, m_today };
    QList<DemoCustomer> m_customers;
    QHash<QString, int> m_groupOfTag; // tag id → group index, -1 for personal tags
    QHash<QString, QString> m_ownerOfTag;
    QHash<QString, QString> m_storeOfGuide;

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < count; ++i)
            m_customers << m_generator.customer(i);
        for (const auto &tag : m_generator.tags()) {
            int group = -1;
            for (int k = 0; k < m_generator.tagGroups().size(); ++k) {
                if (m_generator.tagGroups().at(k).id == tag.groupId)
                    group = k;
            }
            m_groupOfTag.insert(tag.id, group);
            m_ownerOfTag.insert(tag.id, tag.ownerGuideId);
        }
        for (const auto &guide : m_generator.guides())
            m_storeOfGuide.insert(guide.id, guide.storeId);
    }

    void namesAndPhones()
    {
        const QRegularExpression masked(u"^1\\d{2}\\*{4}\\d{4}$"_s);
        const QStringList special = { u"曾"_s, u"单"_s, u"解"_s,   u"仇"_s,   u"区"_s,
                                      u"查"_s, u"朴"_s, u"欧阳"_s, u"司马"_s, u"诸葛"_s };
        QHash<QString, int> seen;
        int specialTotal = 0, women = 0;
        for (const auto &c : std::as_const(m_customers)) {
            QVERIFY2(masked.match(c.phoneMasked).hasMatch(), qPrintable(c.phoneMasked));
            QVERIFY(c.phoneMasked.endsWith(c.phoneLast4));
            QVERIFY(c.name.size() >= 2 && c.name.size() <= 4);
            QCOMPARE(m_storeOfGuide.value(c.ownerGuideId), c.storeId);
            women += c.gender == u"F"_s;
            for (const QString &s : special) {
                if (c.name.startsWith(s)) {
                    ++seen[s];
                    ++specialTotal;
                }
            }
        }
        for (const QString &s : special)
            QVERIFY2(seen.value(s) > 0, qPrintable(s));
        QVERIFY2(specialTotal > count / 100 && specialTotal < count * 8 / 100,
                 qPrintable(QString::number(specialTotal))); // a few per cent
        QVERIFY(women > count * 75 / 100 && women < count * 85 / 100);
    }

    void birthdaysAreValid()
    {
        int none = 0, lunar = 0, leap = 0, feb29 = 0, noYear = 0;
        for (const auto &c : std::as_const(m_customers)) {
            const DemoBirthday &b = c.birthday;
            if (b.month == 0) {
                ++none;
                continue;
            }
            noYear += b.year == 0;
            if (b.lunar) {
                ++lunar;
                leap += b.leapMonth;
                if (b.year != 0)
                    QVERIFY2(gregorianOfLunar(b.year, b.month, b.leapMonth, b.day).isValid(),
                             qPrintable(u"%1-%2-%3"_s.arg(b.year).arg(b.month).arg(b.day)));
            } else {
                feb29 += b.month == 2 && b.day == 29;
                QVERIFY(QDate(b.year == 0 ? 2000 : b.year, b.month, b.day).isValid());
            }
        }
        QVERIFY(none > count * 12 / 100 && none < count * 18 / 100); // ~15 % unrecorded
        QVERIFY(lunar > count * 14 / 100 && lunar < count * 20 / 100); // ~20 % of the rest
        QVERIFY(noYear > count * 10 / 100);
        QVERIFY(leap > 0);
        QVERIFY(feb29 > 0);
    }

    void tagsRespectTheLibrary()
    {
        QHash<QString, QPair<int, int>> coverage; // guide → (tagged, customers)
        int untagged = 0;
        for (const auto &c : std::as_const(m_customers)) {
            QVERIFY(c.tags.size() <= 8);
            untagged += c.tags.isEmpty();
            auto &[tagged, customers] = coverage[c.ownerGuideId];
            ++customers;
            tagged += !c.tags.isEmpty();
            QSet<QString> distinct;
            QSet<int> singleGroups;
            for (const auto &t : c.tags) {
                QVERIFY(m_groupOfTag.contains(t.tagId));
                QVERIFY2(!distinct.contains(t.tagId), "a tag given twice");
                distinct << t.tagId;
                const int group = m_groupOfTag.value(t.tagId);
                if (group < 0) {
                    QCOMPARE(m_ownerOfTag.value(t.tagId), c.ownerGuideId);
                } else if (!m_generator.tagGroups().at(group).multiSelect) {
                    QVERIFY2(!singleGroups.contains(group), "two tags of a single-select group");
                    singleGroups << group;
                }
                QCOMPARE(t.taggedByGuideId, c.ownerGuideId);
                QCOMPARE(t.taggedAt.timeSpec(), Qt::UTC);
                const QDate localDay = t.taggedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date();
                QVERIFY(localDay >= c.cardOpenedOn && localDay < m_today);
            }
        }
        QVERIFY(untagged > count / 20 && untagged < count / 2);
        // Guides differ in how diligently they tag: coverage is one of their KPIs.
        double lowest = 1, highest = 0;
        for (const auto &[tagged, customers] : std::as_const(coverage)) {
            lowest = std::min(lowest, double(tagged) / customers);
            highest = std::max(highest, double(tagged) / customers);
        }
        QVERIFY2(highest - lowest > 0.1, qPrintable(u"%1 – %2"_s.arg(lowest).arg(highest)));
    }

    void purchasesAreValidAndConsistent()
    {
        const QStringList categories = { u"连衣裙"_s, u"外套"_s,   u"针织衫"_s, u"衬衫"_s,
                                         u"裤装"_s,   u"半身裙"_s, u"配饰"_s,   u"鞋履"_s };
        const QStringList sizes = { u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s };
        QHash<QString, QString> sizeOfTag;
        for (const auto &tag : m_generator.tags()) {
            if (sizes.contains(tag.name) && !tag.groupId.isEmpty())
                sizeOfTag.insert(tag.id, tag.name);
        }
        QSet<QString> ids;
        int sized = 0, matching = 0;
        for (const auto &c : std::as_const(m_customers)) {
            QString tagSize;
            for (const auto &t : c.tags)
                tagSize = sizeOfTag.value(t.tagId, tagSize);
            for (qsizetype k = 0; k < c.purchases.size(); ++k) {
                const DemoPurchase &p = c.purchases.at(k);
                ids << p.id;
                if (k > 0)
                    QVERIFY(c.purchases.at(k - 1).date < p.date);
                QVERIFY(p.date >= c.cardOpenedOn && p.date <= m_today);
                QVERIFY(p.amountCents > 0 && p.amountCents % 100 == 0);
                QVERIFY(p.items >= 1 && p.items <= 4);
                QVERIFY(categories.contains(p.category));
                QCOMPARE(m_storeOfGuide.value(p.guideId), p.storeId);
                if (p.category == u"配饰"_s)
                    QVERIFY(p.size.isEmpty());
                else if (p.category == u"鞋履"_s)
                    QVERIFY(p.size.toInt() >= 35 && p.size.toInt() <= 40);
                else
                    QVERIFY2(sizes.contains(p.size), qPrintable(p.size));
                if (!tagSize.isEmpty() && sizes.contains(p.size)) {
                    ++sized;
                    matching += p.size == tagSize;
                }
            }
            QVERIFY(c.cardOpenedOn < m_today && c.cardOpenedOn >= m_today.addYears(-6));
        }
        QVERIFY2(matching > sized * 7 / 10, "sizes should mostly agree with the size tag");
        qsizetype total = 0;
        for (const auto &c : std::as_const(m_customers))
            total += c.purchases.size();
        QCOMPARE(ids.size(), total);
    }

    void buyTillYouDieShape()
    {
        qint64 purchases = 0, cents = 0;
        int oneTime = 0, never = 0, lapsed = 0, active = 0;
        for (const auto &c : std::as_const(m_customers)) {
            purchases += c.purchases.size();
            for (const auto &p : c.purchases)
                cents += p.amountCents;
            oneTime += c.purchases.size() == 1;
            never += c.purchases.isEmpty();
            if (c.purchases.isEmpty())
                continue;
            const qint64 idle = c.purchases.constLast().date.daysTo(m_today);
            lapsed += c.purchases.size() > 1 && idle > 365;
            active += idle <= 90;
        }
        const double mean = double(purchases) / count;
        const double ticket = double(cents) / 100.0 / double(purchases);
        qDebug("%.2f purchases a customer, ¥%.0f a purchase; one-time %d, never %d, repeat "
               "buyers lapsed a year %d, bought in the last 90 days %d",
               mean, ticket, oneTime, never, lapsed, active);
        QVERIFY(mean > 3 && mean <= 10);
        QVERIFY(ticket > 500 && ticket < 1200);
        QVERIFY(oneTime > count / 10 && oneTime < count * 4 / 10);
        QVERIFY(never > count / 50 && never < count / 5);
        QVERIFY(lapsed > count / 10); // churn is there to be learnt
        QVERIFY(active > count / 10);
    }

    void memberLevelsFollowSpend()
    {
        qint64 highest[4] = { -1, -1, -1, -1 };
        qint64 lowest[4] = { LLONG_MAX, LLONG_MAX, LLONG_MAX, LLONG_MAX };
        int members[4] = {};
        for (const auto &c : std::as_const(m_customers)) {
            const int rank
                = QStringList { u"normal"_s, u"silver"_s, u"gold"_s, u"platinum"_s }.indexOf(
                    c.memberLevel);
            QVERIFY(rank >= 0);
            qint64 spend = 0;
            for (const auto &p : c.purchases)
                spend += p.amountCents;
            highest[rank] = std::max(highest[rank], spend);
            lowest[rank] = std::min(lowest[rank], spend);
            ++members[rank];
        }
        qDebug("levels: normal %d, silver %d, gold %d, platinum %d", members[0], members[1],
               members[2], members[3]);
        for (int r = 0; r < 4; ++r)
            QVERIFY(members[r] > 0);
        QVERIFY(members[0] > members[3] && members[1] > members[3]);
        for (int r = 1; r < 4; ++r)
            QVERIFY(highest[r - 1] < lowest[r]);
    }
};

QTEST_GUILESS_MAIN(TestDemoCustomers)
#include "tst_democustomers.moc"
