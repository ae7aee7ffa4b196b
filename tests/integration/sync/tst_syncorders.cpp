// Live orders: while the mall posts orders, the client's event stream is cut, the server is
// restarted and the connection goes silent; every order still reaches the client's store
// exactly once (events are hints; the pull is what writes, keyed by order id).
#include "faultproxy.h"
#include "mallclient.h"
#include "serverprocess.h"
#include "syncclient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestSyncOrders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::ServerProcess> m_server;
    std::unique_ptr<testsupport::MallClient> m_mall;

    void postUntilAccepted(const QString &orderNo, const QString &customerId)
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const int status
                = m_mall->post(testsupport::MallClient::paidOrder(orderNo, customerId));
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
        m_server = std::make_unique<testsupport::ServerProcess>(
            testsupport::ServerProcess::Options { 200, 0, 3600, {} });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_mall = std::make_unique<testsupport::MallClient>(*m_server);
    }

    void everyOrderArrivesOnceThroughDropsAndRestarts()
    {
        testsupport::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_server->baseUrl().port()));
        QVERIFY(proxy.listen());
        QUrl viaProxy = m_server->baseUrl();
        viaProxy.setPort(proxy.port());
        testsupport::SyncTestClient client({ viaProxy, m_server->caCertificatePath(), u"G1002"_s,
                                             m_dir.filePath(u"orders.db"_s), 5000, true });
        QString error;
        QVERIFY2(client.signIn(m_server->password(), &error), qPrintable(error));
        QVERIFY2(client.syncUntilIdle(60000, &error), qPrintable(error));
        QStringList customers;
        auto q
            = client.db().prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? LIMIT 10"_s);
        q->bind(1, client.user().guideId);
        while (q->step())
            customers << q->text(0);
        QVERIFY(!customers.isEmpty());

        client.startEngine(); // stays running: the event stream listens
        const int total = 60;
        QStringList orderNos;
        for (int i = 0; i < total; ++i) {
            const QString orderNo = u"MPTEST%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            orderNos << orderNo;
            if (i == 15)
                proxy.closeAllConnections(); // the stream drops
            if (i == 30) { // the server restarts
                m_server->stop();
                QTest::qWait(500);
                QVERIFY2(m_server->start(&error), qPrintable(error));
            }
            if (i == 45)
                proxy.setFault(testsupport::FaultProxy::Fault::Blackhole);
            if (i == 50)
                proxy.setFault(testsupport::FaultProxy::Fault::None);
            postUntilAccepted(orderNo, customers.at(i % customers.size()));
            // Half of them post twice, as a retrying mall would: still one order.
            if (i % 2 == 0)
                postUntilAccepted(orderNo, customers.at(i % customers.size()));
            QTest::qWait(100);
        }
        const QString inList = u"'"_s + orderNos.join(u"','"_s) + u"'"_s;
        QTRY_COMPARE_WITH_TIMEOUT(
            client.db().scalar(u"SELECT count(*) FROM orders WHERE order_no IN (%1)"_s.arg(inList)),
            qint64(total), 90000);
        QCOMPARE(client.db().scalar(
                     u"SELECT count(DISTINCT order_no) FROM orders WHERE order_no IN (%1)"_s.arg(
                         inList)),
                 qint64(total));
        QCOMPARE(client.db().integrityCheck(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncOrders)
#include "tst_syncorders.moc"
