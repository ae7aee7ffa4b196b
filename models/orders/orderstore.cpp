#include "orderstore.h"

#include "orderitems.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd::orders {

namespace {

const QStringList statuses
    = { u"pending_payment"_s,  u"paid"_s,    u"to_ship"_s, u"ready_for_pickup"_s, u"completed"_s,
        u"refund_requested"_s, u"refunded"_s };

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// The columns rows() and order() read, in this order.
const QString rowColumns
    = u"o.rowid, o.id, o.order_no, coalesce(o.customer_id, ''), coalesce(c.name, ''),"
      " coalesce(o.guide_id, ''), o.channel, o.status, o.amount_cents, o.items_json,"
      " o.placed_at, coalesce(o.claimed_by, ''), coalesce(g.name, ''),"
      " coalesce(o.claimed_at, ''), coalesce(o.escalated_at, ''), o.city,"
      " coalesce(s.city, ''), coalesce(s.opens_at, ''), coalesce(s.closes_at, ''),"
      " coalesce(s.utc_offset_minutes, 480),"
      " EXISTS (SELECT 1 FROM outbox_touches t JOIN outbox x ON x.mutation_id = t.mutation_id"
      "   WHERE t.table_name = 'orders' AND t.row_key = o.id AND x.name = 'order_claim'"
      "   AND x.state <> 'rejected')"
      " FROM orders o LEFT JOIN customers c ON c.id = o.customer_id"
      " LEFT JOIN guides g ON g.id = o.claimed_by LEFT JOIN stores s ON s.id = o.store_id"_s;

OrderRow readRow(store::Statement &q)
{
    OrderRow row;
    row.rowId = q.int64(0);
    row.id = q.text(1);
    row.orderNo = q.text(2);
    row.customerId = q.text(3);
    row.customerName = q.text(4);
    row.guideId = q.text(5);
    row.channel = q.text(6);
    row.status = q.text(7);
    row.amountCents = q.int64(8);
    if (auto items = parseOrderItems(q.text(9)))
        row.items = *items;
    else
        row.itemsReadable = false;
    row.placedAt = parseTime(q.text(10));
    row.claimedBy = q.text(11);
    row.claimedByName = q.text(12).isEmpty() ? row.claimedBy : q.text(12);
    row.claimedAt = parseTime(q.text(13));
    row.escalatedAt = parseTime(q.text(14));
    row.city = q.text(15);
    row.storeCity = q.text(16);
    const StoreHours hours = StoreHours::fromColumns(q.text(17), q.text(18), int(q.int64(19)));
    row.duringStoreHours = hours.isOpenAt(row.placedAt);
    row.claimPending = q.int64(20) != 0;
    return row;
}

} // namespace

OrderStore::OrderStore(store::Database &db)
    : m_db(db)
{ }

bool OrderStore::isKnownFilter(const QString &status)
{
    return status.isEmpty() || status == u"waiting"_s || status == u"mine"_s
        || statuses.contains(status);
}

QString OrderStore::scopeCondition(const OrderActor &actor) const
{
    // ?1 the store, ?2 the guide.
    if (actor.manager)
        return u"o.deleted = 0 AND o.store_id = ?1"_s;
    return u"o.deleted = 0 AND o.store_id = ?1 AND (o.guide_id = ?2 OR o.guide_id IS NULL"
           " OR o.claimed_by = ?2)"_s;
}

StoreHours OrderStore::storeHours(const QString &storeId)
{
    auto q = m_db.prepare(u"SELECT opens_at, closes_at, utc_offset_minutes FROM stores WHERE"
                          " id = ?"_s);
    q->bind(1, storeId);
    if (!q->step())
        return {};
    return StoreHours::fromColumns(q->text(0), q->text(1), int(q->int64(2)));
}

