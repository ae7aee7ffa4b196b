// The embedded demo's orders (guidedesk --demo): every state the Orders page shows, two
// waiting for the demo guide, readable items with the right amount, an event history that
// starts with "created", and never a second batch over orders already there.
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "orders/orderstore.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoorders.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestDemoOrders : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;

    std::unique_ptr<store::Database> emptyStore()
    {
        auto db = store::Database::open(u":memory:"_s, QByteArray(32, 'd'),
                                        store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
        return db;
    }

private Q_SLOTS:
    void theDemoGuideHasOrdersInEveryState()
    {
        auto db = emptyStore();
        customers::CustomerSearchIndex index(*db, m_pinyin, m_variants);
        const demo::DemoGenerator generator(3, 300, QDate(2026, 12, 2));
        seed::seedDemoData(*db, index, generator);
        const QString guide = seed::demoGuideId(generator);
        const QDateTime now(QDate(2026, 12, 2), QTime(6, 0), Qt::UTC);
        QCOMPARE(seed::writeDemoOrders(*db, guide, now), 9);

        QSet<QString> statuses;
        auto q = db->prepare(u"SELECT DISTINCT status FROM orders"_s);
        while (q->step())
            statuses.insert(q->text(0));
        QCOMPARE(
            statuses,
            QSet<QString>({ u"pending_payment"_s, u"paid"_s, u"to_ship"_s, u"ready_for_pickup"_s,
                            u"completed"_s, u"refund_requested"_s, u"refunded"_s }));

        auto sq = db->prepare(u"SELECT store_id FROM guides WHERE id = ?"_s);
        sq->bind(1, guide);
        QVERIFY(sq->step());
        const orders::OrderActor actor { guide, sq->text(0), false };
        orders::OrderStore store(*db);
        const orders::OrderCounts counts = store.counts(actor, now.date());
        QCOMPARE(counts.waiting, 2);
        QCOMPARE(counts.mine, 3); // claimed and not completed or refunded
        const QList<qint64> ids = store.rowIds(actor, {});
        QCOMPARE(ids.size(), 9);
        const QList<orders::OrderRow> rows = store.rows(ids, actor);
        QCOMPARE(rows.first().status, u"paid"_s); // newest first
        QVERIFY(rows.first().waiting());
        for (const orders::OrderRow &row : rows) {
            QVERIFY2(row.itemsReadable && !row.items.isEmpty(), qPrintable(row.id));
            qint64 sum = 0;
            for (const auto &item : row.items)
                sum += item.priceCents * item.qty;
            QCOMPARE(row.amountCents, sum);
            QVERIFY(!row.customerName.isEmpty());
            const QList<orders::OrderEvent> events = store.events(row.id);
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.first().kind, u"created"_s);
            for (const auto &event : events)
                QVERIFY(event.at <= now);
        }
        // A second call (a restart of the demo) writes nothing over what is there.
        QCOMPARE(seed::writeDemoOrders(*db, guide, now), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM orders"_s), 9);
    }

    void aGuideWithoutCustomersGetsNone()
    {
        auto db = emptyStore();
        QCOMPARE(seed::writeDemoOrders(*db, u"nobody"_s, QDateTime::currentDateTimeUtc()), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM orders"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoOrders)
#include "tst_demoorders.moc"
