// The demo data generator: deterministic, realistic, valid.
#include "demo/demogenerator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;
using namespace gd::demo;

namespace {

const QDate today(2026, 11, 22);

int levelRank(const QString &level)
{
    return QStringList { u"normal"_s, u"silver"_s, u"gold"_s, u"platinum"_s }.indexOf(level);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData()
    {
        const DemoGenerator a(42, 1000, today);
        const DemoGenerator b(42, 1000, today);
        QCOMPARE(a.stores(), b.stores());
        QCOMPARE(a.guides(), b.guides());
        QCOMPARE(a.tagGroups(), b.tagGroups());
        QCOMPARE(a.tags(), b.tags());
        // Random access: the order of generation does not matter.
        QList<DemoCustomer> forward;
        for (int i = 0; i < 200; ++i)
            forward << a.customer(i);
        for (int i = 199; i >= 0; --i)
            QVERIFY2(b.customer(i) == forward.at(i), qPrintable(QString::number(i)));
        for (int i : { 999, 3, 500, 0, 3 })
            QVERIFY(a.customer(i) == b.customer(i));
        // Only (seed, index, today) count, not how many customers there are.
        QVERIFY(DemoGenerator(42, 200000, today).customer(150) == forward.at(150));

        const DemoGenerator c(43, 1000, today);
        QVERIFY(a.guides().constFirst().id != c.guides().constFirst().id);
        int same = 0;
        for (int i = 1; i < 200; ++i)
            same += c.customer(i).name == forward.at(i).name;
        QVERIFY(same < 40);
        QVERIFY(c.customer(5).id != forward.at(5).id);
    }

    void twoThreadsMakeTheSameHalves()
    {
        const DemoGenerator g(8, 2000, today);
        QList<DemoCustomer> first(1000);
        QList<DemoCustomer> second(1000);
        std::thread a([&] {
            for (int i = 0; i < 1000; ++i)
                first[i] = g.customer(i);
        });
        std::thread b([&] {
            for (int i = 0; i < 1000; ++i)
                second[i] = g.customer(1000 + i);
        });
        a.join();
        b.join();
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(first.at(i) == g.customer(i));
            QVERIFY(second.at(i) == g.customer(1000 + i));
        }
    }

    // Pins the data itself: the generator uses no platform-dependent maths, so these bytes
    // are the same on every machine. Changing the generator on purpose changes them: then
    // update the digest here (and say so, since stored demo databases change too).
    void dataIsPinned()
    {
        const DemoGenerator g(2024, 100, today);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const auto add = [&](const QString &s) {
            hash.addData((s + u'|').toUtf8());
        };
        for (const auto &t : g.tags())
            add(t.id + t.name);
        for (int i = 0; i < 100; ++i) {
            const DemoCustomer c = g.customer(i);
            add(c.id + c.name + c.phoneMasked + c.cardOpenedOn.toString(Qt::ISODate) + c.memberLevel
                + c.source + c.remark + c.nickname);
            add(u"%1 %2 %3 %4 %5"_s.arg(c.birthday.lunar)
                    .arg(c.birthday.year)
                    .arg(c.birthday.month)
                    .arg(c.birthday.day)
                    .arg(c.birthday.leapMonth));
            for (const auto &t : c.tags)
                add(t.tagId + t.taggedAt.toString(Qt::ISODate));
            for (const auto &p : c.purchases)
                add(p.id + p.date.toString(Qt::ISODate) + QString::number(p.amountCents)
                    + QString::number(p.items) + p.category + p.size + p.guideId);
        }
        QCOMPARE(QString::fromLatin1(hash.result().toHex()),
                 u"d61b6fc32ae1465ff45196bf06571ad2bf4201750e6993d7793aebc04c39cbab"_s);
    }

    void customerZeroIsZhangSan()
    {
        for (quint64 seed : { 1, 7, 42, 99, 20240601 }) {
            const DemoCustomer c = DemoGenerator(seed, 100, today).customer(0);
            QCOMPARE(c.name, u"张三"_s);
            QCOMPARE(c.phoneLast4, u"1234"_s);
            QCOMPARE(c.phoneMasked, u"138****1234"_s);
            QVERIFY(c.cardOpenedOn <= today.addYears(-2));
            QVERIFY(c.purchases.size() >= 2);
        }
    }

