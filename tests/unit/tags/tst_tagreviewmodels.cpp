// The review models read on a worker: reload() returns at once, a newer reload supersedes an
// older one (whose result is dropped), a failed read shows in `error`, and a shelf life out
// of range is clamped as before.
#include "tags/tagreview.h"
#include "tags/tagreviewmodels.h"
#include "tagtestfixture.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <limits>

using namespace Qt::StringLiterals;
using namespace gd;

class TestTagReviewModels : public QObject
{
    Q_OBJECT

    TagTestFixture f;
    const QDate m_today { 2026, 11, 22 };
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<segments::SegmentService> m_worker;

    // One customer with two tags: one set 316 days before m_today, one 52 days before.
    void twoAgedTags()
    {
        const QString customer = f.firstCustomerOf(f.guideId);
        f.db->exec(u"DELETE FROM customer_tags"_s);
        const QString style = f.groupTag(u"style"_s, u"通勤"_s);
        const QString size = f.groupTag(u"size"_s, u"M"_s);
        f.writer->changeTags(customer, { style, size }, {});
        auto age = f.db->prepare(u"UPDATE customer_tags SET tagged_at = ? WHERE tag_id = ?"_s);
        age->bindAll(u"2026-01-10T09:00:00.000Z"_s, style);
        age->run();
        age->reset();
        age->bindAll(u"2026-10-01T09:00:00.000Z"_s, size);
        age->run();
    }

    static bool readOnWorker(tags::TagReviewListModel &model)
    {
        return QTest::qWaitFor([&] { return !model.loading(); }, 20000);
    }

private Q_SLOTS:
    void init()
    {
        f.build(200, m_dir.filePath(u"reviews-%1.db"_s.arg(++m_stores)));
        m_worker = f.openWorker();
    }
    void cleanup() { m_worker.reset(); }

    void aSupersededReloadIsDropped_data()
    {
        QTest::addColumn<bool>("firstHasRun");
        QTest::newRow("its read had run") << true; // its result was on its way: dropped
        QTest::newRow("its read had not started") << false; // skipped
    }
    void aSupersededReloadIsDropped()
    {
        QFETCH(bool, firstHasRun);
        twoAgedTags();
        tags::StaleTagModel model(*m_worker, f.guideId);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(m_today);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy reloaded(&model, &tags::TagReviewListModel::reloaded);
        QSignalSpy loading(&model, &tags::TagReviewListModel::loadingChanged);
        // The worker held up by a job of its own, so that the order is certain.
        QSemaphore started, go;
        auto hold = [&] {
            m_worker->run<int>(
                this,
                [&](store::Database &) {
                    started.release();
                    go.acquire();
                    return 0;
                },
                [](const int &, const QString &) {});
        };
        if (firstHasRun) {
            model.reload(30); // two stale tags
            hold();
        } else {
            hold();
            model.reload(30);
        }
        // Once the hold has started, a first read queued before it is done (jobs run in
        // order) and its result waits for this thread's event loop, which has not run.
        QVERIFY(started.tryAcquire(1, 20000));
        model.reload(180); // one stale tag
        go.release();
        QVERIFY(readOnWorker(model));
        QCOMPARE(model.error(), QString());
        QCOMPARE(model.total(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(tags::StaleTagModel::AgeDaysRole).toInt(), 316);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(loading.count(), 2); // loading from the first reload until the newest result
        QTest::qWait(50); // nothing else comes
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.total(), 1);
    }

    void aFailedReadShowsItsError()
    {
        tags::CoverageModel model(*m_worker, QString());
        model.reload();
        QVERIFY(readOnWorker(model));
        QCOMPARE(model.error(), QString());
        const int guides = model.rowCount();
        QVERIFY(guides >= 2);
        // The table it reads is gone: the read fails, the rows stay the last good ones.
        f.db->exec(u"ALTER TABLE tag_groups RENAME TO tag_groups_away"_s);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QVERIFY(readOnWorker(model));
        QVERIFY2(model.error().contains(u"tag_groups"_s), qPrintable(model.error()));
        QVERIFY(model.loaded());
        QCOMPARE(model.rowCount(), guides);
        QCOMPARE(resets.count(), 0);
        // Back again: the next read clears the error.
        f.db->exec(u"ALTER TABLE tag_groups_away RENAME TO tag_groups"_s);
        model.reload();
        QVERIFY(readOnWorker(model));
        QCOMPARE(model.error(), QString());
        QCOMPARE(model.rowCount(), guides);
    }

    void aWorkerWithoutItsStoreShowsWhy()
    {
        segments::SegmentService broken([]() -> std::unique_ptr<store::Database> {
            throw std::runtime_error("The database key vanished from the keychain.");
        });
        tags::SizeMismatchModel model(broken, f.guideId);
        model.reload();
        QVERIFY(model.loading());
        QVERIFY(readOnWorker(model));
        QCOMPARE(model.error(), u"The database key vanished from the keychain."_s);
        QVERIFY(model.loaded());
        QCOMPARE(model.rowCount(), 0);
    }

    void junkShelfLivesAreClamped_data()
    {
        QTest::addColumn<int>("shelfLifeDays");
        QTest::addColumn<int>("expected");
        QTest::newRow("negative: as 0, every tag set before today") << -30 << 2;
        QTest::newRow("the lowest int") << std::numeric_limits<int>::min() << 2;
        QTest::newRow("beyond the calendar: none") << std::numeric_limits<int>::max() << 0;
    }
    void junkShelfLivesAreClamped()
    {
        QFETCH(int, shelfLifeDays);
        QFETCH(int, expected);
        twoAgedTags();
        tags::StaleTagModel model(*m_worker, f.guideId);
        model.setToday(m_today);
        model.reload(shelfLifeDays);
        QVERIFY(readOnWorker(model));
        QCOMPARE(model.error(), QString());
        QCOMPARE(model.total(), expected);
        QCOMPARE(model.rowCount(), expected);
        tags::TagReview review(*f.db);
        QCOMPARE(model.total(), review.staleCount(f.guideId, shelfLifeDays, m_today));
    }

    void theModelsOwnPropertiesNotifyOnReloaded()
    {
        // Declared in the models, notified by their base's signal (found by name at run
        // time): QML bindings on them follow each read.
        tags::StaleTagModel stale(*m_worker, f.guideId);
        tags::CoverageModel coverage(*m_worker, f.guideId);
        const QList<std::pair<const QObject *, const char *>> properties
            = { { &stale, "total" }, { &coverage, "groupNames" }, { &coverage, "groupNamesEn" } };
        for (const auto &[model, name] : properties) {
            const QMetaObject *meta = model->metaObject();
            const QMetaProperty property = meta->property(meta->indexOfProperty(name));
            QVERIFY2(property.hasNotifySignal(), name);
            QCOMPARE(property.notifySignal().name(), QByteArray("reloaded"));
        }
    }

    void aModelGoneBeforeItsResultIsNotCalled()
    {
        auto model = std::make_unique<tags::CoverageModel>(*m_worker, QString());
        model->reload();
        model.reset(); // the page closed while the worker reads
        QTRY_COMPARE_WITH_TIMEOUT(m_worker->pendingJobs(), 0, 20000);
        QTest::qWait(50); // the result's delivery, dropped, has run
    }
};

QTEST_GUILESS_MAIN(TestTagReviewModels)
#include "tst_tagreviewmodels.moc"
