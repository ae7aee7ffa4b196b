// What the Orders page shows of a mini-program order, read from the store (the server's
// rows, as last pulled, with this device's pending changes on top).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace gd::orders {

// Who looks at the orders: a guide sees the orders attributed to them (their customers'
// and their share links') and the store's unattributed ones; a manager the whole store.
struct OrderActor
{
    QString guideId;
    QString storeId;
    bool manager = false;
    friend bool operator==(const OrderActor &, const OrderActor &) = default;
};

struct OrderItem
{
    QString sku;
    QString name;
    int qty = 0;
    qint64 priceCents = 0;
};

struct OrderRow
{
    qint64 rowId = 0;
    QString id;
    QString orderNo;
    QString customerId;
    QString customerName;
    QString guideId;
    QString channel; // mini_program, live_stream, share_link
    QString status; // pending_payment, paid, to_ship, ready_for_pickup, completed, …
    qint64 amountCents = 0;
    QList<OrderItem> items;
    bool itemsReadable = true; // false: items_json was not a list of items
    QDateTime placedAt; // UTC
    QString claimedBy;
    QString claimedByName;
    QDateTime claimedAt;
    QDateTime escalatedAt;
    QString city;
    QString storeCity;
    bool duringStoreHours = true;
    bool claimPending = false; // this device's claim, not yet acknowledged by the server
    [[nodiscard]] bool sameCity() const
    {
        return city.isEmpty() || storeCity.isEmpty() || city == storeCity;
    }
    // Paid and nobody has it yet: what the banner, the badge and the timer are about.
    [[nodiscard]] bool waiting() const { return status == u"paid" && claimedBy.isEmpty(); }
};

struct OrderEvent
{
    qint64 seq = 0; // 0: this device's, not on the server yet
    QString kind; // created, status, claimed, contacted, escalated
    QString status; // for created / status
    QString by; // guide id, when a guide did it
    QString byName;
    QString via; // for contacted: call or wechat
    QDateTime at;
};

// How fast one guide claimed orders (claimed_at − placed_at, both the server's).
struct GuideResponse
{
    QString guideId;
    QString name;
    int claimed = 0;
    double medianSeconds = 0;
    double slowestSeconds = 0;
};

struct OrderCounts
{
    int waiting = 0; // paid and unclaimed
    int escalated = 0; // of those, escalated to the manager
    int today = 0; // placed today (local day)
    int mine = 0; // claimed by the actor and not completed
};

} // namespace gd::orders
