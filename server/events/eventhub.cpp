#include "eventhub.h"

#include "core/authenticator.h"
#include "store/database.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

namespace gd::server::events {

namespace {
constexpr int keepaliveMs = 15'000;
constexpr int maxConnectionsPerUser = 8;
constexpr int replayLimit = 5000;
} // namespace

EventHub::EventHub(store::Database &db, core::Authenticator &auth, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_auth(auth)
{
    m_keepalive.setInterval(keepaliveMs);
    connect(&m_keepalive, &QTimer::timeout, this, [this] {
        for (Connection &connection : m_connections)
            send(connection, ": keepalive\n\n"_ba);
        sweep();
    });
    m_keepalive.start();
}

EventHub::~EventHub() = default;

void EventHub::registerRoutes(QHttpServer &server)
{
    server.route(u"/api/v1/events"_s, QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     open(request, std::move(responder));
                 });
}

void EventHub::open(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto authenticated = m_auth.authenticate(request);
    if (auto *error = std::get_if<QHttpServerResponse>(&authenticated)) {
        error->write(std::move(responder));
        return;
    }
    const core::AuthenticatedUser user = std::get<core::AuthenticatedUser>(authenticated);
    // A user with too many open streams (tabs, crashed devices) loses the oldest.
    int open = 0;
    for (auto it = m_connections.rbegin(); it != m_connections.rend(); ++it) {
        if (it->user.guideId == user.guideId && ++open >= maxConnectionsPerUser && it->socket)
            it->socket->disconnectFromHost();
    }
    sweep();

    m_connections.push_back(
        { std::make_unique<QHttpServerResponder>(std::move(responder)), nullptr, user });
    Connection &connection = m_connections.back();
    connection.socket = connection.responder->socket();
    connection.responder->writeStatusLine(Status::Ok);
    connection.responder->writeHeaders({ { "Content-Type", "text/event-stream; charset=utf-8" },
                                         { "Cache-Control", "no-cache" },
                                         { "X-Accel-Buffering", "no" } });
    connection.responder->writeBody("retry: 2000\n\n"_ba);
    if (connection.socket) {
        connect(connection.socket, &QTcpSocket::disconnected, this, &EventHub::sweep,
                Qt::QueuedConnection);
    }

    bool ok = false;
    const qint64 lastEventId = request.value("Last-Event-ID").toLongLong(&ok);
    if (ok && lastEventId > 0) {
        const qint64 newest = m_db.scalar(u"SELECT coalesce(max(seq), 0) FROM order_events"_s);
        if (lastEventId > newest) {
            // An id from before a reset of this server: the client must pull afresh.
            send(connection, "event: reset\ndata: {}\n\n"_ba);
            return;
        }
        const QList<Event> missed = eventsAfter(lastEventId, replayLimit);
        if (missed.size() == replayLimit) {
            // Too far behind to replay: the client pulls instead (pulls miss nothing).
            send(connection, "event: reset\ndata: {}\n\n"_ba);
            return;
        }
        for (const Event &event : missed) {
            if (maySee(user, event))
                send(connection, event.text);
        }
    }
}

QList<EventHub::Event> EventHub::eventsAfter(qint64 seq, int limit)
{
    QList<Event> events;
    auto q = m_db.prepare(u"SELECT e.seq, o.id, o.order_no, o.status, coalesce(o.guide_id, ''),"
                          " coalesce(o.store_id, '') FROM order_events e JOIN orders o ON"
                          " o.id = e.order_id WHERE e.seq > ? ORDER BY e.seq LIMIT ?"_s);
    q->bindAll(seq, limit);
    while (q->step()) {
        const QJsonObject data { { u"seq"_s, q->int64(0) },
                                 { u"order_id"_s, q->text(1) },
                                 { u"order_no"_s, q->text(2) },
                                 { u"status"_s, q->text(3) },
                                 { u"guide_id"_s, q->text(4) } };
        const QByteArray text = "id: " + QByteArray::number(q->int64(0)) + "\nevent: order\ndata: "
            + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
        events.append({ q->int64(0), text, q->text(4), q->text(5) });
    }
    return events;
}

bool EventHub::maySee(const core::AuthenticatedUser &user, const Event &event)
{
    // The same rule as pull: a guide sees the orders attributed to them and the store's
    // unattributed ones (any guide of the store may claim those), a manager the store's.
    if (user.isManager() || event.guideId.isEmpty())
        return event.storeId == user.storeId;
    return event.guideId == user.guideId;
}

void EventHub::publish(qint64 seq)
{
    const QList<Event> events = eventsAfter(seq - 1, 1);
    if (events.isEmpty() || events.first().seq != seq)
        return;
    for (Connection &connection : m_connections) {
        if (maySee(connection.user, events.first()))
            send(connection, events.first().text);
    }
}

void EventHub::send(Connection &connection, const QByteArray &bytes)
{
    if (connection.socket && connection.socket->state() == QAbstractSocket::ConnectedState)
        connection.responder->writeBody(bytes);
}

void EventHub::sweep()
{
    m_connections.remove_if([](const Connection &connection) {
        return !connection.socket || connection.socket->state() != QAbstractSocket::ConnectedState;
    });
}

} // namespace gd::server::events
