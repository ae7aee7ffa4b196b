// Keeping tags true: stale tags by shelf life, coverage per guide against a count by hand,
// and the size spot check — its rule alone, and on a store; the models read them on a
// worker with its own connection (tst_tagreviewmodels: how they supersede and fail).
#include "tags/tagreview.h"
#include "tags/tagreviewmodels.h"
#include "tagtestfixture.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace gd;

class TestTagReview : public QObject
{
    Q_OBJECT

    TagTestFixture f;
    const QDate m_today { 2026, 11, 22 };
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<segments::SegmentService> m_worker;

    void addPurchase(const QString &customerId, const QString &date, const QString &size)
    {
        static int n = 0;
        auto insert = f.db->prepare(u"INSERT INTO purchases (id, customer_id, purchased_on,"
                                    " amount_cents, category, size) VALUES (?, ?, ?, 10000,"
                                    " '外套', ?)"_s);
        insert->bindAll(u"test-purchase-%1"_s.arg(++n), customerId, date, size);
        insert->run();
    }

private Q_SLOTS:
    void init()
    {
        f.build(200, m_dir.filePath(u"tags-%1.db"_s.arg(++m_stores)));
        m_worker = f.openWorker();
    }
    void cleanup() { m_worker.reset(); }

    void contradictingSizeRule_data()
    {
        QTest::addColumn<QString>("tagged");
        QTest::addColumn<QStringList>("recent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("five L against M")
            << u"M"_s << QStringList { u"L"_s, u"L"_s, u"L"_s, u"L"_s, u"L"_s } << u"L"_s;
        QTest::newRow("three of three")
            << u"M"_s << QStringList { u"L"_s, u"L"_s, u"L"_s } << u"L"_s;
        QTest::newRow("too few") << u"M"_s << QStringList { u"L"_s, u"L"_s } << QString();
        QTest::newRow("agrees") << u"M"_s << QStringList { u"M"_s, u"L"_s, u"M"_s } << QString();
        QTest::newRow("no majority")
            << u"M"_s << QStringList { u"L"_s, u"S"_s, u"XL"_s, u"L"_s } << QString();
        QTest::newRow("tag bought twice")
            << u"M"_s << QStringList { u"L"_s, u"L"_s, u"L"_s, u"M"_s, u"M"_s } << QString();
        QTest::newRow("tag bought once")
            << u"M"_s << QStringList { u"L"_s, u"L"_s, u"L"_s, u"M"_s } << u"L"_s;
        QTest::newRow("only last five count")
            << u"M"_s << QStringList { u"M"_s, u"M"_s, u"M"_s, u"L"_s, u"L"_s, u"L"_s, u"L"_s }
            << QString();
        QTest::newRow("empty") << u"M"_s << QStringList {} << QString();
    }
    void contradictingSizeRule()
    {
        QFETCH(QString, tagged);
        QFETCH(QStringList, recent);
        QFETCH(QString, expected);
        QCOMPARE(tags::contradictingSize(tagged, recent), expected);
    }

    void staleTagsByShelfLife()
    {
        const QString customer = f.firstCustomerOf(f.guideId);
        f.db->exec(u"DELETE FROM customer_tags"_s);
        const QString style = f.groupTag(u"style"_s, u"通勤"_s);
        const QString size = f.groupTag(u"size"_s, u"M"_s);
        f.writer->changeTags(customer, { style, size }, {});
        auto age = f.db->prepare(u"UPDATE customer_tags SET tagged_at = ? WHERE tag_id = ?"_s);
        age->bindAll(u"2026-01-10T09:00:00.000Z"_s, style); // 316 days before m_today
        age->run();
        age->reset();
        age->bindAll(u"2026-10-01T09:00:00.000Z"_s, size); // 52 days
        age->run();
        tags::TagReview review(*f.db);
        QCOMPARE(review.staleCount(f.guideId, 180, m_today), 1);
        QCOMPARE(review.staleCount(f.guideId, 30, m_today), 2);
        QCOMPARE(review.staleCount(f.guideId, 400, m_today), 0);
        const auto stale = review.staleTags(f.guideId, 180, m_today, 10);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.first().tagId, style);
        QCOMPARE(stale.first().ageDays, 316);
        // Another guide's book does not see them; the store view does.
        QCOMPARE(review.staleCount(u"someone-else"_s, 30, m_today), 0);
        QCOMPARE(review.staleCount(QString(), 30, m_today), 2);
        // Confirming sets it again: fresh.
        f.writer->addTag(customer, style);
        QCOMPARE(review.staleCount(f.guideId, 180, QDate::currentDate()), 0);

        tags::StaleTagModel model(*m_worker, f.guideId);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate later = m_today.addDays(400);
        model.setToday(later);
        model.reload(180);
        QVERIFY(model.loading()); // read on the worker: nothing yet
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 20000);
        QCOMPARE(model.error(), QString());
        QVERIFY(model.loaded());
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.total(), model.rowCount());
        QCOMPARE(model.total(), review.staleCount(f.guideId, 180, later));
        const auto oldest = review.staleTags(f.guideId, 180, later, tags::StaleTagModel::limit);
        QCOMPARE(model.index(0).data(tags::StaleTagModel::TagIdRole).toString(),
                 oldest.first().tagId);
        QCOMPARE(model.index(0).data(tags::StaleTagModel::AgeDaysRole).toInt(),
                 oldest.first().ageDays);
    }

    void aGuidesStaleCountReadsOnlyIndexes()
    {
        // At 250,000 links a guide's stale count took seconds: each link was a visit to its
        // table row (decrypted pages). Their customers, then each one's links, from
        // covering indexes alone.
        auto q
            = f.db->prepare(u"EXPLAIN QUERY PLAN "_s + tags::TagReview::staleCountSql(f.guideId));
        q->bindAll(f.guideId, u"2026-06-01"_s);
        QStringList plan;
        while (q->step())
            plan << q->text(3);
        QCOMPARE(plan.size(), 2);
        QVERIFY2(plan.at(0).startsWith(u"SEARCH c USING COVERING INDEX"_s),
                 qPrintable(plan.join(u"; "_s)));
        QVERIFY2(
            plan.at(1).startsWith(u"SEARCH ct USING COVERING INDEX customer_tags_by_customer"_s),
            qPrintable(plan.join(u"; "_s)));
    }

    void coverageMatchesACountByHand()
    {
        tags::TagReview review(*f.db);
        const tags::Coverage coverage = review.coverage(QString());
        QVERIFY(coverage.groups.size() >= 5);
        QVERIFY(coverage.rows.size() >= 2);
        for (const tags::CoverageRow &row : coverage.rows) {
            auto customers = f.db->prepare(u"SELECT count(*) FROM customers WHERE"
                                           " owner_guide_id = ? AND deleted = 0"_s);
            customers->bind(1, row.guideId);
            customers->step();
            QCOMPARE(row.customers, customers->integer(0));
            for (qsizetype g = 0; g < coverage.groups.size(); ++g) {
                // Count customers one by one: does this one have a live tag of the group?
                int filled = 0;
                auto each = f.db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND"
                                          " deleted = 0"_s);
                each->bind(1, row.guideId);
                while (each->step()) {
                    auto has = f.db->prepare(
                        u"SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE"
                        " ct.customer_id = ? AND ct.deleted = 0 AND t.group_id = ? LIMIT 1"_s);
                    has->bindAll(each->text(0), coverage.groups.at(g).id);
                    filled += has->step() ? 1 : 0;
                }
                QCOMPARE(row.filled.at(g), filled);
            }
        }
        // One guide's view has only that guide.
        const tags::Coverage own = review.coverage(f.guideId);
        QCOMPARE(own.rows.size(), 1);
        QCOMPARE(own.rows.first().guideId, f.guideId);

        tags::CoverageModel model(*m_worker, QString());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.loading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 20000);
        QCOMPARE(model.error(), QString());
        QCOMPARE(model.rowCount(), coverage.rows.size());
        QCOMPARE(model.groupNames().size(), coverage.groups.size());
        const QVariantList shares = model.index(0).data(tags::CoverageModel::SharesRole).toList();
        QCOMPARE(shares.size(), coverage.groups.size());
        const tags::CoverageRow &first = coverage.rows.first();
        QCOMPARE(model.index(0).data(tags::CoverageModel::GuideIdRole).toString(), first.guideId);
        for (qsizetype g = 0; g < shares.size(); ++g) {
            QVERIFY(shares.at(g).toDouble() >= 0 && shares.at(g).toDouble() <= 100);
            QCOMPARE(shares.at(g).toDouble(),
                     first.customers > 0 ? 100.0 * first.filled.at(g) / first.customers : 0.0);
        }
    }

    void spotCheckFlagsContradictedSizeTags()
    {
        const QString customer = f.firstCustomerOf(f.guideId);
        f.db->exec(u"DELETE FROM customer_tags; DELETE FROM purchases;"_s);
        const QString m = f.groupTag(u"size"_s, u"M"_s);
        f.writer->addTag(customer, m);
        f.db->exec(u"UPDATE customer_tags SET tagged_at = '2025-06-01T08:00:00.000Z'"_s);
        tags::TagReview review(*f.db);
        QVERIFY(review.sizeMismatches(f.guideId, 10).isEmpty());
        addPurchase(customer, u"2026-01-05"_s, u"L"_s);
        addPurchase(customer, u"2026-03-05"_s, u"L"_s);
        addPurchase(customer, u"2026-05-05"_s, u"38"_s); // a shoe size: not a clothing size
        QVERIFY(review.sizeMismatches(f.guideId, 10).isEmpty()); // two sized purchases only
        addPurchase(customer, u"2026-07-05"_s, u"L"_s);
        const auto found = review.sizeMismatches(f.guideId, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().customerId, customer);
        QCOMPARE(found.first().taggedSize, u"M"_s);
        QCOMPARE(found.first().boughtSize, u"L"_s);
        QCOMPARE(found.first().recentSizes, (QStringList { u"L"_s, u"L"_s, u"L"_s }));
        // Kept by the guide after those purchases: not flagged again until a new purchase.
        f.writer->addTag(customer, m);
        QVERIFY(review.sizeMismatches(f.guideId, 10).isEmpty());
        addPurchase(customer, QDate::currentDate().addDays(1).toString(Qt::ISODate), u"L"_s);
        QCOMPARE(review.sizeMismatches(f.guideId, 10).size(), 1);
        // Another guide's book does not see it.
        QVERIFY(review.sizeMismatches(u"someone-else"_s, 10).isEmpty());

        tags::SizeMismatchModel model(*m_worker, f.guideId);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.loading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 20000);
        QCOMPARE(model.error(), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(tags::SizeMismatchModel::CustomerIdRole).toString(), customer);
        QCOMPARE(model.index(0).data(tags::SizeMismatchModel::BoughtSizeRole).toString(), u"L"_s);
    }
};

QTEST_GUILESS_MAIN(TestTagReview)
#include "tst_tagreview.moc"