QList<qint64> OrderStore::rowIds(const OrderActor &actor, const OrderFilter &filter)
{
    QList<qint64> ids;
    if (actor.storeId.isEmpty() || !isKnownFilter(filter.status))
        return ids;
    QString sql = u"SELECT o.rowid FROM orders o WHERE "_s + scopeCondition(actor);
    if (filter.status == u"waiting"_s)
        sql += u" AND o.status = 'paid' AND o.claimed_by IS NULL"_s;
    else if (filter.status == u"mine"_s)
        sql += u" AND o.claimed_by = ?2"_s;
    else if (!filter.status.isEmpty())
        sql += u" AND o.status = ?3"_s;
    if (filter.day.isValid())
        sql += u" AND o.placed_at >= ?4 AND o.placed_at < ?5"_s;
    sql += actor.manager ? u" ORDER BY (o.escalated_at IS NOT NULL AND o.status = 'paid' AND"
                           " o.claimed_by IS NULL) DESC, o.placed_at DESC, o.rowid DESC"_s
                         : u" ORDER BY o.placed_at DESC, o.rowid DESC"_s;
    QString from, to;
    if (filter.day.isValid()) {
        const StoreHours hours = storeHours(actor.storeId);
        const QDateTime start(filter.day, QTime(0, 0), Qt::OffsetFromUTC,
                              hours.utcOffsetMinutes * 60);
        from = start.toUTC().toString(Qt::ISODateWithMs);
        to = start.addDays(1).toUTC().toString(Qt::ISODateWithMs);
    }
    auto q = m_db.prepare(sql);
    q->bind(1, actor.storeId);
    if (!actor.manager || filter.status == u"mine"_s)
        q->bind(2, actor.guideId);
    if (!filter.status.isEmpty() && filter.status != u"waiting"_s && filter.status != u"mine"_s)
        q->bind(3, filter.status);
    if (filter.day.isValid()) {
        q->bind(4, from);
        q->bind(5, to);
    }
    while (q->step())
        ids << q->int64(0);
    return ids;
}

