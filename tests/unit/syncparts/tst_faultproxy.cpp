// The TCP fault proxy the sync tests rely on: it must forward faithfully when told nothing,
// and each fault must do what it says — or the tests built on it prove nothing.
#include "faultproxy.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using gd::testsupport::FaultProxy;

namespace {

// Answers every chunk with "echo:" + the chunk.
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [socket] { socket->write("echo:" + socket->readAll()); });
            }
        });
    }
};

// Connects through the proxy, sends `message`, and collects what comes back in `waitMs`.
// Waits with the event loop: the proxy and the echo server run on this thread too.
QByteArray roundTrip(quint16 port, const QByteArray &message, int waitMs, bool *closed = nullptr)
{
    QTcpSocket client;
    QByteArray received;
    bool wasClosed = false;
    QObject::connect(&client, &QTcpSocket::readyRead, &client,
                     [&] { received += client.readAll(); });
    QObject::connect(&client, &QTcpSocket::disconnected, &client, [&] { wasClosed = true; });
    QObject::connect(&client, &QTcpSocket::connected, &client, [&] { client.write(message); });
    client.connectToHost(QHostAddress::LocalHost, port);
    QTest::qWait(waitMs);
    if (closed)
        *closed = wasClosed || client.state() != QAbstractSocket::ConnectedState;
    return received;
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT
    EchoServer m_echo;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_echo.listen(QHostAddress::LocalHost)); }

    void forwardsFaithfully()
    {
        FaultProxy proxy(u"127.0.0.1"_s, m_echo.serverPort());
        QVERIFY(proxy.listen());
        QCOMPARE(roundTrip(proxy.port(), "hello", 300), "echo:hello"_ba);
        QCOMPARE(proxy.connectionCount(), 1);
        QCOMPARE(proxy.bytesUpstream(), 5);
        QCOMPARE(proxy.bytesDownstream(), 10);
    }

    void refusesAndBlackholes()
    {
        FaultProxy proxy(u"127.0.0.1"_s, m_echo.serverPort());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::RefuseConnections);
        bool closed = false;
        QCOMPARE(roundTrip(proxy.port(), "hello", 500, &closed), QByteArray());
        QVERIFY(closed);
        proxy.setFault(FaultProxy::Fault::Blackhole);
        QCOMPARE(roundTrip(proxy.port(), "hello", 300, &closed), QByteArray());
        QVERIFY(!closed); // accepted and silent, like a dead network
        proxy.setFault(FaultProxy::Fault::None);
        QCOMPARE(roundTrip(proxy.port(), "again", 300), "echo:again"_ba);
    }

    void faultOnceAppliesToOneConnection()
    {
        FaultProxy proxy(u"127.0.0.1"_s, m_echo.serverPort());
        QVERIFY(proxy.listen());
        proxy.setFaultOnce(FaultProxy::Fault::RefuseConnections);
        QCOMPARE(roundTrip(proxy.port(), "one", 300), QByteArray());
        QCOMPARE(roundTrip(proxy.port(), "two", 300), "echo:two"_ba);
    }

    void delays()
    {
        FaultProxy proxy(u"127.0.0.1"_s, m_echo.serverPort());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::Delay, 200);
        QElapsedTimer timer;
        timer.start();
        QTcpSocket client;
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        client.write("slow");
        QTRY_COMPARE_WITH_TIMEOUT(received, "echo:slow"_ba, 3000);
        QVERIFY(timer.elapsed() >= 400); // 200 ms each way
    }

    void closeAllIsAPulledCable()
    {
        FaultProxy proxy(u"127.0.0.1"_s, m_echo.serverPort());
        QVERIFY(proxy.listen());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QSignalSpy gone(&client, &QTcpSocket::disconnected);
        QTest::qWait(100);
        proxy.closeAllConnections();
        QTRY_COMPARE(gone.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
