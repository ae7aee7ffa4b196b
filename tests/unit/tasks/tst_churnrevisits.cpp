// Revisit candidates from the churn engine on a seeded store: the store's pulled model is
// used when there is one, else a model fitted here; the at-risk customers come by value at
// stake with a reason in numbers; junk guides get nothing.
#include "churn/churnmodelrow.h"
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"
#include "tasks/churnrevisitcandidates.h"
#include "tasks/taskgenerator.h"
#include "tasks/taskwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestChurnRevisits : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    QString m_guide;
    QString m_store;
    const QDate m_today { 2026, 11, 22 };

private Q_SLOTS:
    void initTestCase()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'c'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        const demo::DemoGenerator generator(5, 3000, m_today);
        seed::seedDemoData(*m_db, index, generator);
        m_guide = seed::demoGuideId(generator);
        auto store = m_db->prepare(u"SELECT store_id FROM guides WHERE id = ?"_s);
        store->bind(1, m_guide);
        QVERIFY(store->step());
        m_store = store->text(0);
    }

    void fitsHereWithoutAPulledModel()
    {
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM churn_models"_s), 0);
        tasks::ChurnRevisitCandidates source(*m_db);
        const auto candidates = source.candidates(m_guide, m_today, 25);
        QVERIFY(source.model().has_value());
        QVERIFY(source.modelFittedHere());
        QVERIFY(!candidates.isEmpty());
        QVERIFY(candidates.size() <= 25);
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const auto &c = candidates.at(i);
            QVERIFY(!c.customerName.isEmpty());
            QCOMPARE(c.reason.value(u"kind"_s).toString(), u"churn"_s);
            QVERIFY(c.reason.value(u"risk_percent"_s).toInt() >= 50);
            QVERIFY(c.reason.value(u"days_since_visit"_s).toInt() >= 0);
            if (i > 0)
                QVERIFY(candidates.at(i - 1).valueCentsAtStake >= c.valueCentsAtStake);
            // Every candidate is of the guide's book.
            auto owner = m_db->prepare(u"SELECT owner_guide_id FROM customers WHERE id = ?"_s);
            owner->bind(1, c.customerId);
            QVERIFY(owner->step());
            QCOMPARE(owner->text(0), m_guide);
        }
    }

    void usesThePulledModel()
    {
        tasks::ChurnRevisitCandidates fitter(*m_db);
        (void)fitter.candidates(m_guide, m_today, 5);
        QVERIFY(fitter.model());
        churn::ChurnModel pulled = *fitter.model();
        pulled.customers = 4242; // a mark to recognise it by
        churn::writeChurnModel(*m_db, m_store, pulled);
        tasks::ChurnRevisitCandidates source(*m_db);
        (void)source.candidates(m_guide, m_today, 5);
        QVERIFY(!source.modelFittedHere());
        QCOMPARE(source.model()->customers, 4242);
        m_db->exec(u"DELETE FROM churn_models"_s);
    }

    // The generator asks for candidates as the app does (the app's first run logged
    // "bad parameter or other API misuse" here and made no revisit task at all).
    void generatorMakesRevisitTasksFromTheChurnEngine()
    {
        outbox::Outbox outbox(*m_db);
        tasks::TaskWriter writer(*m_db, outbox, tasks::TaskActor { m_guide, m_store, false });
        tasks::ChurnRevisitCandidates source(*m_db);
        tasks::TaskGenerator generator(*m_db, writer, source);
        tasks::GenerationSettings settings;
        settings.revisitsPerDay = 5;
        settings.greetingTemplate = u"生日快乐，%1！"_s;
        const auto result = generator.generate(m_today, settings);
        QCOMPARE(result.revisitsCreated, 5);
        auto reason = m_db->prepare(u"SELECT reason_json FROM tasks WHERE kind = 'revisit'"_s);
        int churnReasons = 0;
        while (reason->step())
            churnReasons += reason->text(0).contains(u"\"churn\""_s) ? 1 : 0;
        QCOMPARE(churnReasons, 5);
        m_db->exec(u"DELETE FROM outbox_touches; DELETE FROM outbox; DELETE FROM tasks"_s);
    }

    void junkGetsNothing()
    {
        tasks::ChurnRevisitCandidates source(*m_db);
        QVERIFY(source.candidates(u"no-such-guide"_s, m_today, 10).isEmpty());
        QVERIFY(source.candidates(QString(), m_today, 10).isEmpty());
        QVERIFY(source.candidates(m_guide, m_today, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChurnRevisits)
#include "tst_churnrevisits.moc"
