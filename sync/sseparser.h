// Reads a Server-Sent Events stream (WHATWG "event stream" format) fed in arbitrary chunks.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gd::sync {

struct SseEvent
{
    QString id;
    QString event;
    QString data;
    bool hasId = false;
};

class SseParser
{
public:
    // Returns the events completed by this chunk.
    QList<SseEvent> feed(const QByteArray &chunk);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] int retryMs() const { return m_retryMs; }
    [[nodiscard]] const QString &lastEventId() const { return m_lastEventId; }

private:
    void line(const QByteArray &text, QList<SseEvent> &out);

    QByteArray m_buffer;
    bool m_skipLf = false; // a CR ended the last chunk: a following LF belongs to it
    bool m_started = false;
    QString m_event;
    QString m_data;
    bool m_hasData = false;
    bool m_idSeen = false;
    QString m_lastEventId;
    int m_retryMs = -1;
    QString m_error;
};

} // namespace gd::sync
