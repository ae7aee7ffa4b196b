// The Orders page's desk under a burst: the store changes of one frame are read once (a
// pulled batch arrives every few milliseconds during a burst of mall orders, and each
// re-read of list, counts and banner costs GUI time), nothing pulled is missed, and a
// claim answers at once rather than a frame later. With a reader (a worker with its own
// connection, as in the app) the re-reads run there and a result older than a re-read done
// here is never applied.
#include "orderdesk.h"
#include "orderfixture.h"
#include "orders/orderwriter.h"
#include "segments/segmentservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gd;

class TestOrderDesk : public QObject
{
    Q_OBJECT

    // The app's arrangement: a worker with its own connection to the fixture's store file.
    static std::unique_ptr<segments::SegmentService> readerOf(const QString &path)
    {
        return std::make_unique<segments::SegmentService>([path] {
            return store::Database::open(path, QByteArray(32, 'k'),
                                         store::Database::OpenMode::OpenExisting);
        });
    }

private Q_SLOTS:
    void aBurstOfPulledBatchesIsReadOncePerFrame()
    {
        test::OrderFixture f;
        ui::OrderDesk desk(*f.db, nullptr);
        desk.setActor(f.actor(f.managerId));
        QCOMPARE(desk.orders()->count(), 0);
        QSignalSpy refreshed(&desk, &ui::OrderDesk::refreshed);
        QSignalSpy announced(&desk, &ui::OrderDesk::newPaidOrder);
        const QDateTime t = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 20; ++i) {
            f.placeOrder(f.customerA, f.guideA, t.addSecs(i));
            desk.storeChanged({ u"orders"_s, u"order_events"_s });
        }
        // Nothing read yet: the batches of this frame wait for one re-read.
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(refreshed.wait(1000));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(desk.orders()->count(), 20);
        QCOMPARE(desk.waitingCount(), 20);
        QCOMPARE(desk.bannerCount(), 20);
        QCOMPARE(announced.count(), 1); // one banner and one beep for the batch
        QVERIFY(desk.lastRefreshNsecs() > 0);
        // Tables the desk does not show do not cost a re-read.
        desk.storeChanged({ u"customers"_s, u"tasks"_s });
        QTest::qWait(3 * ui::OrderDesk::coalesceMs);
        QCOMPARE(refreshed.count(), 1);
    }

    void aChangeAfterTheReReadIsReadInTheNextFrame()
    {
        test::OrderFixture f;
        ui::OrderDesk desk(*f.db, nullptr);
        desk.setActor(f.actor(f.managerId));
        QSignalSpy refreshed(&desk, &ui::OrderDesk::refreshed);
        const QDateTime t = QDateTime::currentDateTimeUtc();
        f.placeOrder(f.customerA, f.guideA, t);
        desk.storeChanged({ u"orders"_s });
        QVERIFY(refreshed.wait(1000));
        f.placeOrder(f.customerB, f.guideB, t.addSecs(1));
        desk.storeChanged({ u"orders"_s });
        QVERIFY(refreshed.wait(1000));
        QCOMPARE(refreshed.count(), 2);
        QCOMPARE(desk.orders()->count(), 2);
    }

    void aClaimIsShownAtOnceAndAnswersThePendingChanges()
    {
        test::OrderFixture f;
        orders::OrderWriter writer(*f.db, *f.outbox, f.actor(f.guideA));
        ui::OrderDesk desk(*f.db, &writer);
        desk.setActor(f.actor(f.guideA));
        const QString id = f.placeOrder(f.customerA, f.guideA, QDateTime::currentDateTimeUtc());
        desk.storeChanged({ u"orders"_s });
        QSignalSpy refreshed(&desk, &ui::OrderDesk::refreshed);
        // The claim re-reads straight away (the button's answer cannot wait for a frame)...
        QVERIFY(desk.claim(id).value(u"ok"_s).toBool());
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(desk.mineCount(), 1);
        QCOMPARE(desk.waitingCount(), 0);
        QCOMPARE(desk.orders()->count(), 1);
        // ...and that re-read covered the pulled change: no second one follows.
        QTest::qWait(3 * ui::OrderDesk::coalesceMs);
        QCOMPARE(refreshed.count(), 1);
    }

    void withAReaderTheBurstIsReadOnTheWorker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"orders.db"_s);
        test::OrderFixture f(path);
        auto reader = readerOf(path);
        ui::OrderDesk desk(*f.db, nullptr, reader.get());
        desk.setActor(f.actor(f.managerId));
        QSignalSpy refreshed(&desk, &ui::OrderDesk::refreshed);
        const QDateTime t = QDateTime::currentDateTimeUtc();
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 10; ++i)
                f.placeOrder(f.customerA, f.guideA, t.addSecs(round * 10 + i));
            desk.storeChanged({ u"orders"_s });
            QTest::qWait(ui::OrderDesk::coalesceMs / 2);
        }
        QTRY_COMPARE(desk.orders()->count(), 50);
        QTRY_COMPARE(reader->pendingJobs(), 0);
        QCOMPARE(desk.waitingCount(), 50);
        QCOMPARE(desk.bannerCount(), 50);
        QVERIFY(refreshed.count() >= 1);
        QVERIFY(refreshed.count() < 5); // coalesced: one read at a time, one more for the rest
        // The rows themselves are read here, a page at a time.
        QCOMPARE(desk.orders()
                     ->data(desk.orders()->index(0), orders::OrderListModel::StatusRole)
                     .toString(),
                 u"paid"_s);
    }

    void aWorkerReadOlderThanAClaimIsNotApplied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"orders.db"_s);
        test::OrderFixture f(path);
        auto reader = readerOf(path);
        orders::OrderWriter writer(*f.db, *f.outbox, f.actor(f.guideA));
        ui::OrderDesk desk(*f.db, &writer, reader.get());
        desk.setActor(f.actor(f.guideA));
        const QString id = f.placeOrder(f.customerA, f.guideA, QDateTime::currentDateTimeUtc());
        // A worker read starts (it sees the order waiting) and the guide claims before its
        // result is back: the claim's own re-read is what stays on screen.
        desk.refresh();
        // The worker has read (the order still waiting); its result waits in this thread's
        // event queue, which does not run until the claim is done.
        while (reader->pendingJobs() > 0)
            QThread::msleep(1);
        QVERIFY(desk.claim(id).value(u"ok"_s).toBool());
        QCOMPARE(desk.waitingCount(), 0);
        QCOMPARE(desk.mineCount(), 1);
        QTRY_COMPARE(reader->pendingJobs(), 0);
        QTest::qWait(3 * ui::OrderDesk::coalesceMs);
        QTRY_COMPARE(reader->pendingJobs(), 0);
        QCOMPARE(desk.waitingCount(), 0);
        QCOMPARE(desk.mineCount(), 1);
        QCOMPARE(desk.bannerCount(), 0);
    }

    void aReaderThatCannotOpenTheStoreFallsBackToThisThread()
    {
        test::OrderFixture f;
        segments::SegmentService reader(
            []() -> std::unique_ptr<store::Database> { throw std::runtime_error("no key"); });
        ui::OrderDesk desk(*f.db, nullptr, &reader);
        desk.setActor(f.actor(f.managerId));
        f.placeOrder(f.customerA, f.guideA, QDateTime::currentDateTimeUtc());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"Orders: reading on the worker failed"_s));
        desk.storeChanged({ u"orders"_s });
        QTRY_COMPARE(desk.orders()->count(), 1);
        QCOMPARE(desk.waitingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderDesk)
#include "tst_orderdesk.moc"
