// The dashboard's sales and figures against a store small enough to add up by hand: which
// purchases and orders count for which guide and day (local days: TZ is Asia/Shanghai, so
// an order placed at 16:30 UTC counts on the next local day), the 14-day window, targets,
// the orders waiting, new members and tag coverage.
#include "dashboard/dashboardfigures.h"
#include "dashboard/dashboardfiguresmodel.h"
#include "dashboard/salesfigures.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::dashboard;

class TestSalesFigures : public QObject
{
    Q_OBJECT

    std::unique_ptr<store::Database> m_db;
    const QDate m_today { 2026, 12, 2 };

private Q_SLOTS:
    void initTestCase()
    {
        // The hand computation below assumes UTC+8 (ctest pins TZ for every test).
        QCOMPARE(QDateTime(m_today, QTime(0, 0)).offsetFromUtc(), 8 * 3600);
    }

    void init()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_db->exec(
            u"INSERT INTO stores (id, name) VALUES ('s1', '南京西路店');"
            "INSERT INTO guides (id, store_id, name, daily_target_cents, monthly_target_cents)"
            " VALUES ('g1', 's1', '王丽', 500000, 12000000), ('g2', 's1', '李娜', 0, 0);"
            "INSERT INTO customers (id, store_id, owner_guide_id, name, deleted, card_opened_on,"
            " created_at) VALUES"
            " ('c1', 's1', 'g1', '张三', 0, '2026-12-02', '2026-01-01T00:00:00.000Z'),"
            " ('c2', 's1', 'g1', '李四', 0, '2026-11-03', '2026-01-01T00:00:00.000Z'),"
            " ('c3', 's1', 'g2', '王五', 0, '2026-12-02', '2026-01-01T00:00:00.000Z'),"
            " ('c4', 's1', 'g1', '赵六', 1, '2026-12-02', '2026-01-01T00:00:00.000Z'),"
            " ('c5', 's1', 'g1', '钱七', 0, NULL, '2026-12-01T03:00:00.000Z');"
            "INSERT INTO purchases (id, customer_id, guide_id, purchased_on, amount_cents, deleted)"
            " VALUES ('p1', 'c1', 'g1', '2026-12-02', 10000, 0),"
            " ('p2', 'c2', 'g1', '2026-12-02', 25000, 0),"
            " ('p3', 'c1', 'g1', '2026-12-01', 30000, 0),"
            " ('p4', 'c3', 'g2', '2026-12-02', 99900, 0),"
            " ('p5', 'c1', 'g1', '2026-11-30', 40000, 0),"
            " ('p6', 'c1', 'g1', '2026-11-18', 77700, 0),"
            " ('p7', 'c1', 'g1', '2026-11-19', 11100, 0),"
            " ('p8', 'c4', 'g1', '2026-12-02', 50000, 0),"
            " ('p9', 'c2', 'g1', '2026-12-02', 60000, 1),"
            // Rung up by g1 for g2's customer: the customer's owner gets it.
            " ('p10', 'c3', 'g1', '2026-12-02', 12300, 0);"
            "INSERT INTO orders (id, order_no, customer_id, guide_id, store_id, status,"
            " amount_cents, placed_at, claimed_by) VALUES"
            " ('o1', 'N1', 'c1', 'g1', 's1', 'paid', 20000, '2026-12-02T01:00:00.000Z', NULL),"
            " ('o2', 'N2', 'c1', 'g1', 's1', 'completed', 5000, '2026-12-01T16:30:00.000Z', 'g1'),"
            " ('o3', 'N3', 'c1', 'g1', 's1', 'refunded', 88800, '2026-12-02T02:00:00.000Z', 'g1'),"
            " ('o4', 'N4', 'c1', 'g1', 's1', 'pending_payment', 70000, '2026-12-02T03:00:00.000Z',"
            " NULL),"
            " ('o5', 'N5', 'c2', 'g1', 's1', 'to_ship', 3000, '2026-12-01T15:59:00.000Z', 'g1'),"
            " ('o6', 'N6', 'c2', 'g1', 's1', 'refund_requested', 4000, '2026-11-25T04:00:00.000Z',"
            " 'g1'),"
            " ('o7', 'N7', 'c3', 'g2', 's1', 'paid', 99000, '2026-12-02T01:00:00.000Z', NULL),"
            " ('o8', 'N8', 'c1', 'g1', 's1', 'ready_for_pickup', 1000, '2026-12-02T05:00:00.000Z',"
            " 'g1'),"
            " ('o9', 'N9', 'c2', 'g1', 's1', 'paid', 2000, '2026-11-30T02:00:00.000Z', NULL);"
            "INSERT INTO tag_groups (id, code, name, name_en) VALUES ('tg1', 'size', '尺码',"
            " 'Size');"
            "INSERT INTO tags (id, group_id, name) VALUES ('t1', 'tg1', 'M');"
            "INSERT INTO customer_tags (id, customer_id, tag_id, tagged_at) VALUES"
            " ('ct1', 'c1', 't1', '2026-11-01T00:00:00.000Z');"_s);
    }

    void today()
    {
        const DaySales sales = salesBetween(*m_db, u"g1"_s, m_today, m_today);
        QCOMPARE(sales.inStoreCents, 10000 + 25000);
        QCOMPARE(sales.onlineCents, 20000 + 5000 + 1000);
        QCOMPARE(sales.totalCents(), 61000);
        const DaySales other = salesBetween(*m_db, u"g2"_s, m_today, m_today);
        QCOMPARE(other.inStoreCents, 99900 + 12300);
        QCOMPARE(other.onlineCents, 99000);
    }

    void byDayOverTheFortnight()
    {
        const QList<DaySales> days = salesByDay(*m_db, u"g1"_s, m_today.addDays(-13), m_today);
        QCOMPARE(days.size(), 14);
        QCOMPARE(days.first().day, QDate(2026, 11, 19));
        QCOMPARE(days.last().day, m_today);
        QHash<QDate, DaySales> byDay;
        qint64 total = 0;
        for (const DaySales &d : days) {
            byDay.insert(d.day, d);
            total += d.totalCents();
        }
        QCOMPARE(byDay.value(QDate(2026, 11, 19)).inStoreCents, 11100);
        QCOMPARE(byDay.value(QDate(2026, 11, 25)).onlineCents, 4000);
        QCOMPARE(byDay.value(QDate(2026, 11, 30)), (DaySales { QDate(2026, 11, 30), 40000, 2000 }));
        QCOMPARE(byDay.value(QDate(2026, 12, 1)), (DaySales { QDate(2026, 12, 1), 30000, 3000 }));
        QCOMPARE(byDay.value(QDate(2026, 11, 20)).totalCents(), 0);
        // 11-18 (p6) is outside the window.
        QCOMPARE(total, 11100 + 4000 + 42000 + 33000 + 61000);
    }

    void nothingForJunkRanges()
    {
        QVERIFY(salesByDay(*m_db, u"g1"_s, m_today, m_today.addDays(-1)).isEmpty());
        QVERIFY(salesByDay(*m_db, u"g1"_s, QDate(), m_today).isEmpty());
        QVERIFY(salesByDay(*m_db, QString(), m_today, m_today).isEmpty());
        QCOMPARE(salesBetween(*m_db, u"nobody"_s, m_today, m_today).totalCents(), 0);
        QCOMPARE(salesBetween(*m_db, u"g1' OR 1=1 --"_s, m_today, m_today).totalCents(), 0);
    }

    void targets()
    {
        QCOMPARE(salesTargets(*m_db, u"g1"_s), (SalesTargets { 500000, 12000000 }));
        QCOMPARE(salesTargets(*m_db, u"g2"_s), (SalesTargets { 0, 0 }));
        QCOMPARE(salesTargets(*m_db, u"nobody"_s), (SalesTargets {}));
    }

    void targetsRefuseNegatives()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 m_db->exec(u"UPDATE guides SET daily_target_cents = -1"_s));
    }

    void figures()
    {
        const DashboardFigures f = loadDashboardFigures(*m_db, u"g1"_s, m_today);
        QCOMPARE(f.today.totalCents(), 61000);
        QCOMPARE(f.month.inStoreCents, 65000); // 12-01 and 12-02
        QCOMPARE(f.month.onlineCents, 29000);
        QCOMPARE(f.lastDays.size(), chartDays);
        QCOMPARE(f.targets.dailyCents, 500000);
        QVERIFY(f.hasOrders);
        QCOMPARE(f.ordersWaiting, 2); // o1 and o9: paid, unclaimed
        QCOMPARE(f.oldestWaitingSince, u"2026-11-30T02:00:00.000Z"_s);
        QCOMPARE(f.newMembersMonth, 2); // c1 (card today), c5 (created 12-01, no card)
        QCOMPARE(f.newMembersToday, 1);
        QCOMPARE(f.tagGroups, 1);
        QCOMPARE(f.bookSize, 3); // c1, c2, c5 (c4 is deleted)
        QCOMPARE(f.coveragePercent, 33);
        QCOMPARE(f.weakestGroup, u"尺码"_s);
        QVERIFY(f.atRiskCount >= 0);
    }

    void monthStartsOnTheFirst()
    {
        const DashboardFigures f = loadDashboardFigures(*m_db, u"g1"_s, QDate(2026, 12, 1));
        QCOMPARE(f.month.inStoreCents, 30000);
        QCOMPARE(f.month.onlineCents, 3000); // o5 only: o2 (16:30 UTC) is 12-02 local
        QCOMPARE(f.today.totalCents(), 33000);
        QCOMPARE(f.lastDays.size(), chartDays);
        QCOMPARE(f.lastDays.first().day, QDate(2026, 11, 18));
        QCOMPARE(f.lastDays.first().inStoreCents, 77700);
    }

    void noGuideNoFigures()
    {
        const DashboardFigures f = loadDashboardFigures(*m_db, QString(), m_today);
        QCOMPARE(f.today.totalCents(), 0);
        QVERIFY(f.lastDays.isEmpty());
        QCOMPARE(f.ordersWaiting, 0);
    }

    // A burst of mall orders re-reads only the order figures (withOrdersReread): after new
    // orders, a claim and a refund the result must equal a full read.
    void ordersAloneRereadEqualsAFullRead()
    {
        const DashboardFigures before = loadDashboardFigures(*m_db, u"g1"_s, m_today);
        m_db->exec(u"INSERT INTO orders (id, order_no, customer_id, guide_id, store_id, status,"
                   " amount_cents, placed_at) VALUES"
                   " ('o10', 'N10', 'c2', 'g1', 's1', 'paid', 45600, '2026-12-02T06:00:00.000Z'),"
                   " ('o11', 'N11', 'c1', 'g1', 's1', 'paid', 700, '2026-11-20T06:00:00.000Z'),"
                   " ('o12', 'N12', 'c1', 'g2', 's1', 'paid', 900, '2026-12-02T06:00:00.000Z');"
                   "UPDATE orders SET claimed_by = 'g1' WHERE id = 'o1';"
                   "UPDATE orders SET status = 'refunded' WHERE id = 'o5';"_s);
        const DashboardFigures reread = withOrdersReread(*m_db, u"g1"_s, before);
        const DashboardFigures full = loadDashboardFigures(*m_db, u"g1"_s, m_today);
        QCOMPARE(reread.ordersWaiting, 3); // o9, o10, o11 (o1 claimed now)
        QVERIFY(reread.month.onlineCents != before.month.onlineCents);
        QCOMPARE(reread.today, full.today);
        QCOMPARE(reread.month, full.month);
        QCOMPARE(reread.lastDays, full.lastDays);
        QVERIFY(reread == full);
        // Nothing to re-read for no one.
        QVERIFY(withOrdersReread(*m_db, QString(), before) == before);
    }

    // The model routes changes: orders alone → the order figures re-read; anything else (a
    // purchase) → a full read. Either way it shows what a full read would.
    void theModelReReadsWhatChanged()
    {
        DashboardFiguresModel model(*m_db, nullptr);
        model.setToday(m_today);
        model.setGuide(u"g1"_s);
        QVERIFY(model.loaded());
        QCOMPARE(model.ordersWaiting(), 2);
        QSignalSpy changed(&model, &DashboardFiguresModel::changed);
        m_db->exec(u"INSERT INTO orders (id, order_no, customer_id, guide_id, store_id, status,"
                   " amount_cents, placed_at) VALUES ('o10', 'N10', 'c2', 'g1', 's1', 'paid',"
                   " 45600, '2026-12-02T06:00:00.000Z')"_s);
        model.storeChanged({ u"orders"_s });
        QVERIFY(changed.wait(2000));
        QCOMPARE(model.ordersWaiting(), 3);
        QVERIFY(model.figures() == loadDashboardFigures(*m_db, u"g1"_s, m_today));
        m_db->exec(u"INSERT INTO purchases (id, customer_id, guide_id, purchased_on, amount_cents)"
                   " VALUES ('p11', 'c2', 'g1', '2026-12-02', 1000)"_s);
        model.storeChanged({ u"orders"_s, u"purchases"_s });
        QVERIFY(changed.wait(2000));
        QCOMPARE(model.figures().today.inStoreCents, 36000); // 10000 + 25000 + 1000
        QVERIFY(model.figures() == loadDashboardFigures(*m_db, u"g1"_s, m_today));
    }

    void noOrdersAtAllIsSaid()
    {
        m_db->exec(u"DELETE FROM orders"_s);
        const DashboardFigures f = loadDashboardFigures(*m_db, u"g1"_s, m_today);
        QVERIFY(!f.hasOrders);
        QCOMPARE(f.today.onlineCents, 0);
    }
};

QTEST_GUILESS_MAIN(TestSalesFigures)
#include "tst_salesfigures.moc"
