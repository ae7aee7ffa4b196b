// The segment worker's fast path (tag and risk-band conditions answered from cached customer
// sets, models/segments/segmentcache.h) against the plain SQL on random rules: the same
// counts, the same row ids in the same order, the same customer ids; the cache notices
// writes on its own connection and on another one; risk bands agree with the churn
// scorer's own banding, with a pulled model and with one fitted here.
#include "churn/churnmodelrow.h"
#include "churn/churnscorer.h"
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/segmentcache.h"
#include "segments/segmentexporter.h"
#include "segments/segmentqueries.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::segments;

namespace {

Condition listCondition(ConditionKind kind, const QStringList &values)
{
    Condition c;
    c.kind = kind;
    c.values = values;
    return c;
}

const QByteArray key(32, 'k');

} // namespace

class TestSegmentCache : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    QStringList m_tags, m_guides;
    QString m_store;
    QString m_storeGuide; // a guide of m_store
    const QDate m_today { 2026, 11, 22 };

    QString path() const { return m_dir.filePath(u"store.db"_s); }

    // Tag conditions get junk too: an unknown tag, a tag twice, empty lists.
    Condition randomCondition(QRandomGenerator &random)
    {
        Condition c;
        const int pick = random.bounded(10);
        if (pick >= 6) {
            static const ConditionKind plain[]
                = { ConditionKind::MemberLevel, ConditionKind::SpendRange,
                    ConditionKind::VisitCountRange, ConditionKind::LastVisitDaysAgo };
            c.kind = plain[pick - 6];
            if (c.kind == ConditionKind::MemberLevel)
                c.values = { memberLevels().at(random.bounded(4)), u"gold"_s };
            else if (c.kind == ConditionKind::LastVisitDaysAgo)
                c.min = random.bounded(700);
            else
                c.min = c.kind == ConditionKind::SpendRange ? random.bounded(200000)
                                                            : random.bounded(4);
            return c;
        }
        c.kind = pick < 2 ? ConditionKind::TagsAll
                          : (pick < 4 ? ConditionKind::TagsAny : ConditionKind::TagsNone);
        const int n = random.bounded(4);
        for (int i = 0; i < n; ++i)
            c.values << m_tags.at(random.bounded(int(m_tags.size())));
        if (random.bounded(8) == 0)
            c.values << u"no-such-tag"_s;
        if (random.bounded(8) == 0 && !c.values.isEmpty())
            c.values << c.values.first();
        return c;
    }

    void compareOnRandomRules(store::Database &db, SegmentCache &cache, quint32 seed, int rules)
    {
        QRandomGenerator random(seed);
        SegmentQueries plain(db);
        SegmentQueries fast(db, &cache);
        plain.setToday(m_today);
        fast.setToday(m_today);
        const QList<SegmentScope> scopes = { {}, { m_guides.at(1), {} }, { {}, m_store } };
        int nonTrivial = 0;
        for (int i = 0; i < rules; ++i) {
            SegmentRule rule;
            const int n = 1 + random.bounded(4);
            for (int k = 0; k < n; ++k)
                rule.conditions << randomCondition(random);
            const SegmentScope &scope = scopes.at(i % scopes.size());
            const qint64 expected = plain.count(rule, scope);
            QCOMPARE(fast.count(rule, scope), expected);
            if (expected > 0 && expected < 1000)
                ++nonTrivial;
            const auto sort = customers::CustomerSort(i % 3);
            QCOMPARE(fast.rowIds(rule, scope, sort), plain.rowIds(rule, scope, sort));
            QCOMPARE(fast.customerIds(rule, scope), plain.customerIds(rule, scope));
        }
        QVERIFY2(nonTrivial > rules / 4, "the rules must select some customers, not all");
    }

    // What the churn scorer bands each scored customer of the store as, under `model` (the
    // demo has several stores: the comparisons range over this one's).
    QHash<qint64, churn::RiskBand> scorerBands(const churn::ChurnModel &model)
    {
        const QList<churn::BookCustomer> book
            = churn::ChurnScorer(*m_db).readStore(m_store, m_today);
        const QList<churn::ChurnRisk> risks
            = churn::ChurnScorer::score(model, book, ChurnBands::horizonDays);
        QHash<qint64, churn::RiskBand> bands;
        for (qsizetype i = 0; i < book.size(); ++i)
            bands.insert(book.at(i).rowId, churn::riskBandOf(risks.at(i).riskScore));
        return bands;
    }

    void compareBands(const churn::ChurnModel &model)
    {
        const QHash<qint64, churn::RiskBand> expected = scorerBands(model);
        QVERIFY(expected.size() > 500);
        SegmentCache cache;
        SegmentQueries queries(*m_db, &cache);
        queries.setToday(m_today);
        QSet<churn::RiskBand> seen;
        for (const QStringList &bands : QList<QStringList> {
                 { u"high"_s }, { u"medium"_s }, { u"low"_s }, { u"high"_s, u"medium"_s } }) {
            const SegmentRule rule { { listCondition(ConditionKind::RiskBand, bands) } };
            QList<qint64> want;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (bands.contains(churn::riskBandName(it.value()))) {
                    want << it.key();
                    seen.insert(it.value());
                }
            }
            std::sort(want.begin(), want.end());
            QList<qint64> got
                = queries.rowIds(rule, { {}, m_store }, customers::CustomerSort::Name);
            std::sort(got.begin(), got.end());
            QCOMPARE(got, want);
            QCOMPARE(queries.count(rule, { {}, m_store }), qint64(want.size()));
        }
        QCOMPARE(seen.size(), 3); // every band has customers: the test can tell them apart
        // Combined with a plain condition and a guide's scope.
        const SegmentRule vip { { listCondition(ConditionKind::RiskBand, { u"high"_s }),
                                  listCondition(ConditionKind::MemberLevel,
                                                { u"gold"_s, u"platinum"_s }) } };
        qint64 want = 0;
        auto q = m_db->prepare(u"SELECT rowid FROM customers WHERE deleted = 0 AND"
                               " owner_guide_id = ? AND member_level IN ('gold', 'platinum')"_s);
        q->bind(1, m_storeGuide);
        while (q->step())
            want += expected.value(q->int64(0), churn::RiskBand::Low) == churn::RiskBand::High ? 1
                                                                                               : 0;
        QVERIFY(want > 0);
        QCOMPARE(queries.count(vip, { m_storeGuide, {} }), want);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = store::Database::open(path(), key, store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        seed::seedDemoData(*m_db, index, demo::DemoGenerator(11, 1500, m_today));
        // Removed links and deleted customers must count the same way on both paths.
        m_db->exec(u"UPDATE customer_tags SET deleted = 1 WHERE rowid % 7 = 0;"
                   "UPDATE customers SET deleted = 1 WHERE rowid % 97 = 0"_s);
        auto tags = m_db->prepare(u"SELECT DISTINCT tag_id FROM customer_tags ORDER BY 1"_s);
        while (tags->step())
            m_tags << tags->text(0);
        auto guides = m_db->prepare(u"SELECT id, store_id FROM guides ORDER BY rowid"_s);
        while (guides->step()) {
            m_guides << guides->text(0);
            if (m_store.isEmpty())
                m_store = guides->text(1);
            if (guides->text(1) == m_store)
                m_storeGuide = guides->text(0);
        }
        QVERIFY(m_tags.size() > 5);
        QVERIFY(m_guides.size() > 1);
    }

    void fastPathEqualsThePlainSql()
    {
        SegmentCache cache;
        compareOnRandomRules(*m_db, cache, 4, 400);
        QVERIFY(cache.loads() > 0);
    }

    void cacheIsReusedUntilTheStoreChanges()
    {
        SegmentCache cache;
        SegmentQueries queries(*m_db, &cache);
        const SegmentRule rule { { listCondition(ConditionKind::TagsAny, { m_tags.at(0) }) } };
        const qint64 before = queries.count(rule, {});
        const int loads = cache.loads();
        QCOMPARE(queries.count(rule, {}), before);
        QCOMPARE(cache.loads(), loads); // nothing changed: nothing read again

        // A write on the same connection (a bulk tag on the worker).
        auto untagged = m_db->prepare(
            u"SELECT ct.rowid FROM customer_tags ct JOIN customers c ON c.id = ct.customer_id"
            " WHERE ct.tag_id = ? AND ct.deleted = 0 AND c.deleted = 0 LIMIT 3"_s);
        untagged->bind(1, m_tags.at(0));
        QList<qint64> links;
        while (untagged->step())
            links << untagged->int64(0);
        QCOMPARE(links.size(), 3);
        for (qint64 link : links)
            m_db->exec(u"UPDATE customer_tags SET deleted = 1 WHERE rowid = %1"_s.arg(link));
        QCOMPARE(queries.count(rule, {}), before - 3);

        // A write on another connection (the GUI thread's writers, a pull).
        {
            auto other
                = store::Database::open(path(), key, store::Database::OpenMode::OpenExisting);
            for (qint64 link : links)
                other->exec(u"UPDATE customer_tags SET deleted = 0 WHERE rowid = %1"_s.arg(link));
        }
        QCOMPARE(queries.count(rule, {}), before);
        QCOMPARE(SegmentQueries(*m_db).count(rule, {}), before);
    }

    void fastPathEqualsThePlainSqlAfterChanges()
    {
        SegmentCache cache;
        compareOnRandomRules(*m_db, cache, 8, 60);
        // Tags moved around, a customer deleted and one revived, from another connection.
        {
            auto other
                = store::Database::open(path(), key, store::Database::OpenMode::OpenExisting);
            other->exec(u"UPDATE customer_tags SET deleted = 1 - deleted WHERE rowid % 11 = 0;"
                        "UPDATE customers SET deleted = 1 - deleted WHERE rowid % 89 = 0"_s);
        }
        compareOnRandomRules(*m_db, cache, 9, 60);
    }

    void exportKeepsTheSameCustomers()
    {
        SegmentCache cache;
        const SegmentRule rule { { listCondition(ConditionKind::TagsAny,
                                                 { m_tags.at(0), m_tags.at(1) }),
                                   listCondition(ConditionKind::TagsNone, { m_tags.at(2) }) } };
        const QStringList header(7, u"h"_s);
        QBuffer plainOut, fastOut;
        plainOut.open(QIODevice::WriteOnly);
        fastOut.open(QIODevice::WriteOnly);
        SegmentExporter plain(*m_db);
        SegmentExporter fast(*m_db);
        fast.setCache(&cache);
        const qint64 rows
            = plain.write(plainOut, rule, {}, customers::CustomerSort::Spend, header, {});
        QVERIFY(rows > 10);
        QCOMPARE(fast.write(fastOut, rule, {}, customers::CustomerSort::Spend, header, {}), rows);
        QCOMPARE(fastOut.data(), plainOut.data());
    }

    void riskBandsFollowAPulledModel()
    {
        churn::ChurnModel model;
        model.bgNbd = { 0.6, 40.0, 0.8, 2.4 };
        model.customers = 1500;
        model.repeatCustomers = 900;
        model.meanSpend = 300;
        model.populationGap = 60;
        churn::writeChurnModel(*m_db, m_store, model);
        const auto pulled = churn::readChurnModel(*m_db, m_store);
        QVERIFY(pulled);
        compareBands(*pulled);
        m_db->exec(u"DELETE FROM churn_models"_s);
    }

    void riskBandsFollowAModelFittedHere()
    {
        QVERIFY(!churn::readChurnModel(*m_db, m_store));
        QList<churn::CustomerSummary> summaries;
        for (const churn::BookCustomer &c : churn::ChurnScorer(*m_db).readStore(m_store, m_today))
            summaries << c.summary;
        QString error;
        const auto fitted = churn::fitChurnModel(summaries, churn::TimeUnit::Days, &error);
        QVERIFY2(fitted, qPrintable(error));
        compareBands(*fitted);
    }

    void riskBandsNeedTheWorker()
    {
        SegmentQueries plain(*m_db);
        const SegmentRule rule { { listCondition(ConditionKind::RiskBand, { u"high"_s }) } };
        QVERIFY_THROWS_EXCEPTION(InvalidRule, (void)plain.count(rule, {}));
        SegmentCache cache;
        SegmentQueries fast(*m_db, &cache);
        const SegmentRule junk { { listCondition(ConditionKind::RiskBand, { u"severe"_s }) } };
        QVERIFY_THROWS_EXCEPTION(InvalidRule, (void)fast.count(junk, {}));
    }
};

QTEST_GUILESS_MAIN(TestSegmentCache)
#include "tst_segmentcache.moc"
