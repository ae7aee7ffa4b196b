// The Orders page's models: scope (a guide's orders and the store's unattributed ones; a
// manager's store with escalated orders on top), filters by status and day, lazy rows,
// live refresh (new orders inserted on top, no reset), counts, store hours and city, the
// detail with its history and a rejected claim, malformed items_json.
#include "orderfixture.h"
#include "orders/orderdetail.h"
#include "orders/orderitems.h"
#include "orders/orderlistmodel.h"
#include "orders/orderstore.h"
#include "orders/storehours.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace gd;
using Role = orders::OrderListModel::Role;

class TestOrderModels : public QObject
{
    Q_OBJECT

    static QString idAt(const orders::OrderListModel &model, int row)
    {
        return model.data(model.index(row), Role::OrderIdRole).toString();
    }

private Q_SLOTS:
    void aGuideSeesTheirsAndTheStoresUnattributedNewestFirst()
    {
        test::OrderFixture f;
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString mineOld = f.placeOrder(f.customerA, f.guideA, t);
        const QString others = f.placeOrder(f.customerB, f.guideB, t.addSecs(60));
        const QString open = f.placeOrder(f.customerB, QString(), t.addSecs(120));
        const QString mineNew = f.placeOrder(f.customerA, f.guideA, t.addSecs(180));
        f.placeOrder(f.customerHz, f.otherGuide, t.addSecs(240));
        orders::OrderStore store(*f.db);
        orders::OrderListModel model(store);
        QAbstractItemModelTester tester(&model);
        model.setActor(f.actor(f.guideA));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(idAt(model, 0), mineNew);
        QCOMPARE(idAt(model, 1), open);
        QCOMPARE(idAt(model, 2), mineOld);
        model.setActor(f.actor(f.managerId));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.orderIdAt(3), mineOld);
        QCOMPARE(model.orderIdAt(2), others);
        QCOMPARE(model.orderIdAt(4), QString());
        model.setActor(f.actor(f.otherGuide));
        QCOMPARE(model.rowCount(), 1);
    }

    void rolesSayWhatTheRowIs()
    {
        test::OrderFixture f;
        // 23:30 in Shanghai (UTC+8) is after closing; 苏州 is another city.
        const QDateTime late(QDate(2026, 12, 1), QTime(15, 30), Qt::UTC);
        const QString order = f.placeOrder(f.customerA, f.guideA, late, u"paid"_s,
                                           u"[{\"sku\":\"K\",\"name\":\"围巾\",\"qty\":2,"
                                           "\"price_cents\":100}]"_s,
                                           u"苏州"_s);
        orders::OrderStore store(*f.db);
        orders::OrderListModel model(store);
        model.setActor(f.actor(f.guideA));
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(Role::OrderIdRole).toString(), order);
        QCOMPARE(i.data(Role::CustomerNameRole).toString(), u"张三"_s);
        QCOMPARE(i.data(Role::ItemsSummaryRole).toString(), u"围巾 ×2"_s);
        QCOMPARE(i.data(Role::AmountCentsRole).toDouble(), 119800.0);
        QCOMPARE(i.data(Role::DuringStoreHoursRole).toBool(), false);
        QCOMPARE(i.data(Role::SameCityRole).toBool(), false);
        QCOMPARE(i.data(Role::WaitingRole).toBool(), true);
        QCOMPARE(i.data(Role::PlacedAtRole).toDateTime(), late);
        // Noon in Shanghai, same city.
        f.db->exec(u"UPDATE orders SET placed_at = '2026-12-01T04:00:00.000Z', city = '上海'"_s);
        model.refresh();
        QCOMPARE(model.index(0).data(Role::DuringStoreHoursRole).toBool(), true);
        QCOMPARE(model.index(0).data(Role::SameCityRole).toBool(), true);
        // The store's own hours (a store open until 23:45).
        f.db->exec(u"UPDATE stores SET closes_at = '23:45' WHERE id = 'store-sh';"
                   "UPDATE orders SET placed_at = '2026-12-01T15:30:00.000Z'"_s);
        model.refresh();
        QCOMPARE(model.index(0).data(Role::DuringStoreHoursRole).toBool(), true);
    }

    void malformedItemsDoNotBreakTheList_data()
    {
        QTest::addColumn<QString>("items");
        QTest::newRow("not json") << u"{oops"_s;
        QTest::newRow("object") << u"{\"sku\":1}"_s;
        QTest::newRow("numbers") << u"[1,2,3]"_s;
        QTest::newRow("no name") << u"[{\"sku\":\"A\",\"qty\":1}]"_s;
        QTest::newRow("zero qty") << u"[{\"name\":\"A\",\"qty\":0}]"_s;
        QTest::newRow("empty") << QString();
    }
    void malformedItemsDoNotBreakTheList()
    {
        QFETCH(QString, items);
        QVERIFY(!orders::parseOrderItems(items));
        test::OrderFixture f;
        f.placeOrder(f.customerA, f.guideA, QDateTime::currentDateTimeUtc(), u"paid"_s, items);
        orders::OrderStore store(*f.db);
        orders::OrderListModel model(store);
        model.setActor(f.actor(f.guideA));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(Role::ItemsReadableRole).toBool(), false);
        QCOMPARE(model.index(0).data(Role::ItemsSummaryRole).toString(), QString());
    }

    void filtersByStatusAndDay()
    {
        test::OrderFixture f;
        const QDateTime today(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC); // 11:00 local
        const QDateTime yesterday = today.addDays(-1);
        // 23:30 local on Dec 1st is still Dec 1st in the store, though Dec 1st 15:30 UTC.
        const QDateTime lateYesterday(QDate(2026, 12, 1), QTime(15, 30), Qt::UTC);
        const QString a = f.placeOrder(f.customerA, f.guideA, today);
        const QString b = f.placeOrder(f.customerA, f.guideA, yesterday, u"completed"_s);
        const QString c = f.placeOrder(f.customerA, f.guideA, lateYesterday);
        f.db->exec(u"UPDATE orders SET claimed_by = 'g-a' WHERE id = '%1'"_s.arg(c));
        orders::OrderStore store(*f.db);
        orders::OrderListModel model(store);
        QAbstractItemModelTester tester(&model);
        model.setActor(f.actor(f.guideA));
        QCOMPARE(model.rowCount(), 3);
        model.setStatusFilter(u"waiting"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), a);
        model.setStatusFilter(u"completed"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), b);
        model.setStatusFilter(u"mine"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), c);
        model.setStatusFilter(u"no such status"_s); // ignored
        QCOMPARE(model.statusFilter(), u"mine"_s);
        model.setStatusFilter(QString());
        model.setDayFilter(QDate(2026, 12, 1));
        QCOMPARE(model.rowCount(), 2);
        model.setDayFilter(QDate(2026, 12, 2));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), a);
        model.setDayFilter(QDate(2020, 1, 1));
        QCOMPARE(model.rowCount(), 0);
    }

    void newOrdersAreInsertedOnTopWithoutAReset()
    {
        test::OrderFixture f;
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (int i = 0; i < 120; ++i) // more than two pages
            f.placeOrder(f.customerA, f.guideA, t.addSecs(i));
        orders::OrderStore store(*f.db);
        orders::OrderListModel model(store);
        QAbstractItemModelTester tester(&model);
        model.setActor(f.actor(f.guideA));
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.index(119).data(Role::WaitingRole).toBool(), true); // a far page
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const QString newest = f.placeOrder(f.customerA, f.guideA, t.addSecs(500));
        const QString second = f.placeOrder(f.customerA, QString(), t.addSecs(400));
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 0);
        QCOMPARE(inserts.first().at(2).toInt(), 1);
        QCOMPARE(idAt(model, 0), newest);
        QCOMPARE(idAt(model, 1), second);
        // A claim changes a row in place.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        f.db->exec(u"UPDATE orders SET claimed_by = 'g-b' WHERE id = '%1'"_s.arg(second));
        model.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(1).data(Role::ClaimedByNameRole).toString(), u"李娜"_s);
        QCOMPARE(model.index(1).data(Role::WaitingRole).toBool(), false);
        // Refreshing with nothing new is harmless.
        model.refresh();
        QCOMPARE(model.rowCount(), 122);
    }

    void aManagerSeesEscalatedOrdersFirst()
    {
        test::OrderFixture f;
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString old = f.placeOrder(f.customerA, f.guideA, t);
        const QString recent = f.placeOrder(f.customerB, f.guideB, t.addSecs(1800));
        f.db->exec(u"UPDATE orders SET escalated_at = '%1' WHERE id = '%2'"_s.arg(
            t.addSecs(700).toString(Qt::ISODateWithMs), old));
        orders::OrderStore store(*f.db);
        orders::OrderListModel model(store);
        model.setActor(f.actor(f.managerId));
        QCOMPARE(idAt(model, 0), old);
        QCOMPARE(model.index(0).data(Role::EscalatedRole).toBool(), true);
        QCOMPARE(idAt(model, 1), recent);
        // Once claimed it is no longer on top.
        f.db->exec(u"UPDATE orders SET claimed_by = 'g-a' WHERE id = '%1'"_s.arg(old));
        model.refresh();
        QCOMPARE(idAt(model, 0), recent);
        const auto counts = store.counts(f.actor(f.managerId), QDate::currentDate());
        QCOMPARE(counts.waiting, 1);
        QCOMPARE(counts.escalated, 0);
    }

    void countsForTheBadge()
    {
        test::OrderFixture f;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.placeOrder(f.customerA, f.guideA, now);
        f.placeOrder(f.customerA, f.guideA, now, u"pending_payment"_s);
        const QString claimed = f.placeOrder(f.customerA, QString(), now);
        f.placeOrder(f.customerB, f.guideB, now); // not A's
        f.db->exec(u"UPDATE orders SET claimed_by = 'g-a' WHERE id = '%1'"_s.arg(claimed));
        orders::OrderStore store(*f.db);
        const QDate today = now.toOffsetFromUtc(8 * 3600).date();
        const auto counts = store.counts(f.actor(f.guideA), today);
        QCOMPARE(counts.waiting, 1);
        QCOMPARE(counts.today, 3);
        QCOMPARE(counts.mine, 1);
        QCOMPARE(store.counts(f.actor(f.managerId), today).waiting, 2);
        QCOMPARE(store.counts(orders::OrderActor {}, today).waiting, 0);
    }

    void detailWithHistoryAndARejectedClaim()
    {
        test::OrderFixture f;
        const QString order = f.placeOrder(f.customerA, QString(), QDateTime::currentDateTimeUtc());
        orders::OrderStore store(*f.db);
        orders::OrderDetail detail(store);
        detail.setActor(f.actor(f.guideA));
        QSignalSpy changed(&detail, &orders::OrderDetail::changed);
        detail.setOrderId(order);
        QCOMPARE(changed.count(), 1);
        QVERIFY(detail.valid());
        QCOMPARE(detail.customerName(), u"张三"_s);
        QCOMPARE(detail.items().size(), 1);
        QCOMPARE(detail.events().size(), 1);
        QCOMPARE(detail.events().first().toMap().value(u"kind"_s).toString(), u"created"_s);
        QVERIFY(detail.waiting());
        // This device's claim, rejected by the server; the pull brought the winner.
        f.outbox->append(u"order_claim"_s, { { u"id"_s, order } }, { { u"orders"_s, order } });
        f.db->exec(u"BEGIN"_s);
        f.outbox->markRejected(f.outbox->pending(1).first().mutationId,
                               u"already_claimed: Order is already claimed by 李娜."_s);
        f.db->exec(u"COMMIT"_s);
        f.db->exec(u"UPDATE orders SET claimed_by = 'g-b', claimed_at = '2026-12-02T01:00:00.000Z'"
                   " WHERE id = '%1'"_s.arg(order));
        f.db->exec(
            u"INSERT INTO order_events (id, order_id, seq, kind, payload_json, created_at)"
            " VALUES ('e2', '%1', 2, 'claimed', '{\"by\":\"g-b\"}', '2026-12-02T01:00:00Z')"_s.arg(
                order));
        detail.refresh();
        QVERIFY(detail.claimed());
        QVERIFY(!detail.claimedByMe());
        QCOMPARE(detail.claimedByName(), u"李娜"_s);
        QVERIFY(detail.claimRejection().startsWith(u"already_claimed"_s));
        QCOMPARE(detail.events().size(), 2);
        QCOMPARE(detail.events().last().toMap().value(u"byName"_s).toString(), u"李娜"_s);
        // An order that is not there, or not the actor's to see.
        detail.setOrderId(u"no-such-order"_s);
        QVERIFY(!detail.valid());
        const QString hz
            = f.placeOrder(f.customerHz, f.otherGuide, QDateTime::currentDateTimeUtc());
        detail.setOrderId(hz);
        QVERIFY(!detail.valid());
        // Junk in an event's payload is survivable.
        f.db->exec(u"INSERT INTO order_events (id, order_id, seq, kind, payload_json, created_at)"
                   " VALUES ('e3', '%1', 3, 'status', 'not json', '')"_s.arg(order));
        detail.setOrderId(order);
        QCOMPARE(detail.events().size(), 3);
    }

    void responseTimesPerGuide()
    {
        test::OrderFixture f;
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-7200);
        const QString fast = f.placeOrder(f.customerA, f.guideA, t);
        const QString slow = f.placeOrder(f.customerA, f.guideA, t);
        const QString third = f.placeOrder(f.customerA, f.guideA, t);
        const QString byB = f.placeOrder(f.customerB, f.guideB, t);
        f.placeOrder(f.customerA, f.guideA, t); // unclaimed: not counted
        const auto claim = [&](const QString &order, const QString &guide, int afterSeconds) {
            f.db->exec(
                u"UPDATE orders SET claimed_by = '%1', claimed_at = '%2' WHERE id = '%3'"_s.arg(
                    guide, t.addSecs(afterSeconds).toString(Qt::ISODateWithMs), order));
        };
        claim(fast, f.guideA, 60);
        claim(slow, f.guideA, 600);
        claim(third, f.guideA, 120);
        claim(byB, f.guideB, 30);
        // An old claim, outside the window; junk times are skipped.
        const QString old = f.placeOrder(f.customerB, f.guideB, t.addDays(-30));
        claim(old, f.guideB, 10);
        f.db->exec(u"UPDATE orders SET claimed_at = '%1' WHERE id = '%2'"_s.arg(
            t.addDays(-30).toString(Qt::ISODateWithMs), old));
        orders::OrderStore store(*f.db);
        const auto times = store.responseTimes(f.storeId, t.addSecs(-60));
        QCOMPARE(times.size(), 2);
        const auto &a = times.at(0).guideId == f.guideA ? times.at(0) : times.at(1);
        const auto &b = times.at(0).guideId == f.guideA ? times.at(1) : times.at(0);
        QCOMPARE(a.name, u"王丽"_s);
        QCOMPARE(a.claimed, 3);
        QCOMPARE(a.medianSeconds, 120.0);
        QCOMPARE(a.slowestSeconds, 600.0);
        QCOMPARE(b.claimed, 1);
        QCOMPARE(b.medianSeconds, 30.0);
        QVERIFY(store.responseTimes(f.otherStoreId, t.addSecs(-60)).isEmpty());
    }

    void storeHours()
    {
        const auto hours = orders::StoreHours::fromColumns(u"10:00"_s, u"22:00"_s, 480);
        QVERIFY(hours.isOpenAt(QDateTime(QDate(2026, 1, 1), QTime(2, 0), Qt::UTC)));
        QVERIFY(!hours.isOpenAt(QDateTime(QDate(2026, 1, 1), QTime(14, 0), Qt::UTC)));
        QVERIFY(!hours.isOpenAt(QDateTime(QDate(2026, 1, 1), QTime(1, 59), Qt::UTC)));
        const auto overnight = orders::StoreHours::fromColumns(u"18:00"_s, u"02:00"_s, 0);
        QVERIFY(overnight.isOpenAt(QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC)));
        QVERIFY(!overnight.isOpenAt(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)));
        const auto junk = orders::StoreHours::fromColumns(u"late"_s, u"25:99"_s, 100000);
        QCOMPARE(junk.opens, QTime(10, 0));
        QCOMPARE(junk.closes, QTime(22, 0));
        QCOMPARE(junk.utcOffsetMinutes, 480);
    }
};

QTEST_GUILESS_MAIN(TestOrderModels)
#include "tst_ordermodels.moc"
