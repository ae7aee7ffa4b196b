#include "sseparser.h"

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {
constexpr qsizetype maxLineBytes = 1024 * 1024;
}

QList<SseEvent> SseParser::feed(const QByteArray &chunk)
{
    QList<SseEvent> out;
    if (hasError())
        return out;
    for (const char c : chunk) {
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                continue;
        }
        if (c == '\r' || c == '\n') {
            m_skipLf = c == '\r';
            line(m_buffer, out);
            m_buffer.clear();
            continue;
        }
        m_buffer.append(c);
        if (m_buffer.size() > maxLineBytes) {
            m_error = u"an event-stream line is longer than 1 MiB"_s;
            m_buffer.clear();
            return out;
        }
    }
    return out;
}

void SseParser::line(const QByteArray &raw, QList<SseEvent> &out)
{
    QByteArray text = raw;
    if (!m_started) {
        m_started = true;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
    }
    if (text.isEmpty()) { // dispatch
        if (m_hasData) {
            SseEvent event;
            event.data = m_data;
            event.event = m_event.isEmpty() ? u"message"_s : m_event;
            event.id = m_lastEventId;
            event.hasId = m_idSeen;
            out.append(event);
        }
        m_data.clear();
        m_event.clear();
        m_hasData = false;
        return;
    }
    if (text.startsWith(':'))
        return; // a comment (keepalive)
    const qsizetype colon = text.indexOf(':');
    const QByteArray field = colon < 0 ? text : text.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : text.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += u'\n';
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventId = QString::fromUtf8(value);
            m_idSeen = true;
        }
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    }
}

} // namespace gd::sync
