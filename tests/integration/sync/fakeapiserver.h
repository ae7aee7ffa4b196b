// A fake of the sync API for the client's junk tests: a TLS server on loopback that answers
// each path with whatever bytes the test scripts (junk JSON, truncated bodies, huge bodies,
// error statuses). The real server is tested with the real server; this one exists to say
// things the real one never would.
#pragma once

#include <QHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace gd::testsupport {

struct CannedReply
{
    int status = 200;
    QByteArray body;
    qint64 declaredLength = -1; // Content-Length to claim; -1: the body's real size
};

class FakeApiServer : public QTcpServer
{
    Q_OBJECT
public:
    FakeApiServer(QSslCertificate certificate, QSslKey key, QObject *parent = nullptr);

    void answer(const QString &path, const CannedReply &reply) { m_replies.insert(path, reply); }
    [[nodiscard]] int requestsFor(const QString &path) const { return m_requests.value(path); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QString, CannedReply> m_replies;
    QHash<QString, int> m_requests;
};

} // namespace gd::testsupport
