#include "orderescalator.h"

#include "core/changelog.h"
#include "store/database.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gd::server::orders {

OrderEscalator::OrderEscalator(store::Database &db, core::ChangeLog &changes, double afterMinutes,
                               std::function<void(qint64)> publish, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_changes(changes)
    , m_afterMinutes(afterMinutes)
    , m_publish(std::move(publish))
{
    const double quarterMs = afterMinutes * 60'000.0 / 4.0;
    m_timer.setInterval(int(std::clamp(quarterMs, 1000.0, 30'000.0)));
    connect(&m_timer, &QTimer::timeout, this, [this] { escalateDue(); });
}

void OrderEscalator::start()
{
    if (m_afterMinutes <= 0)
        return;
    escalateDue();
    m_timer.start();
}

int OrderEscalator::escalateDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // placed_at is ISO-8601 UTC with milliseconds, so it compares as text.
    const QString cutoff
        = now.addMSecs(-qint64(m_afterMinutes * 60'000.0)).toString(Qt::ISODateWithMs);
    QStringList due;
    {
        auto q = m_db.prepare(u"SELECT id FROM orders WHERE status = 'paid' AND claimed_by IS NULL"
                              " AND escalated_at IS NULL AND deleted = 0 AND placed_at <= ?"
                              " ORDER BY placed_at LIMIT 500"_s);
        q->bind(1, cutoff);
        while (q->step())
            due << q->text(0);
    }
    if (due.isEmpty())
        return 0;
    QList<qint64> seqs;
    try {
        store::Transaction transaction(m_db);
        const QString at = now.toString(Qt::ISODateWithMs);
        qint64 seq = m_db.scalar(u"SELECT coalesce(max(seq), 0) FROM order_events"_s);
        for (const QString &orderId : std::as_const(due)) {
            ++seq;
            auto mark = m_db.prepare(u"UPDATE orders SET escalated_at = ?, server_seq = ? WHERE"
                                     " id = ?"_s);
            mark->bindAll(at, seq, orderId);
            mark->run();
            const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto event = m_db.prepare(u"INSERT INTO order_events (id, order_id, seq, kind,"
                                      " payload_json, created_at) VALUES (?, ?, ?, 'escalated',"
                                      " ?, ?)"_s);
            event->bindAll(eventId, orderId, seq, u"{\"after_minutes\":%1}"_s.arg(m_afterMinutes),
                           at);
            event->run();
            m_changes.touch(u"orders"_s, orderId);
            m_changes.touch(u"order_events"_s, eventId);
            seqs << seq;
        }
        transaction.commit();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "guidedesk-server: escalation failed: %s\n", e.what());
        return 0;
    }
    for (qint64 seq : std::as_const(seqs))
        m_publish(seq);
    return int(seqs.size());
}

} // namespace gd::server::orders
