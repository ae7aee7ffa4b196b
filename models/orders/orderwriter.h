// What a guide does to a live order on this device: claim it (order_claim), mark it ready
// for in-store pickup (order_pickup_ready), record that the customer was contacted
// (order_contact, an order event). Each is the local change and its outbox entry in one
// transaction. The server decides: a claim that lost to another guide's comes back
// rejected, and the next pull brings the winner's claim into the row.
#pragma once

#include "orderrecords.h"

#include <QString>
#include <functional>
#include <stdexcept>

namespace gd::store {
class Database;
}
namespace gd::outbox {
class Outbox;
}

namespace gd::orders {

class OrderRefused : public std::runtime_error
{
public:
    enum class Reason
    {
        NotSignedIn,
        UnknownOrder, // not in the store, or not the actor's to see
        AlreadyClaimed, // by someone else (claimedByName says who)
        AlreadyYours, // claimed by the actor already: nothing to send again
        NotClaimable, // the status does not allow it (pending payment, completed, …)
        NotClaimer, // pickup or contact on an order someone else holds
        BadChannel, // contact by something other than call or wechat
    };
    OrderRefused(Reason reason, QString claimedByName, const QString &why)
        : std::runtime_error(why.toStdString())
        , reason(reason)
        , claimedByName(std::move(claimedByName))
    { }
    Reason reason;
    QString claimedByName;
};

class OrderWriter
{
public:
    OrderWriter(store::Database &db, outbox::Outbox &outbox, OrderActor actor);

    void setActor(OrderActor actor) { m_actor = std::move(actor); }
    [[nodiscard]] const OrderActor &actor() const { return m_actor; }
    // Called after each committed change (the sync engine pushes, the models refresh).
    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }

    // Throws OrderRefused.
    void claim(const QString &orderId);
    void markPickupReady(const QString &orderId);
    // via: call or wechat. Returns the order event's id.
    QString contact(const QString &orderId, const QString &via);

private:
    struct Current
    {
        QString status;
        QString claimedBy;
        QString claimedByName;
    };
    Current requireOrder(const QString &orderId);
    void written();

    store::Database &m_db;
    outbox::Outbox &m_outbox;
    OrderActor m_actor;
    std::function<void()> m_afterWrite;
};

} // namespace gd::orders
