// A TCP proxy for fault tests: sits between a client and the real server on loopback and
// forwards bytes untouched (TLS stays end-to-end), except when told to misbehave: refuse
// connections, swallow them, lose the server's answer after the request went through, cut
// an answer part-way, or add delay. Like pulling a cable, on demand.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace gd::testsupport {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        RefuseConnections, // accept and close at once
        Blackhole, // accept, never forward anything
        DropResponses, // forward the request; discard the answer and close both sides
        CutResponseAfter, // forward `parameter` bytes of the answer, then close both sides
        Delay // hold every chunk `parameter` ms, each way
    };

    FaultProxy(QString targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // For new connections.
    void setFault(Fault fault, int parameter = 0);
    // For the next new connection only, then back to None.
    void setFaultOnce(Fault fault, int parameter = 0);
    void closeAllConnections();

    [[nodiscard]] int connectionCount() const { return m_connections; }
    [[nodiscard]] qint64 bytesUpstream() const { return m_up; }
    [[nodiscard]] qint64 bytesDownstream() const { return m_down; }

private:
    struct Link;
    void accept();

    QTcpServer m_server;
    QString m_host;
    quint16 m_targetPort;
    Fault m_fault = Fault::None;
    int m_parameter = 0;
    bool m_once = false;
    int m_connections = 0;
    qint64 m_up = 0;
    qint64 m_down = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace gd::testsupport