QList<OrderRow> OrderStore::rows(const QList<qint64> &rowIds, const OrderActor &actor)
{
    Q_UNUSED(actor)
    QJsonArray list;
    for (qint64 id : rowIds)
        list.append(id);
    auto q = m_db.prepare(u"SELECT "_s + rowColumns
                          + u" WHERE o.rowid IN (SELECT value FROM json_each(?))"_s);
    q->bind(1, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    QHash<qint64, OrderRow> byId;
    while (q->step()) {
        OrderRow row = readRow(*q);
        byId.insert(row.rowId, std::move(row));
    }
    QList<OrderRow> rows;
    rows.reserve(rowIds.size());
    for (qint64 id : rowIds)
        rows << byId.value(id);
    return rows;
}

std::optional<OrderRow> OrderStore::order(const QString &orderId, const OrderActor &actor)
{
    auto q = m_db.prepare(u"SELECT "_s + rowColumns + u" WHERE o.id = ?1 AND "_s
                          + scopeCondition(actor).replace(u"?1"_s, u"?3"_s));
    q->bind(1, orderId);
    q->bind(3, actor.storeId);
    if (!actor.manager)
        q->bind(2, actor.guideId);
    if (!q->step())
        return std::nullopt;
    return readRow(*q);
}

QList<OrderEvent> OrderStore::events(const QString &orderId)
{
    QList<OrderEvent> events;
    auto q = m_db.prepare(u"SELECT e.seq, e.kind, e.payload_json, e.created_at,"
                          " coalesce(g.name, '') FROM order_events e LEFT JOIN guides g ON"
                          " g.id = json_extract(CASE WHEN json_valid(e.payload_json) THEN"
                          " e.payload_json ELSE '{}' END, '$.by') WHERE e.order_id = ?"
                          " AND e.deleted = 0 ORDER BY e.seq = 0, e.seq, e.created_at"_s);
    q->bind(1, orderId);
    while (q->step()) {
        OrderEvent event;
        event.seq = q->int64(0);
        event.kind = q->text(1);
        const QJsonObject payload = QJsonDocument::fromJson(q->text(2).toUtf8()).object();
        event.status = payload.value(u"status"_s).toString();
        event.by = payload.value(u"by"_s).toString();
        event.via = payload.value(u"via"_s).toString();
        event.byName = q->text(4).isEmpty() ? payload.value(u"by_name"_s).toString() : q->text(4);
        event.at = parseTime(q->text(3));
        events << event;
    }
    return events;
}

OrderCounts OrderStore::counts(const OrderActor &actor, const QDate &today)
{
    OrderCounts counts;
    if (actor.storeId.isEmpty())
        return counts;
    const StoreHours hours = storeHours(actor.storeId);
    const QDateTime start(today, QTime(0, 0), Qt::OffsetFromUTC, hours.utcOffsetMinutes * 60);
    auto q = m_db.prepare(
        u"SELECT coalesce(sum(o.status = 'paid' AND o.claimed_by IS NULL), 0),"
        " coalesce(sum(o.status = 'paid' AND o.claimed_by IS NULL AND o.escalated_at IS NOT"
        " NULL), 0), coalesce(sum(o.placed_at >= ?3 AND o.placed_at < ?4), 0),"
        " coalesce(sum(o.claimed_by = ?2 AND o.status NOT IN ('completed', 'refunded')), 0)"
        " FROM orders o WHERE "_s
        + scopeCondition(actor));
    q->bindAll(actor.storeId, actor.guideId, start.toUTC().toString(Qt::ISODateWithMs),
               start.addDays(1).toUTC().toString(Qt::ISODateWithMs));
    if (q->step()) {
        counts.waiting = int(q->int64(0));
        counts.escalated = int(q->int64(1));
        counts.today = int(q->int64(2));
        counts.mine = int(q->int64(3));
    }
    return counts;
}

QList<GuideResponse> OrderStore::responseTimes(const QString &storeId, const QDateTime &since)
{
    QList<GuideResponse> result;
    auto q = m_db.prepare(u"SELECT o.claimed_by, coalesce(g.name, o.claimed_by), o.placed_at,"
                          " o.claimed_at FROM orders o LEFT JOIN guides g ON g.id = o.claimed_by"
                          " WHERE o.store_id = ? AND o.deleted = 0 AND o.claimed_by IS NOT NULL"
                          " AND o.claimed_at >= ? ORDER BY g.employee_no, o.claimed_by"_s);
    q->bindAll(storeId, since.toUTC().toString(Qt::ISODateWithMs));
    QList<double> seconds;
    const auto flush = [&] {
        if (result.isEmpty() || seconds.isEmpty())
            return;
        std::sort(seconds.begin(), seconds.end());
        GuideResponse &last = result.last();
        last.claimed = int(seconds.size());
        last.medianSeconds = seconds.at((seconds.size() - 1) / 2);
        last.slowestSeconds = seconds.constLast();
        seconds.clear();
    };
    while (q->step()) {
        if (result.isEmpty() || result.constLast().guideId != q->text(0)) {
            flush();
            result.append({ q->text(0), q->text(1) });
        }
        const QDateTime placed = parseTime(q->text(2));
        const QDateTime claimed = parseTime(q->text(3));
        if (placed.isValid() && claimed.isValid())
            seconds << std::max<double>(0, double(placed.msecsTo(claimed)) / 1000.0);
    }
    flush();
    result.removeIf([](const GuideResponse &g) { return g.claimed == 0; });
    return result;
}

QStringList OrderStore::waitingOrderIds(const OrderActor &actor, int limit)
{
    QStringList ids;
    if (actor.storeId.isEmpty())
        return ids;
    auto q = m_db.prepare(u"SELECT o.id FROM orders o WHERE "_s + scopeCondition(actor)
                          + u" AND o.status = 'paid' AND o.claimed_by IS NULL ORDER BY"
                            " o.placed_at DESC LIMIT ?3"_s);
    q->bind(1, actor.storeId);
    if (!actor.manager)
        q->bind(2, actor.guideId);
    q->bind(3, limit);
    while (q->step())
        ids << q->text(0);
    return ids;
}

OrderSnapshot OrderStore::snapshot(const OrderActor &actor, const OrderFilter &filter,
                                   const QDate &today, const QDateTime &since)
{
    // One transaction: the ids, counts and banner's watch agree with each other.
    store::ReadTransaction transaction(m_db);
    OrderSnapshot read {
        actor, filter, rowIds(actor, filter), counts(actor, today), {}, waitingOrderIds(actor)
    };
    if (actor.manager)
        read.responseTimes = responseTimes(actor.storeId, since);
    return read;
}

QString OrderStore::rejectedClaim(const QString &orderId)
{
    auto q = m_db.prepare(u"SELECT error FROM outbox WHERE state = 'rejected' AND name ="
                          " 'order_claim' AND json_extract(args_json, '$.id') = ? ORDER BY"
                          " mutation_id DESC LIMIT 1"_s);
    q->bind(1, orderId);
    return q->step() ? q->text(0) : QString();
}

} // namespace gd::orders
