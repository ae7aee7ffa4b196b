#include "orderwriter.h"

#include "outbox/outbox.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::orders {

namespace {

using Reason = OrderRefused::Reason;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

OrderWriter::OrderWriter(store::Database &db, outbox::Outbox &outbox, OrderActor actor)
    : m_db(db)
    , m_outbox(outbox)
    , m_actor(std::move(actor))
{ }

// Call inside the transaction. The same visibility as the list (OrderStore).
OrderWriter::Current OrderWriter::requireOrder(const QString &orderId)
{
    if (m_actor.guideId.isEmpty() || m_actor.storeId.isEmpty())
        throw OrderRefused(Reason::NotSignedIn, {}, u"Nobody is signed in"_s);
    auto q = m_db.prepare(u"SELECT o.status, coalesce(o.claimed_by, ''), coalesce(g.name, ''),"
                          " coalesce(o.guide_id, ''), coalesce(o.store_id, '') FROM orders o"
                          " LEFT JOIN guides g ON g.id = o.claimed_by WHERE o.id = ? AND"
                          " o.deleted = 0"_s);
    q->bind(1, orderId);
    if (!q->step() || q->text(4) != m_actor.storeId
        || (!m_actor.manager && !q->text(3).isEmpty() && q->text(3) != m_actor.guideId
            && q->text(1) != m_actor.guideId))
        throw OrderRefused(Reason::UnknownOrder, {}, u"There is no order %1"_s.arg(orderId));
    return { q->text(0), q->text(1), q->text(2).isEmpty() ? q->text(1) : q->text(2) };
}

void OrderWriter::claim(const QString &orderId)
{
    store::Transaction transaction(m_db);
    const Current order = requireOrder(orderId);
    if (order.claimedBy == m_actor.guideId)
        throw OrderRefused(Reason::AlreadyYours, order.claimedByName,
                           u"Order %1 is yours already"_s.arg(orderId));
    if (!order.claimedBy.isEmpty())
        throw OrderRefused(Reason::AlreadyClaimed, order.claimedByName,
                           u"Order %1 is claimed by %2"_s.arg(orderId, order.claimedByName));
    if (order.status != u"paid"_s && order.status != u"to_ship"_s
        && order.status != u"ready_for_pickup"_s)
        throw OrderRefused(Reason::NotClaimable, {},
                           u"Order %1 is %2"_s.arg(orderId, order.status));
    const QString at = nowIso();
    // Shown as ours (pending) until the server answers; the server's time replaces `at`.
    auto update = m_db.prepare(u"UPDATE orders SET claimed_by = ?, claimed_at = ? WHERE id = ?"_s);
    update->bindAll(m_actor.guideId, at, orderId);
    update->run();
    m_outbox.append(u"order_claim"_s, { { u"id"_s, orderId }, { u"claimed_at"_s, at } },
                    { { u"orders"_s, orderId } });
    transaction.commit();
    written();
}

void OrderWriter::markPickupReady(const QString &orderId)
{
    store::Transaction transaction(m_db);
    const Current order = requireOrder(orderId);
    if (order.claimedBy != m_actor.guideId && !m_actor.manager)
        throw OrderRefused(Reason::NotClaimer, order.claimedByName,
                           u"Order %1 is not claimed by you"_s.arg(orderId));
    if (order.status != u"paid"_s && order.status != u"to_ship"_s)
        throw OrderRefused(Reason::NotClaimable, {},
                           u"Order %1 is %2"_s.arg(orderId, order.status));
    auto update = m_db.prepare(u"UPDATE orders SET status = 'ready_for_pickup' WHERE id = ?"_s);
    update->bind(1, orderId);
    update->run();
    m_outbox.append(u"order_pickup_ready"_s, { { u"id"_s, orderId } },
                    { { u"orders"_s, orderId } });
    transaction.commit();
    written();
}

QString OrderWriter::contact(const QString &orderId, const QString &via)
{
    if (via != u"call"_s && via != u"wechat"_s)
        throw OrderRefused(Reason::BadChannel, {}, u"Contact by call or wechat"_s);
    store::Transaction transaction(m_db);
    const Current order = requireOrder(orderId);
    if (!order.claimedBy.isEmpty() && order.claimedBy != m_actor.guideId && !m_actor.manager)
        throw OrderRefused(Reason::NotClaimer, order.claimedByName,
                           u"Order %1 is claimed by %2"_s.arg(orderId, order.claimedByName));
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject payload { { u"via"_s, via }, { u"by"_s, m_actor.guideId } };
    // seq 0: this device's; the server gives it its place in the order's history.
    auto insert = m_db.prepare(u"INSERT INTO order_events (id, order_id, seq, kind, payload_json,"
                               " created_at) VALUES (?, ?, 0, 'contacted', ?, ?)"_s);
    insert->bindAll(eventId, orderId,
                    QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                    nowIso());
    insert->run();
    m_outbox.append(u"order_contact"_s,
                    { { u"id"_s, orderId }, { u"event_id"_s, eventId }, { u"via"_s, via } },
                    { { u"order_events"_s, eventId } });
    transaction.commit();
    written();
    return eventId;
}

void OrderWriter::written()
{
    if (m_afterWrite)
        m_afterWrite();
}

} // namespace gd::orders
