#include "fakeapiserver.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace gd::testsupport {

FakeApiServer::FakeApiServer(QSslCertificate certificate, QSslKey key, QObject *parent)
    : QTcpServer(parent)
    , m_certificate(std::move(certificate))
    , m_key(std::move(key))
{ }

void FakeApiServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        qint64 contentLength = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + contentLength)
            return;
        const QString path = QString::fromLatin1(lines.first().split(' ').value(1));
        buffer->clear();
        m_requests[path] += 1;
        const CannedReply reply = m_replies.value(
            path, { 404, R"({"error":{"code":"not_found","message":"no such path"}})"_ba });
        const qint64 length = reply.declaredLength >= 0 ? reply.declaredLength : reply.body.size();
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status)
                      + " Scripted\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        "Content-Length: "
                      + QByteArray::number(length) + "\r\n\r\n");
        socket->write(reply.body);
        socket->disconnectFromHost();
    });
    socket->startServerEncryption();
}

} // namespace gd::testsupport
