// The server's first-run certificates: a CA and a loopback certificate it signed, kept
// across runs, trusted by a client that trusts the CA and refused by one that does not.
#include "tls/certificategenerator.h"

#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A one-connection TLS server on loopback with the given certificate and key.
class TlsServer : public QTcpServer
{
public:
    TlsServer(QSslCertificate certificate, QSslKey key)
        : m_certificate(std::move(certificate))
        , m_key(std::move(key))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// Connects to the server trusting only `ca`; true when the handshake succeeds. Waits with
// an event loop: the server side of the handshake runs in this thread too.
bool handshake(quint16 port, const QList<QSslCertificate> &ca)
{
    QSslSocket client;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    client.setSslConfiguration(tls);
    QEventLoop loop;
    bool encrypted = false;
    QObject::connect(&client, &QSslSocket::encrypted, &loop, [&] {
        encrypted = true;
        loop.quit();
    });
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    client.connectToHostEncrypted(u"localhost"_s, port);
    loop.exec();
    return encrypted;
}
} // namespace

class TestCertificateGenerator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void makesAVerifiableChain()
    {
        const auto files = gd::tls::ensureCertificates(m_dir.filePath(u"a"_s));
        const auto ca = QSslCertificate::fromData(readAll(files.caCertificate));
        const QSslCertificate server(readAll(files.serverCertificate));
        const QSslKey key(readAll(files.serverKey), QSsl::Ec);
        QCOMPARE(ca.size(), 1);
        QVERIFY(!server.isNull());
        QVERIFY(!key.isNull());
        const auto names = server.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        // Verified against the CA (added to the trusted set for this check only).
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        const QSslConfiguration saved = trusting;
        trusting.addCaCertificates(ca);
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto errors = QSslCertificate::verify({ server }, u"localhost"_s);
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
        // The key is for the server's user alone.
        const auto permissions = QFile::permissions(files.serverKey);
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(!(permissions
                  & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    }

    void keepsExistingFiles()
    {
        const auto first = gd::tls::ensureCertificates(m_dir.filePath(u"b"_s));
        const QByteArray before = readAll(first.caCertificate);
        const auto second = gd::tls::ensureCertificates(m_dir.filePath(u"b"_s));
        QCOMPARE(readAll(second.caCertificate), before);
    }

    void realHandshakeTrustsOnlyTheRightCa()
    {
        const auto mine = gd::tls::ensureCertificates(m_dir.filePath(u"c"_s));
        const auto other = gd::tls::ensureCertificates(m_dir.filePath(u"d"_s));
        TlsServer server(QSslCertificate(readAll(mine.serverCertificate)),
                         QSslKey(readAll(mine.serverKey), QSsl::Ec));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QVERIFY(
            handshake(server.serverPort(), QSslCertificate::fromData(readAll(mine.caCertificate))));
        QVERIFY(!handshake(server.serverPort(),
                           QSslCertificate::fromData(readAll(other.caCertificate))));
    }

    void unwritableFolderIsAClearError()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 gd::tls::ensureCertificates(u"/proc/guidedesk-cannot-write"_s));
    }
};

QTEST_GUILESS_MAIN(TestCertificateGenerator)
#include "tst_certificategenerator.moc"
