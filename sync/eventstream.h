// The live order stream (Server-Sent Events, GET /api/v1/events). An event is only a hint
// that something changed: the engine pulls, and the pull is what writes, so a missed,
// repeated or reordered event can never lose or double an order. Reconnects by itself with
// backoff and resumes with Last-Event-ID; a silent connection (no event, no keepalive for
// 45 s) counts as dead.
#pragma once

#include "backoff.h"
#include "sseparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace gd::sync {

class ApiClient;

class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(ApiClient &api, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] QByteArray lastEventId() const { return m_lastEventId; }

Q_SIGNALS:
    // Pull now: an order changed, the stream (re)connected, or the server lost our place.
    void hint();
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onReadyRead();
    void onFinished();
    void setConnected(bool connected);

    ApiClient &m_api;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    Backoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    QByteArray m_lastEventId;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace gd::sync
