// The Orders page's desk under a burst: the store changes of one frame are read once (a
// pulled batch arrives every few milliseconds during a burst of mall orders, and each
// re-read of list, counts and banner costs GUI time), nothing pulled is missed, and a
// claim answers at once rather than a frame later.
#include "orderdesk.h"
#include "orderfixture.h"
#include "orders/orderwriter.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace gd;

class TestOrderDesk : public QObject
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestOrderDesk)
#include "tst_orderdesk.moc"
