#include "eventstream.h"

#include "apiclient.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {
constexpr int silenceLimitMs = 45'000; // three missed keepalives
}

EventStream::EventStream(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_reconnectTimer(this)
    , m_watchdog(this)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectNow);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(silenceLimitMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort(); // onFinished reconnects
    });
}

void EventStream::start()
{
    if (m_running)
        return;
    m_running = true;
    connectNow();
}

void EventStream::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_watchdog.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    setConnected(false);
}

void EventStream::connectNow()
{
    if (!m_running || m_reply)
        return;
    m_parser = SseParser();
    QNetworkReply *reply = m_api.openStream(u"/api/v1/events"_s, m_lastEventId);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &EventStream::onFinished);
    m_watchdog.start();
}

void EventStream::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error body; onFinished deals with it
    m_watchdog.start();
    if (!m_connected) {
        m_backoff.reset();
        setConnected(true);
        Q_EMIT hint(); // catch up on whatever happened while we were away
    }
    bool changed = false;
    const QList<SseEvent> events = m_parser.feed(m_reply->readAll());
    for (const SseEvent &event : events) {
        if (event.hasId)
            m_lastEventId = event.id.toUtf8();
        if (event.event == u"order"_s || event.event == u"reset"_s)
            changed = true;
    }
    if (m_parser.hasError() && m_reply) {
        m_reply->abort(); // a garbled stream: start again from the last good event
        return;
    }
    if (changed)
        Q_EMIT hint();
}

void EventStream::onFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (reply)
        reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_watchdog.stop();
    setConnected(false);
    if (!m_running)
        return;
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    bool ok = false;
    const int seconds = retryAfter.toInt(&ok);
    m_reconnectTimer.start(m_backoff.nextDelayMs(ok ? std::optional<int>(seconds) : std::nullopt));
}

void EventStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace gd::sync
