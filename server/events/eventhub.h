// GET /api/v1/events: Server-Sent Events telling each connected user about order changes
// they may see (docs/sync-api.md, "Live events"). Replays what a reconnecting client missed
// (Last-Event-ID), keeps connections alive with comments, forgets closed sockets.
#pragma once

#include "core/authenticateduser.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <list>
#include <memory>

class QHttpServer;

namespace gd::store {
class Database;
}
namespace gd::server::core {
class Authenticator;
}

namespace gd::server::events {

class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(store::Database &db, core::Authenticator &auth, QObject *parent = nullptr);
    ~EventHub() override;

    void registerRoutes(QHttpServer &server);
    // An order event was committed: tell everyone who may see it.
    void publish(qint64 seq);
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }

private:
    struct Connection
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        core::AuthenticatedUser user;
    };
    struct Event
    {
        qint64 seq = 0;
        QByteArray text; // the SSE frame
        QString guideId;
        QString storeId;
    };

    void open(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    [[nodiscard]] QList<Event> eventsAfter(qint64 seq, int limit);
    [[nodiscard]] static bool maySee(const core::AuthenticatedUser &user, const Event &event);
    void send(Connection &connection, const QByteArray &bytes);
    void sweep();

    store::Database &m_db;
    core::Authenticator &m_auth;
    std::list<Connection> m_connections;
    QTimer m_keepalive;
};

} // namespace gd::server::events
