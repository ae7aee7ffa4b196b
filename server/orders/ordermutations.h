// The guide's side of a live order (docs/sync-api.md, "Orders"): order_claim (the first
// claim to arrive wins; a later one is rejected with a reason naming who has the order),
// order_pickup_ready (the claimer, or a manager, marks it ready for in-store pickup) and
// order_contact (an order event recording that the customer was called or messaged).
// Server-authoritative: claimed_at is the server's arrival time, never the tablet's clock.
// Each effect is an order event (the history, and a live event for the devices that see
// the order), and a claim records the guide's response time in order_responses.
#pragma once

#include "core/authenticateduser.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace gd::store {
class Database;
}
namespace gd::server::core {
class ChangeLog;
}

namespace gd::server::orders {

class OrderMutations
{
public:
    OrderMutations(store::Database &db, core::ChangeLog &changes);

    [[nodiscard]] static bool handles(const QString &name);
    // Throws core::MutationRejected. Runs inside the push's per-mutation transaction.
    void apply(const core::AuthenticatedUser &user, const QString &name, const QJsonObject &args);
    // Gives the order (and the contact's event) a new change seq: the pushing device
    // pulls the server's version, also after a rejection (the winner's claim).
    void touchNamedRows(const QString &name, const QJsonObject &args);
    // Called with each new order event's seq, after the push's transaction: the live
    // events tell the devices that see the order (set by main to EventHub::publish).
    void setPublisher(std::function<void(qint64)> publish) { m_publish = std::move(publish); }

private:
    struct Order
    {
        QString id;
        QString storeId;
        QString guideId;
        QString status;
        QString claimedBy;
        QString placedAt;
    };
    Order requireVisibleOrder(const core::AuthenticatedUser &user, const QString &orderId);
    void claim(const core::AuthenticatedUser &user, const QJsonObject &args);
    void markPickupReady(const core::AuthenticatedUser &user, const QJsonObject &args);
    void contact(const core::AuthenticatedUser &user, const QJsonObject &args);
    QString guideName(const QString &guideId);
    void addEvent(const QString &eventId, const QString &orderId, const QString &kind,
                  const QJsonObject &payload);

    store::Database &m_db;
    core::ChangeLog &m_changes;
    std::function<void(qint64)> m_publish;
};

} // namespace gd::server::orders
