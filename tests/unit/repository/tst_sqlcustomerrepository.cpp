// The customer repository on a real encrypted store seeded with generated demo data: what
// the Customers page asks for — search, sort, pages of rows, a profile.
#include "customers/customersearchindex.h"
#include "customers/sqlcustomerrepository.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using customers::CustomerFilter;
using customers::CustomerSort;

class TestSqlCustomerRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<store::Database> m_db;
    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<customers::CustomerSearchIndex> m_index;
    std::unique_ptr<customers::SqlCustomerRepository> m_repo;
    std::unique_ptr<demo::DemoGenerator> m_generator;

    QStringList namesFor(const CustomerFilter &filter)
    {
        QStringList names;
        for (const auto &row : m_repo->rowsByRowIds(m_repo->findRowIds(filter)))
            names << row.name;
        return names;
    }

    QString zhangSanId() const { return m_generator->customer(0).id; }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_index = std::make_unique<customers::CustomerSearchIndex>(*m_db, m_pinyin, m_variants);
        m_repo = std::make_unique<customers::SqlCustomerRepository>(*m_db, m_pinyin, m_variants);
        m_generator = std::make_unique<demo::DemoGenerator>(7, 3000, QDate(2026, 11, 22));
        seed::seedDemoData(*m_db, *m_index, *m_generator);
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM customers"_s), 3000);
    }

    void seedingTwiceIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(store::SqlError,
                                 seed::seedDemoData(*m_db, *m_index, *m_generator));
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM customers"_s), 3000);
    }

    void everyTypedFormFindsZhangSan_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char *typed : { "zs", "zhang", "zhangs", "zhang san", "ZHANG SAN", "张", "張",
                                   "张三", "張三", "1234", "  zs  " })
            QTest::newRow(typed) << QString::fromUtf8(typed);
    }
    void everyTypedFormFindsZhangSan()
    {
        QFETCH(QString, typed);
        const auto rows
            = m_repo->rowsByRowIds(m_repo->findRowIds({ {}, typed, CustomerSort::Name }));
        const bool found = std::any_of(rows.begin(), rows.end(),
                                       [&](const auto &r) { return r.id == zhangSanId(); });
        QVERIFY2(found,
                 qPrintable(u"'%1' did not find 张三 among %2 rows"_s.arg(typed).arg(rows.size())));
    }

    void initialsMatchOnlyThoseInitials()
    {
        const QStringList names = namesFor({ {}, u"zs"_s, CustomerSort::Name });
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            const QStringList syllables = m_pinyin.nameSyllables(name);
            QString initials;
            for (const QString &s : syllables)
                initials += s.left(1);
            QVERIFY2(initials.startsWith(u"zs"_s), qPrintable(name));
        }
    }

    void guideScopeShowsOnlyTheirCustomers()
    {
        const QString guide = seed::demoGuideId(*m_generator);
        const qint64 theirs = m_db->scalar(
            u"SELECT count(*) FROM customers WHERE owner_guide_id = '%1'"_s.arg(guide));
        QVERIFY(theirs > 0);
        QCOMPARE(m_repo->findRowIds({ guide, {}, CustomerSort::Name }).size(), theirs);
        for (const auto &row :
             m_repo->rowsByRowIds(m_repo->findRowIds({ guide, u"z"_s, CustomerSort::Name }))) {
            auto p = m_repo->profile(row.id);
            QVERIFY(p.has_value());
        }
    }

    void sortOrdersHold()
    {
        const auto bySpend
            = m_repo->rowsByRowIds(m_repo->findRowIds({ {}, {}, CustomerSort::Spend }).mid(0, 300));
        for (qsizetype i = 1; i < bySpend.size(); ++i)
            QVERIFY(bySpend.at(i - 1).totalSpendCents >= bySpend.at(i).totalSpendCents);
        const auto byVisit
            = m_repo->rowsByRowIds(m_repo->findRowIds({ {}, {}, CustomerSort::LastVisit }));
        bool seenNever = false;
        for (qsizetype i = 1; i < byVisit.size(); ++i) {
            if (!byVisit.at(i).lastVisit.isValid()) {
                seenNever = true;
                continue;
            }
            QVERIFY2(!seenNever, "customers who never bought must sort last");
            QVERIFY(byVisit.at(i - 1).lastVisit >= byVisit.at(i).lastVisit);
        }
        const QStringList byName = namesFor({ {}, {}, CustomerSort::Name }).mid(0, 200);
        QStringList keys;
        for (const QString &n : byName)
            keys << m_pinyin.nameSyllables(n).join(QString());
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
    }

    void rowsComeBackInTheAskedOrderAndSkipUnknownIds()
    {
        const auto ids = m_repo->findRowIds({ {}, {}, CustomerSort::Name }).mid(10, 5);
        QList<qint64> asked = { ids.at(3), 999999, ids.at(0), ids.at(4) };
        const auto rows = m_repo->rowsByRowIds(asked);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).rowId, ids.at(3));
        QCOMPARE(rows.at(1).rowId, ids.at(0));
        QCOMPARE(rows.at(2).rowId, ids.at(4));
        QVERIFY(m_repo->rowsByRowIds({}).isEmpty());
    }

    void profileHoldsEverything()
    {
        const demo::DemoCustomer generated = m_generator->customer(0);
        const auto profile = m_repo->profile(generated.id);
        QVERIFY(profile.has_value());
        QCOMPARE(profile->row.name, u"张三"_s);
        QVERIFY(profile->row.phoneMasked.endsWith(u"1234"_s));
        QCOMPARE(profile->purchases.size(), generated.purchases.size());
        QCOMPARE(profile->tags.size(), generated.tags.size());
        QCOMPARE(profile->row.visits, generated.purchases.size());
        qint64 spend = 0;
        for (const auto &p : generated.purchases)
            spend += p.amountCents;
        QCOMPARE(profile->row.totalSpendCents, spend);
        for (qsizetype i = 1; i < profile->purchases.size(); ++i)
            QVERIFY(profile->purchases.at(i - 1).date >= profile->purchases.at(i).date);
        QVERIFY(!profile->ownerGuideName.isEmpty());
        QVERIFY(!profile->storeName.isEmpty());
        QVERIFY(!m_repo->profile(u"no-such-id"_s).has_value());
    }

    void junkSearchesNeverFail_data()
    {
        QTest::addColumn<QString>("typed");
        const QStringList junk = { u"\""_s,
                                   u"'; DROP TABLE customers; --"_s,
                                   u"*"_s,
                                   u"NEAR("_s,
                                   u"a AND OR NOT"_s,
                                   u"^zs"_s,
                                   u"😀"_s,
                                   u"{hanzi}:张"_s,
                                   u"zs\"*"_s,
                                   QString(5000, u'x'),
                                   u"%_\\"_s,
                                   u"\u0000"_s,
                                   QString(QChar(0xd800)),
                                   u"１２３４"_s,
                                   u"ｚｓ"_s };
        for (const QString &j : junk)
            QTest::newRow(j.left(20).toUtf8().toHex().constData()) << j;
    }
    void junkSearchesNeverFail()
    {
        QFETCH(QString, typed);
        try {
            (void)m_repo->findRowIds({ {}, typed, CustomerSort::Name });
        } catch (const store::SqlError &e) {
            QFAIL(e.what());
        }
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM customers"_s), 3000);
    }

    void fullWidthDigitsAndLettersStillFind()
    {
        QVERIFY(namesFor({ {}, u"１２３４"_s, CustomerSort::Name }).contains(u"张三"_s));
        QVERIFY(namesFor({ {}, u"ＺＳ"_s, CustomerSort::Name }).contains(u"张三"_s));
    }

    // The two search plans (FTS-driven lookups, sorted-index walk) must agree exactly.
    void bothSearchPlansGiveTheSameRows()
    {
        customers::SqlCustomerRepository lookups(*m_db, m_pinyin, m_variants, 1'000'000);
        customers::SqlCustomerRepository walk(*m_db, m_pinyin, m_variants, 0);
        const QString guide = seed::demoGuideId(*m_generator);
        for (const QString &typed : { u"z"_s, u"zs"_s, u"wang"_s, u"王"_s, u"12"_s, u"红"_s }) {
            for (auto sort : { CustomerSort::Name, CustomerSort::LastVisit, CustomerSort::Spend }) {
                for (const QString &owner : { QString(), guide }) {
                    const auto a = lookups.findRowIds({ owner, typed, sort });
                    QCOMPARE(walk.findRowIds({ owner, typed, sort }), a);
                    QVERIFY(owner.isEmpty() || typed != u"z"_s || !a.isEmpty());
                }
            }
        }
    }

    void rebuildingTheIndexKeepsResults()
    {
        const auto before = m_repo->findRowIds({ {}, u"wang"_s, CustomerSort::Name });
        m_index->rebuildAll();
        QCOMPARE(m_repo->findRowIds({ {}, u"wang"_s, CustomerSort::Name }), before);
    }
};

QTEST_GUILESS_MAIN(TestSqlCustomerRepository)
#include "tst_sqlcustomerrepository.moc"
