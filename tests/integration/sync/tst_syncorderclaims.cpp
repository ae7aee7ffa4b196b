// Live orders between devices and the real server over TLS: two devices claim the same
// order — exactly one wins, the other's claim comes back rejected and its store and detail
// name the winner; 1,000 orders posted while the device is offline part of the time (the
// fault proxy refuses, then black-holes it) all reach its store and its list exactly once.
#include "faultproxy.h"
#include "mallclient.h"
#include "orders/orderdetail.h"
#include "orders/orderlistmodel.h"
#include "orders/orderstore.h"
#include "orders/orderwriter.h"
#include "serverprocess.h"
#include "syncclient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

orders::OrderActor actorOf(const sync::SignedInUser &user)
{
    return { user.guideId, user.storeId, user.isManager() };
}

QStringList customersOf(testsupport::SyncTestClient &client, int n)
{
    QStringList ids;
    auto q = client.db().prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND"
                                 " deleted = 0 ORDER BY rowid LIMIT ?"_s);
    q->bindAll(client.user().guideId, n);
    while (q->step())
        ids << q->text(0);
    return ids;
}

} // namespace

class TestSyncOrderClaims : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::ServerProcess> m_server;
    std::unique_ptr<testsupport::MallClient> m_mall;

    QString orderIdOf(testsupport::SyncTestClient &client, const QString &orderNo)
    {
        auto q = client.db().prepare(u"SELECT id FROM orders WHERE order_no = ?"_s);
        q->bind(1, orderNo);
        return q->step() ? q->text(0) : QString();
    }
    void postUntilAccepted(const QJsonObject &order)
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const int status = m_mall->post(order);
            if (status == 200 || status == 201)
                return;
            QTest::qWait(300);
        }
        QFAIL("the mall could not post an order");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server
            = std::make_unique<testsupport::ServerProcess>(testsupport::ServerProcess::Options {
                200, 0, 3600, { u"--escalate-after-minutes"_s, u"0"_s } });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_mall = std::make_unique<testsupport::MallClient>(*m_server);
    }

    void twoDevicesClaimTheSameOrderExactlyOneWins()
    {
        const QUrl url = m_server->baseUrl();
        const QString ca = m_server->caCertificatePath();
        testsupport::SyncTestClient guide(
            { url, ca, u"G1002"_s, m_dir.filePath(u"claim-guide.db"_s), 5000, false });
        testsupport::SyncTestClient manager(
            { url, ca, u"G1001"_s, m_dir.filePath(u"claim-manager.db"_s), 5000, false });
        QString error;
        QVERIFY2(guide.signIn(m_server->password(), &error), qPrintable(error));
        QVERIFY2(manager.signIn(m_server->password(), &error), qPrintable(error));
        QVERIFY2(guide.syncUntilIdle(60000, &error), qPrintable(error));
        const QStringList customers = customersOf(guide, 1);
        QVERIFY(!customers.isEmpty());
        postUntilAccepted(testsupport::MallClient::paidOrder(u"MPCLAIM0001"_s, customers.first()));
        QVERIFY2(guide.syncUntilIdle(60000, &error), qPrintable(error));
        QVERIFY2(manager.syncUntilIdle(60000, &error), qPrintable(error));
        const QString order = orderIdOf(guide, u"MPCLAIM0001"_s);
        QVERIFY(!order.isEmpty());
        QCOMPARE(orderIdOf(manager, u"MPCLAIM0001"_s), order);

        // Both claim on their own device (offline as far as the other knows)…
        orders::OrderWriter guideWriter(guide.db(), guide.outbox(), actorOf(guide.user()));
        orders::OrderWriter managerWriter(manager.db(), manager.outbox(), actorOf(manager.user()));
        managerWriter.claim(order);
        guideWriter.claim(order);
        // …the manager's push arrives first.
        QVERIFY2(manager.syncUntilIdle(60000, &error), qPrintable(error));
        QVERIFY2(guide.syncUntilIdle(60000, &error), qPrintable(error));

        const auto claimedBy = [&](testsupport::SyncTestClient &client) {
            auto q = client.db().prepare(
                u"SELECT coalesce(claimed_by, '') FROM orders WHERE id = ?"_s);
            q->bind(1, order);
            return q->step() ? q->text(0) : QString();
        };
        QCOMPARE(claimedBy(manager), manager.user().guideId);
        QCOMPARE(claimedBy(guide), manager.user().guideId); // the server's verdict, pulled
        const auto rejected = guide.outbox().rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().name, u"order_claim"_s);
        QVERIFY2(rejected.first().error.startsWith(u"already_claimed"_s),
                 qPrintable(rejected.first().error));
        QVERIFY2(rejected.first().error.contains(manager.user().name),
                 qPrintable(rejected.first().error));
        QCOMPARE(manager.outbox().rejectedCount(), 0);

        // What the loser's detail shows: claimed by the manager, and the refusal.
        orders::OrderStore store(guide.db());
        orders::OrderDetail detail(store);
        detail.setActor(actorOf(guide.user()));
        detail.setOrderId(order);
        QVERIFY(detail.valid());
        QVERIFY(detail.claimed());
        QVERIFY(!detail.claimedByMe());
        QCOMPARE(detail.claimedByName(), manager.user().name);
        QVERIFY(!detail.claimRejection().isEmpty());
        QVERIFY(!detail.claimPending());
        // The history has the one claim, by the manager.
        int claims = 0;
        for (const QVariant &event : detail.events()) {
            if (event.toMap().value(u"kind"_s).toString() == u"claimed"_s) {
                ++claims;
                QCOMPARE(event.toMap().value(u"byName"_s).toString(), manager.user().name);
            }
        }
        QCOMPARE(claims, 1);
    }

    void everyOrderOnceThroughAnOutage()
    {
        testsupport::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_server->baseUrl().port()));
        QVERIFY(proxy.listen());
        QUrl viaProxy = m_server->baseUrl();
        viaProxy.setPort(proxy.port());
        testsupport::SyncTestClient client({ viaProxy, m_server->caCertificatePath(), u"G1003"_s,
                                             m_dir.filePath(u"outage.db"_s), 5000, true });
        QString error;
        QVERIFY2(client.signIn(m_server->password(), &error), qPrintable(error));
        QVERIFY2(client.syncUntilIdle(60000, &error), qPrintable(error));
        const QStringList customers = customersOf(client, 20);
        QVERIFY(!customers.isEmpty());
        orders::OrderStore store(client.db());
        orders::OrderListModel model(store);
        model.setActor(actorOf(client.user()));
        const int before = model.count();
        sync::SyncEngine &engine = client.startEngine();
        QObject::connect(&engine, &sync::SyncEngine::tablesChanged, &model,
                         [&model](const QStringList &tables) {
                             if (tables.contains(u"orders"_s))
                                 model.refresh();
                         });
        const int total = 1000;
        for (int i = 0; i < total; ++i) {
            if (i == 200)
                proxy.setFault(testsupport::FaultProxy::Fault::RefuseConnections);
            if (i == 300)
                proxy.closeAllConnections();
            if (i == 500)
                proxy.setFault(testsupport::FaultProxy::Fault::Blackhole);
            if (i == 650) {
                proxy.setFault(testsupport::FaultProxy::Fault::None);
                proxy.closeAllConnections(); // the black-holed stream gives up and reconnects
            }
            QJsonObject order = testsupport::MallClient::paidOrder(
                u"MPOUT%1"_s.arg(i, 5, 10, QLatin1Char('0')), customers.at(i % customers.size()));
            postUntilAccepted(order);
            if (i % 10 == 0) // a mall that retries: the same order again
                postUntilAccepted(order);
            if (i % 25 == 0)
                QCoreApplication::processEvents();
        }
        const auto arrived = [&] {
            return client.db().scalar(
                u"SELECT count(*) FROM orders WHERE order_no LIKE 'MPOUT%'"_s);
        };
        QTRY_COMPARE_WITH_TIMEOUT(arrived(), qint64(total), 120000);
        QCOMPARE(client.db().scalar(
                     u"SELECT count(DISTINCT order_no) FROM orders WHERE order_no LIKE 'MPOUT%'"_s),
                 qint64(total));
        QTRY_COMPARE_WITH_TIMEOUT(model.count(), before + total, 10000);
        // Every order once in the list.
        QSet<QString> ids;
        for (int row = 0; row < model.count(); ++row)
            ids.insert(model.orderIdAt(row));
        QCOMPARE(int(ids.size()), model.count());
        QCOMPARE(client.db().integrityCheck(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncOrderClaims)
#include "tst_syncorderclaims.moc"
