// The scorer reads a guide's book from the local store's purchase aggregates: checked
// against the purchase rows of a seeded demo store, with junk aggregates skipped, and the
// revisit list built from a model fitted on the same book.
#include "churn/churnmodelrow.h"
#include "churn/churnscorer.h"
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::churn;

class TestChurnScorer : public QObject
{
    Q_OBJECT

    std::unique_ptr<store::Database> m_db;
    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    const QDate m_today { 2026, 11, 22 };
    QString m_guide;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        const demo::DemoGenerator generator(11, 3000, m_today);
        seed::seedDemoData(*m_db, index, generator);
        auto q = m_db->prepare(u"SELECT owner_guide_id FROM customers GROUP BY owner_guide_id"
                               " ORDER BY count(*) DESC LIMIT 1"_s);
        QVERIFY(q->step());
        m_guide = q->text(0);
    }

    void readsTheBookAsThePurchasesSay()
    {
        ChurnScorer scorer(*m_db);
        const QList<BookCustomer> book = scorer.readBook(m_guide, m_today);
        QCOMPARE(book.size(),
                 m_db->scalar(u"SELECT count(*) FROM customers WHERE visit_count > 0 AND"
                              " owner_guide_id = '%1'"_s.arg(m_guide)));
        QVERIFY(book.size() > 100);
        // The same summaries from the purchase rows: distinct days, first/last day, T.
        QHash<QString, CustomerSummary> fromRows;
        auto q = m_db->prepare(
            u"SELECT customer_id, count(DISTINCT purchased_on) - 1,"
            " julianday(max(purchased_on)) - julianday(min(purchased_on)),"
            " julianday(?) - julianday(min(purchased_on)) FROM purchases GROUP BY customer_id"_s);
        q->bind(1, m_today.toString(Qt::ISODate));
        while (q->step())
            fromRows.insert(q->text(0), { q->integer(1), q->real(2), q->real(3), 0 });
        int repeat = 0;
        for (const BookCustomer &c : book) {
            const CustomerSummary expected = fromRows.value(c.customerId);
            QCOMPARE(c.summary.frequency, expected.frequency);
            QCOMPARE(c.summary.recency, expected.recency);
            QCOMPARE(c.summary.age, expected.age);
            QVERIFY(summaryError(c.summary).isEmpty());
            repeat += c.summary.frequency > 0 ? 1 : 0;
            QCOMPARE(c.summary.repeatSpend > 0, c.summary.frequency > 0);
        }
        QVERIFY(repeat > 0);
        // Everyone's book is larger than one guide's.
        QVERIFY(scorer.readBook({}, m_today).size() > book.size());
        QVERIFY(scorer.readBook(m_guide, QDate()).isEmpty());
        QVERIFY(scorer.readBook(u"no-such-guide"_s, m_today).isEmpty());
    }

    void skipsJunkAggregates()
    {
        ChurnScorer scorer(*m_db);
        const qsizetype before = scorer.readBook(m_guide, m_today).size();
        // Three customers of the guide get broken aggregates, one is deleted.
        auto ids = m_db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND"
                                 " visit_count > 1 LIMIT 4"_s);
        ids->bind(1, m_guide);
        QStringList four;
        while (ids->step())
            four << ids->text(0);
        QCOMPARE(four.size(), 4);
        const auto update = [&](const QString &set, const QString &id) {
            auto u = m_db->prepare(u"UPDATE customers SET %1 WHERE id = ?"_s.arg(set));
            u->bind(1, id);
            u->run();
        };
        update(u"last_visit_on = '2001-01-01'"_s, four[0]); // before the first visit
        update(u"first_visit_on = '2030-01-01', last_visit_on = '2030-02-01'"_s, four[1]);
        update(u"last_visit_on = NULL"_s, four[2]);
        update(u"deleted = 1"_s, four[3]);
        const QList<BookCustomer> after = scorer.readBook(m_guide, m_today);
        QCOMPARE(after.size(), before - 4);
        for (const BookCustomer &c : after)
            QVERIFY(!four.contains(c.customerId));
    }

    void scoresAndListsWhoToRevisit()
    {
        ChurnScorer scorer(*m_db);
        const QList<BookCustomer> store = scorer.readBook({}, m_today);
        QList<CustomerSummary> summaries;
        for (const BookCustomer &c : store)
            summaries.append(c.summary);
        QString error;
        const auto model = fitChurnModel(summaries, TimeUnit::Days, &error);
        QVERIFY2(model, qPrintable(error));
        qInfo("demo store: %d customers, %d repeat; r %.3f alpha %.2f a %.3f b %.3f, fallback %s",
              model->customers, model->repeatCustomers, model->bgNbd.r, model->bgNbd.alpha,
              model->bgNbd.a, model->bgNbd.b, qPrintable(fallbackCauseName(model->fallback)));
        const QList<BookCustomer> book = scorer.readBook(m_guide, m_today);
        const QList<ChurnRisk> risks = ChurnScorer::score(*model, book, 90);
        QCOMPARE(risks.size(), book.size());
        const QList<CustomerChurn> revisit = ChurnScorer::revisitList(book, risks);
        QVERIFY(!revisit.isEmpty());
        QVERIFY(revisit.size() < book.size());
        for (qsizetype i = 0; i < revisit.size(); ++i) {
            QVERIFY(revisit.at(i).risk.riskScore >= 0.5);
            if (i > 0)
                QVERIFY(revisit.at(i - 1).risk.valueAtStake >= revisit.at(i).risk.valueAtStake);
        }
        QVERIFY(ChurnScorer::revisitList(book, {}).isEmpty()); // mismatched input
    }

    void keepsTheStoresModelRow()
    {
        auto q = m_db->prepare(u"SELECT id FROM stores ORDER BY id LIMIT 1"_s);
        QVERIFY(q->step());
        const QString storeId = q->text(0);
        QVERIFY(!readChurnModel(*m_db, storeId)); // none pulled yet
        ChurnModel model;
        model.bgNbd = { 0.47, 24.0, 1.01, 8.6 };
        model.logLikelihood = -12345.5;
        model.hasSpendModel = true;
        model.spend = { 4, 3, 200 };
        model.meanSpend = 412.5;
        model.populationGap = 33;
        model.customers = 2742;
        model.repeatCustomers = 2101;
        writeChurnModel(*m_db, storeId, model);
        auto read = readChurnModel(*m_db, storeId);
        QVERIFY(read);
        QCOMPARE(read->bgNbd.alpha, 24.0);
        QCOMPARE(read->spend.v, 200.0);
        QCOMPARE(read->meanSpend, 412.5);
        QCOMPARE(read->customers, 2742);
        QCOMPARE(read->fallback, FallbackCause::None);
        // Written again (a refit): one row, the new values.
        model.fallback = FallbackCause::FewRepeatBuyers;
        model.bgNbd = {};
        writeChurnModel(*m_db, storeId, model);
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM churn_models"_s), 1);
        read = readChurnModel(*m_db, storeId);
        QVERIFY(read && read->usesFallback());
        // Junk that a pull could bring: ignored rather than scored with.
        const auto set = [&](const QString &assignment) {
            m_db->exec(u"UPDATE churn_models SET %1"_s.arg(assignment));
        };
        set(u"fallback = 'none', r = 0"_s); // a "fitted" model without parameters
        QVERIFY(!readChurnModel(*m_db, storeId));
        set(u"fallback = 'something new', r = 0.5"_s);
        QVERIFY(!readChurnModel(*m_db, storeId));
        set(u"fallback = 'none', mean_spend = -1"_s);
        QVERIFY(!readChurnModel(*m_db, storeId));
        set(u"mean_spend = 1, gg_q = 0, r = 0.5, alpha = 20, a = 1, b = 2"_s);
        read = readChurnModel(*m_db, storeId);
        QVERIFY(read && !read->hasSpendModel);
        set(u"deleted = 1"_s);
        QVERIFY(!readChurnModel(*m_db, storeId));
        QVERIFY(!readChurnModel(*m_db, u"no-such-store"_s));
    }
};

QTEST_GUILESS_MAIN(TestChurnScorer)
#include "tst_churnscorer.moc"