    void badArgumentsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DemoGenerator(1, 99, today));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DemoGenerator(1, 200001, today));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DemoGenerator(1, -5, today));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DemoGenerator(1, 100, QDate()));
        const DemoGenerator g(1, 100, today);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)g.customer(-1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)g.customer(100));
        try {
            (void)g.customer(100);
        } catch (const std::out_of_range &e) {
            QVERIFY2(QByteArray(e.what()).contains("100"), e.what());
        }
    }

    void referenceDataIsComplete()
    {
        const DemoGenerator g(1, 100, today);
        QCOMPARE(g.stores().size(), 2);
        QCOMPARE(g.guides().size(), 8);
        QSet<QString> ids;
        QSet<QString> pins;
        for (const auto &s : g.stores())
            ids << s.id;
        for (const auto &store : g.stores()) {
            int guides = 0, managers = 0;
            for (const auto &guide : g.guides()) {
                if (guide.storeId != store.id)
                    continue;
                ++guides;
                managers += guide.role == u"manager"_s;
                QVERIFY(guide.role == u"manager"_s || guide.role == u"guide"_s);
                QVERIFY(QRegularExpression(u"^\\d{4}$"_s).match(guide.pin).hasMatch());
                QVERIFY(!guide.name.isEmpty() && !guide.employeeNo.isEmpty());
                ids << guide.id;
                pins << guide.pin;
            }
            QCOMPARE(guides, 4);
            QCOMPARE(managers, 1);
        }
        QCOMPARE(pins.size(), 8);

        QStringList codes;
        QHash<QString, int> tagsInGroup;
        for (const auto &group : g.tagGroups()) {
            codes << group.code;
            ids << group.id;
            QVERIFY(!group.nameEn.isEmpty());
            QCOMPARE(group.multiSelect, group.code != u"size"_s && group.code != u"body"_s);
        }
        QCOMPARE(codes,
                 (QStringList { u"size"_s, u"body"_s, u"style"_s, u"colour"_s, u"preference"_s }));
        QHash<QString, int> personal;
        for (const auto &tag : g.tags()) {
            ids << tag.id;
            QVERIFY(!tag.nameEn.isEmpty());
            QVERIFY(tag.groupId.isEmpty() != tag.ownerGuideId.isEmpty());
            if (tag.groupId.isEmpty())
                ++personal[tag.ownerGuideId];
            else
                ++tagsInGroup[tag.groupId];
        }
        const QList<int> expected = { 6, 5, 7, 7, 6 };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(tagsInGroup.value(g.tagGroups().at(i).id), expected.at(i));
        for (const auto &guide : g.guides())
            QVERIFY(personal.value(guide.id) >= 3 && personal.value(guide.id) <= 5);
        QCOMPARE(ids.size(), 2 + 8 + 5 + g.tags().size());
    }

    void hundredCustomersAreComplete()
    {
        const DemoGenerator g(5, 100, today);
        QSet<QString> ids;
        for (int i = 0; i < g.customerCount(); ++i) {
            const DemoCustomer c = g.customer(i);
            ids << c.id;
            QVERIFY(!c.name.isEmpty() && !c.storeId.isEmpty() && !c.ownerGuideId.isEmpty());
            QVERIFY(levelRank(c.memberLevel) >= 0);
            QVERIFY(QStringList({ u"counter"_s, u"mini_program"_s, u"import"_s, u"campaign"_s })
                        .contains(c.source));
        }
        QCOMPARE(ids.size(), 100);
    }

    void twoHundredThousandStream()
    {
        const DemoGenerator g(99, 200000, today);
        QElapsedTimer timer;
        timer.start();
        QSet<QString> ids;
        ids.reserve(200000);
        qint64 purchases = 0;
        for (int i = 0; i < g.customerCount(); ++i) {
            const DemoCustomer c = g.customer(i);
            ids.insert(c.id);
            purchases += c.purchases.size();
        }
        QCOMPARE(ids.size(), 200000);
        qDebug("generated 200,000 customers with %lld purchases in %lld ms", purchases,
               timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
