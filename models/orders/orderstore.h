// Reads orders from the local store for the Orders page: the ids of a list (scope, status
// and day), rows by rowid a page at a time, one order with its event history, the counts
// behind the badge. Qt Core only; statements are prepared once and cached by the store.
#pragma once

#include "orderrecords.h"
#include "storehours.h"

#include <QDate>
#include <optional>

namespace gd::store {
class Database;
}

namespace gd::orders {

struct OrderFilter
{
    // "" every order; "waiting" paid and unclaimed; "mine" claimed by the actor; or one
    // status (pending_payment, paid, to_ship, ready_for_pickup, completed,
    // refund_requested, refunded).
    QString status;
    QDate day; // invalid: every day; else the store's local day
    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

// Everything one re-read of the Orders page gathers, read together: the list's ids for an
// actor and filter, the badge's counts, the manager's response times, the banner's watch.
struct OrderSnapshot
{
    OrderActor actor;
    OrderFilter filter;
    QList<qint64> ids;
    OrderCounts counts;
    QList<GuideResponse> responseTimes; // a manager's only
    QStringList waitingIds;
};

class OrderStore
{
public:
    explicit OrderStore(store::Database &db);

    // Newest first; for a manager, escalated orders still waiting come first.
    [[nodiscard]] QList<qint64> rowIds(const OrderActor &actor, const OrderFilter &filter);
    [[nodiscard]] QList<OrderRow> rows(const QList<qint64> &rowIds, const OrderActor &actor);
    [[nodiscard]] std::optional<OrderRow> order(const QString &orderId, const OrderActor &actor);
    // Oldest first: what the server recorded, then this device's pending contact events.
    [[nodiscard]] QList<OrderEvent> events(const QString &orderId);
    [[nodiscard]] OrderCounts counts(const OrderActor &actor, const QDate &today);
    // Per guide of the store, the orders claimed since `since` and how fast (the manager's
    // view; the server keeps the same figures in order_responses).
    [[nodiscard]] QList<GuideResponse> responseTimes(const QString &storeId,
                                                     const QDateTime &since);
    // The waiting orders' ids (newest first, at most `limit`): what the banner watches.
    [[nodiscard]] QStringList waitingOrderIds(const OrderActor &actor, int limit = 500);
    // The server's reason, when this device's claim of the order was rejected.
    [[nodiscard]] QString rejectedClaim(const QString &orderId);
    [[nodiscard]] StoreHours storeHours(const QString &storeId);
    // One re-read for the desk (on whichever connection this store reads); `today` is the
    // store's local day of the counts, response times since `since`.
    [[nodiscard]] OrderSnapshot snapshot(const OrderActor &actor, const OrderFilter &filter,
                                         const QDate &today, const QDateTime &since);
    // Whether `filter.status` is one this store understands.
    [[nodiscard]] static bool isKnownFilter(const QString &status);

private:
    [[nodiscard]] QString scopeCondition(const OrderActor &actor) const;
    store::Database &m_db;
};

} // namespace gd::orders
