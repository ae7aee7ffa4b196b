// OrderWriter: each action is the local change and its outbox entry in one transaction;
// junk (unknown order, claim twice, someone else's order, wrong status, bad channel) is
// refused with nothing written.
#include "orderfixture.h"
#include "orders/orderwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace gd;
using Reason = orders::OrderRefused::Reason;

class TestOrderWriter : public QObject
{
    Q_OBJECT

    static int outboxCount(store::Database &db, const QString &name)
    {
        auto q = db.prepare(u"SELECT count(*) FROM outbox WHERE name = ?"_s);
        q->bind(1, name);
        q->step();
        return int(q->int64(0));
    }
    static QString claimedBy(store::Database &db, const QString &orderId)
    {
        auto q = db.prepare(u"SELECT coalesce(claimed_by, '') FROM orders WHERE id = ?"_s);
        q->bind(1, orderId);
        return q->step() ? q->text(0) : u"<none>"_s;
    }
    template<typename F> static Reason refusal(F &&f)
    {
        try {
            f();
        } catch (const orders::OrderRefused &refused) {
            return refused.reason;
        }
        QTest::qFail("not refused", __FILE__, __LINE__);
        return Reason::NotSignedIn;
    }

private Q_SLOTS:
    void claimWritesTheRowAndOneOutboxEntry()
    {
        test::OrderFixture f;
        const QString order = f.placeOrder(f.customerA, f.guideA, QDateTime::currentDateTimeUtc());
        orders::OrderWriter writer(*f.db, *f.outbox, f.actor(f.guideA));
        int written = 0;
        writer.setAfterWrite([&] { ++written; });
        writer.claim(order);
        QCOMPARE(claimedBy(*f.db, order), f.guideA);
        QCOMPARE(outboxCount(*f.db, u"order_claim"_s), 1);
        QCOMPARE(written, 1);
        QVERIFY(f.outbox->touchesPendingRow(u"orders"_s, order));
        const auto pending = f.outbox->pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().args.value(u"id"_s).toString(), order);
    }

    void claimTwiceIsRefusedWithoutASecondEntry()
    {
        test::OrderFixture f;
        const QString order = f.placeOrder(f.customerA, f.guideA, QDateTime::currentDateTimeUtc());
        orders::OrderWriter writer(*f.db, *f.outbox, f.actor(f.guideA));
        writer.claim(order);
        QCOMPARE(refusal([&] { writer.claim(order); }), Reason::AlreadyYours);
        QCOMPARE(outboxCount(*f.db, u"order_claim"_s), 1);
    }

    void anOrderSomeoneHoldsIsRefusedNamingThem()
    {
        test::OrderFixture f;
        const QString order = f.placeOrder(f.customerA, QString(), QDateTime::currentDateTimeUtc());
        f.db->exec(u"UPDATE orders SET claimed_by = 'g-b' WHERE id = '%1'"_s.arg(order));
        orders::OrderWriter writer(*f.db, *f.outbox, f.actor(f.guideA));
        try {
            writer.claim(order);
            QFAIL("claimed an order someone else holds");
        } catch (const orders::OrderRefused &refused) {
            QCOMPARE(refused.reason, Reason::AlreadyClaimed);
            QCOMPARE(refused.claimedByName, u"李娜"_s);
        }
        QCOMPARE(outboxCount(*f.db, u"order_claim"_s), 0);
    }

    void junkIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("reason");
        QTest::newRow("unknown id") << u"g-a"_s << u"unknown"_s << int(Reason::UnknownOrder);
        QTest::newRow("empty id") << u"g-a"_s << u"empty"_s << int(Reason::UnknownOrder);
        QTest::newRow("sql in id") << u"g-a"_s << u"sql"_s << int(Reason::UnknownOrder);
        QTest::newRow("another guide's order")
            << u"g-b"_s << u"attributed"_s << int(Reason::UnknownOrder);
        QTest::newRow("another store's order")
            << u"g-hz"_s << u"attributed"_s << int(Reason::UnknownOrder);
        QTest::newRow("pending payment") << u"g-a"_s << u"unpaid"_s << int(Reason::NotClaimable);
        QTest::newRow("completed") << u"g-a"_s << u"completed"_s << int(Reason::NotClaimable);
        QTest::newRow("nobody signed in")
            << QString() << u"attributed"_s << int(Reason::NotSignedIn);
    }
    void junkIsRefusedAndNothingWritten()
    {
        QFETCH(QString, guide);
        QFETCH(QString, which);
        QFETCH(int, reason);
        test::OrderFixture f;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString order = f.placeOrder(f.customerA, f.guideA, now);
        if (which == u"unknown"_s)
            order = u"no-such-order"_s;
        else if (which == u"empty"_s)
            order.clear();
        else if (which == u"sql"_s)
            order = u"' OR 1=1 --"_s;
        else if (which == u"unpaid"_s)
            order = f.placeOrder(f.customerA, f.guideA, now, u"pending_payment"_s);
        else if (which == u"completed"_s)
            order = f.placeOrder(f.customerA, f.guideA, now, u"completed"_s);
        orders::OrderWriter writer(*f.db, *f.outbox,
                                   guide.isEmpty() ? orders::OrderActor {} : f.actor(guide));
        QCOMPARE(int(refusal([&] { writer.claim(order); })), reason);
        QCOMPARE(f.outbox->pendingCount(), 0);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM orders WHERE claimed_by IS NOT NULL"_s),
                 qint64(0));
    }

    void pickupNeedsTheClaimer()
    {
        test::OrderFixture f;
        const QString order = f.placeOrder(f.customerA, QString(), QDateTime::currentDateTimeUtc());
        orders::OrderWriter a(*f.db, *f.outbox, f.actor(f.guideA));
        orders::OrderWriter b(*f.db, *f.outbox, f.actor(f.guideB));
        QCOMPARE(refusal([&] { a.markPickupReady(order); }), Reason::NotClaimer);
        a.claim(order);
        QCOMPARE(refusal([&] { b.markPickupReady(order); }), Reason::NotClaimer);
        a.markPickupReady(order);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM orders WHERE status = 'ready_for_pickup'"_s),
                 qint64(1));
        QCOMPARE(outboxCount(*f.db, u"order_pickup_ready"_s), 1);
        QCOMPARE(refusal([&] { a.markPickupReady(order); }), Reason::NotClaimable);
        // A manager may mark any of the store's orders.
        const QString other = f.placeOrder(f.customerB, f.guideB, QDateTime::currentDateTimeUtc());
        orders::OrderWriter manager(*f.db, *f.outbox, f.actor(f.managerId));
        manager.markPickupReady(other);
        QCOMPARE(outboxCount(*f.db, u"order_pickup_ready"_s), 2);
    }

    void contactIsALocalEventWithItsEntry()
    {
        test::OrderFixture f;
        const QString order = f.placeOrder(f.customerA, f.guideA, QDateTime::currentDateTimeUtc());
        orders::OrderWriter writer(*f.db, *f.outbox, f.actor(f.guideA));
        QCOMPARE(refusal([&] { writer.contact(order, u"sms"_s); }), Reason::BadChannel);
        QCOMPARE(refusal([&] { writer.contact(order, QString()); }), Reason::BadChannel);
        QCOMPARE(f.outbox->pendingCount(), 0);
        const QString eventId = writer.contact(order, u"wechat"_s);
        auto q = f.db->prepare(u"SELECT kind, seq, json_extract(payload_json, '$.via') FROM"
                               " order_events WHERE id = ?"_s);
        q->bind(1, eventId);
        QVERIFY(q->step());
        QCOMPARE(q->text(0), u"contacted"_s);
        QCOMPARE(q->int64(1), qint64(0));
        QCOMPARE(q->text(2), u"wechat"_s);
        QCOMPARE(outboxCount(*f.db, u"order_contact"_s), 1);
        // Rejected by the server: the device's event is withdrawn.
        f.db->exec(u"BEGIN"_s);
        f.outbox->markRejected(f.outbox->pending(1).first().mutationId, u"forbidden: no"_s);
        f.db->exec(u"COMMIT"_s);
        QCOMPARE(f.db->scalar(u"SELECT deleted FROM order_events WHERE id = '%1'"_s.arg(eventId)),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestOrderWriter)
#include "tst_orderwriter.moc"
