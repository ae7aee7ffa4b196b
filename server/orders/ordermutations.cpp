#include "ordermutations.h"

#include "core/changelog.h"
#include "core/mutationapplier.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using gd::server::core::MutationRejected;
using gd::server::core::requireId;

namespace gd::server::orders {

namespace {

// Statuses in which a guide can still take an order on.
bool claimable(const QString &status)
{
    return status == u"paid"_s || status == u"to_ship"_s || status == u"ready_for_pickup"_s;
}

} // namespace

OrderMutations::OrderMutations(store::Database &db, core::ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

bool OrderMutations::handles(const QString &name)
{
    return name == u"order_claim"_s || name == u"order_pickup_ready"_s
        || name == u"order_contact"_s;
}

void OrderMutations::apply(const core::AuthenticatedUser &user, const QString &name,
                           const QJsonObject &args)
{
    if (name == u"order_claim"_s)
        return claim(user, args);
    if (name == u"order_pickup_ready"_s)
        return markPickupReady(user, args);
    return contact(user, args);
}

// The same rule as pull and the live events: a guide sees the orders attributed to them and
// the store's unattributed ones; a manager the store's.
OrderMutations::Order OrderMutations::requireVisibleOrder(const core::AuthenticatedUser &user,
                                                          const QString &orderId)
{
    auto q = m_db.prepare(u"SELECT coalesce(store_id, ''), coalesce(guide_id, ''), status,"
                          " coalesce(claimed_by, ''), placed_at FROM orders WHERE id = ? AND"
                          " deleted = 0"_s);
    q->bind(1, orderId);
    if (!q->step())
        throw MutationRejected(u"not_found"_s, u"There is no order %1."_s.arg(orderId));
    Order order { orderId, q->text(0), q->text(1), q->text(2), q->text(3), q->text(4) };
    const bool visible = order.storeId == user.storeId
        && (user.isManager() || order.guideId.isEmpty() || order.guideId == user.guideId);
    if (!visible)
        throw MutationRejected(u"forbidden"_s, u"Order %1 is not yours to handle."_s.arg(orderId));
    return order;
}

QString OrderMutations::guideName(const QString &guideId)
{
    auto q = m_db.prepare(u"SELECT name FROM guides WHERE id = ?"_s);
    q->bind(1, guideId);
    return q->step() ? q->text(0) : guideId;
}

void OrderMutations::addEvent(const QString &eventId, const QString &orderId, const QString &kind,
                              const QJsonObject &payload)
{
    const qint64 seq = m_db.scalar(u"SELECT coalesce(max(seq), 0) + 1 FROM order_events"_s);
    auto insert = m_db.prepare(u"INSERT INTO order_events (id, order_id, seq, kind, payload_json,"
                               " created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert->bindAll(eventId, orderId, seq, kind,
                    QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    try {
        insert->run();
    } catch (const store::SqlError &) {
        throw MutationRejected(u"conflict"_s, u"Order event %1 exists already."_s.arg(eventId));
    }
    auto order = m_db.prepare(u"UPDATE orders SET server_seq = ? WHERE id = ?"_s);
    order->bindAll(seq, orderId);
    order->run();
    m_changes.touch(u"orders"_s, orderId);
    m_changes.touch(u"order_events"_s, eventId);
    if (m_publish)
        m_publish(seq);
}

void OrderMutations::claim(const core::AuthenticatedUser &user, const QJsonObject &args)
{
    const Order order = requireVisibleOrder(user, requireId(args, u"id"_s));
    if (!order.claimedBy.isEmpty()) {
        if (order.claimedBy == user.guideId)
            return; // claimed again by the same guide (another of their devices): nothing new
        // The code and the winner's id are for the client; the message names the winner.
        throw MutationRejected(u"already_claimed"_s,
                               u"Order %1 is already claimed by %2 (%3)."_s.arg(
                                   order.id, guideName(order.claimedBy), order.claimedBy));
    }
    if (!claimable(order.status))
        throw MutationRejected(
            u"not_claimable"_s,
            u"Order %1 is %2: it cannot be claimed."_s.arg(order.id, order.status));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString claimedAt = now.toString(Qt::ISODateWithMs);
    auto update = m_db.prepare(u"UPDATE orders SET claimed_by = ?, claimed_at = ? WHERE id = ?"
                               " AND claimed_by IS NULL"_s);
    update->bindAll(user.guideId, claimedAt, order.id);
    update->run();
    const QDateTime placed = QDateTime::fromString(order.placedAt, Qt::ISODateWithMs);
    const qint64 responseMs = placed.isValid() ? std::max<qint64>(0, placed.msecsTo(now)) : 0;
    auto response = m_db.prepare(
        u"INSERT OR REPLACE INTO order_responses (order_id, guide_id, store_id, placed_at,"
        " claimed_at, response_ms) VALUES (?, ?, ?, ?, ?, ?)"_s);
    response->bindAll(order.id, user.guideId, order.storeId, order.placedAt, claimedAt, responseMs);
    response->run();
    addEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), order.id, u"claimed"_s,
             { { u"by"_s, user.guideId }, { u"by_name"_s, user.name } });
}

void OrderMutations::markPickupReady(const core::AuthenticatedUser &user, const QJsonObject &args)
{
    const Order order = requireVisibleOrder(user, requireId(args, u"id"_s));
    if (order.claimedBy != user.guideId && !user.isManager())
        throw MutationRejected(
            u"forbidden"_s,
            order.claimedBy.isEmpty()
                ? u"Claim order %1 before marking it ready."_s.arg(order.id)
                : u"Order %1 is claimed by %2."_s.arg(order.id, guideName(order.claimedBy)));
    if (order.status == u"ready_for_pickup"_s)
        return; // already ready: the same outcome
    if (order.status != u"paid"_s && order.status != u"to_ship"_s)
        throw MutationRejected(
            u"not_claimable"_s,
            u"Order %1 is %2: it cannot be made ready for pickup."_s.arg(order.id, order.status));
    auto update = m_db.prepare(u"UPDATE orders SET status = 'ready_for_pickup' WHERE id = ?"_s);
    update->bind(1, order.id);
    update->run();
    addEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), order.id, u"status"_s,
             { { u"status"_s, u"ready_for_pickup"_s }, { u"by"_s, user.guideId } });
}

void OrderMutations::contact(const core::AuthenticatedUser &user, const QJsonObject &args)
{
    const Order order = requireVisibleOrder(user, requireId(args, u"id"_s));
    const QString eventId = requireId(args, u"event_id"_s);
    const QString via = args.value(u"via"_s).toString();
    if (via != u"call"_s && via != u"wechat"_s)
        throw MutationRejected(u"bad_request"_s, u"via must be call or wechat."_s);
    if (!order.claimedBy.isEmpty() && order.claimedBy != user.guideId && !user.isManager())
        throw MutationRejected(
            u"forbidden"_s,
            u"Order %1 is claimed by %2."_s.arg(order.id, guideName(order.claimedBy)));
    addEvent(eventId, order.id, u"contacted"_s, { { u"via"_s, via }, { u"by"_s, user.guideId } });
}

void OrderMutations::touchNamedRows(const QString &name, const QJsonObject &args)
{
    m_changes.touch(u"orders"_s, args.value(u"id"_s).toString());
    if (name == u"order_contact"_s)
        m_changes.touch(u"order_events"_s, args.value(u"event_id"_s).toString());
}

} // namespace gd::server::orders
