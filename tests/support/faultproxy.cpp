#include "faultproxy.h"

#include <QTimer>

namespace gd::testsupport {

namespace {

// TLS record headers are 5 bytes: type, version (2), length (2). Application data is 23.
// An HTTP request is well over 100 bytes; a TLS 1.3 Finished record is about 50.
bool carriesRequest(const QByteArray &bytes)
{
    for (qsizetype i = 0; i + 5 <= bytes.size();) {
        const auto type = quint8(bytes.at(i));
        const int length = (quint8(bytes.at(i + 3)) << 8) | quint8(bytes.at(i + 4));
        if (type == 23 && length > 100)
            return true;
        if (type < 20 || type > 24)
            return false; // not at a record boundary: give up on this chunk
        i += 5 + length;
    }
    return false;
}

} // namespace

FaultProxy::FaultProxy(QString targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_host(std::move(targetHost))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    closeAllConnections();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::setFault(Fault fault, int parameter)
{
    m_fault = fault;
    m_parameter = parameter;
    m_once = false;
}

void FaultProxy::setFaultOnce(Fault fault, int parameter)
{
    m_fault = fault;
    m_parameter = parameter;
    m_once = true;
}

void FaultProxy::closeAllConnections()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
    m_sockets.clear();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        const Fault fault = m_fault;
        const int parameter = m_parameter;
        if (m_once) {
            m_fault = Fault::None;
            m_once = false;
        }
        if (fault == Fault::RefuseConnections) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(client);
        m_sockets << client << upstream;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (fault == Fault::Blackhole) {
            connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
            continue;
        }
        // State of this connection, shared by the lambdas below.
        struct State
        {
            bool requestSent = false;
            bool dropping = false;
            qint64 answered = 0;
        };
        auto state = std::make_shared<State>();
        const auto closeBoth = [client, upstream] {
            upstream->abort();
            client->abort();
        };
        const auto deliver = [fault, parameter](QTcpSocket *to, const QByteArray &bytes) {
            if (fault == Fault::Delay)
                QTimer::singleShot(parameter, to, [to, bytes] { to->write(bytes); });
            else
                to->write(bytes);
        };
        connect(client, &QTcpSocket::readyRead, upstream, [=, this] {
            const QByteArray bytes = client->readAll();
            m_up += bytes.size();
            if (carriesRequest(bytes))
                state->requestSent = true;
            deliver(upstream, bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [=, this] {
            const QByteArray bytes = upstream->readAll();
            m_down += bytes.size();
            if (fault == Fault::DropResponses && state->requestSent) {
                // The server has the request; its answer (and session tickets) go nowhere.
                // Close shortly after, once the server has surely committed.
                if (!state->dropping) {
                    state->dropping = true;
                    QTimer::singleShot(300, client, closeBoth);
                }
                return;
            }
            if (fault == Fault::CutResponseAfter && state->requestSent) {
                const qint64 room = qMax<qint64>(0, parameter - state->answered);
                client->write(bytes.left(room));
                state->answered += bytes.size();
                if (state->answered >= parameter) {
                    client->flush();
                    QTimer::singleShot(50, client, closeBoth);
                }
                return;
            }
            deliver(client, bytes);
        });
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, upstream,
                [upstream] { upstream->disconnectFromHost(); });
        connect(client, &QTcpSocket::errorOccurred, upstream, [upstream] { upstream->abort(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        upstream->connectToHost(m_host, m_targetPort);
    }
}

} // namespace gd::testsupport
