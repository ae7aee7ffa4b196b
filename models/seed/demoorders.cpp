#include "demoorders.h"

#include "demo/democatalogue.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gd::seed {

namespace {

struct DemoOrder
{
    int minutesAgo;
    const char *status;
    const char *channel;
    bool claimed; // by the guide, a while after it was placed
    bool otherCity;
    int products[2]; // indexes into the catalogue, -1: none
};

// Newest first, as the page lists them: two waiting, one claimed and ready, then history.
const DemoOrder demoOrders[] = {
    { 4, "paid", "mini_program", false, false, { 1, -1 } },
    { 23, "paid", "live_stream", false, true, { 2, 7 } },
    { 95, "pending_payment", "mini_program", false, false, { 5, -1 } },
    { 180, "ready_for_pickup", "share_link", true, false, { 0, -1 } },
    { 26 * 60, "to_ship", "mini_program", true, true, { 3, 4 } },
    { 28 * 60, "refund_requested", "live_stream", true, false, { 6, -1 } },
    { 50 * 60, "completed", "mini_program", true, false, { 7, 1 } },
    { 3 * 24 * 60, "refunded", "share_link", true, false, { 4, -1 } },
    { 4 * 24 * 60, "completed", "mini_program", true, false, { 2, -1 } },
};

// The states an order passed through to reach `status` (the event history).
QStringList pathTo(const QString &status)
{
    if (status == u"pending_payment"_s || status == u"paid"_s)
        return { status };
    if (status == u"refunded"_s)
        return { u"paid"_s, u"to_ship"_s, u"completed"_s, u"refund_requested"_s, status };
    if (status == u"refund_requested"_s)
        return { u"paid"_s, u"to_ship"_s, u"completed"_s, status };
    if (status == u"completed"_s)
        return { u"paid"_s, u"to_ship"_s, status };
    return { u"paid"_s, status };
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

int writeDemoOrders(store::Database &db, const QString &guideId, const QDateTime &now)
{
    if (db.scalar(u"SELECT count(*) FROM orders"_s) > 0)
        return 0;
    QStringList customers;
    QString storeId, city;
    {
        auto q = db.prepare(u"SELECT c.id, c.store_id, coalesce(s.city, '') FROM customers c"
                            " LEFT JOIN stores s ON s.id = c.store_id WHERE c.owner_guide_id = ?"
                            " AND c.deleted = 0 ORDER BY c.rowid LIMIT 40"_s);
        q->bind(1, guideId);
        while (q->step()) {
            customers << q->text(0);
            storeId = q->text(1);
            city = q->text(2);
        }
    }
    if (customers.isEmpty())
        return 0;
    auto order = db.prepare(
        u"INSERT INTO orders (id, order_no, customer_id, guide_id, store_id, channel, status,"
        " amount_cents, items_json, placed_at, claimed_by, claimed_at, city, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
    auto event = db.prepare(u"INSERT INTO order_events (id, order_id, seq, kind, payload_json,"
                            " created_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)"_s);
    int written = 0;
    for (const DemoOrder &demo : demoOrders) {
        const QDateTime placed = now.addSecs(-60LL * demo.minutesAgo);
        QJsonArray items;
        qint64 cents = 0;
        for (const int index : demo.products) {
            if (index < 0)
                continue;
            const demo::DemoProduct &p = demo::demoCatalogue[index % demo::demoCatalogueSize];
            items.append(QJsonObject { { u"sku"_s, QString::fromLatin1(p.sku) },
                                       { u"name"_s, QString::fromUtf16(p.name) },
                                       { u"qty"_s, 1 },
                                       { u"price_cents"_s, p.priceCents } });
            cents += p.priceCents;
        }
        const QString id = u"demo-order-%1"_s.arg(written + 1);
        const QDateTime claimedAt = placed.addSecs(60 + 45 * written);
        const std::optional<QString> claimedBy
            = demo.claimed ? std::optional<QString>(guideId) : std::nullopt;
        const std::optional<QString> claimedTime
            = demo.claimed ? std::optional<QString>(iso(claimedAt)) : std::nullopt;
        order->bindAll(id, u"MP%1%2"_s.arg(placed.toString(u"yyyyMMddHHmm"_s)).arg(written + 1),
                       customers.at((written * 7) % customers.size()), guideId, storeId,
                       QString::fromLatin1(demo.channel), QString::fromLatin1(demo.status), cents,
                       QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)),
                       iso(placed), claimedBy, claimedTime, demo.otherCity ? u"苏州"_s : city);
        order->run();
        int seq = 0;
        const QStringList path = pathTo(QString::fromLatin1(demo.status));
        for (const QString &status : path) {
            const QDateTime at = placed.addSecs(seq == 0 ? 0 : 3600LL * seq);
            event->bindAll(u"%1-e%2"_s.arg(id).arg(seq + 1), id, seq + 1,
                           seq == 0 ? u"created"_s : u"status"_s,
                           QString::fromUtf8(QJsonDocument(QJsonObject { { u"status"_s, status } })
                                                 .toJson(QJsonDocument::Compact)),
                           iso(std::min(at, now)));
            event->run();
            ++seq;
            if (seq == 1 && demo.claimed) {
                event->bindAll(u"%1-e%2"_s.arg(id).arg(seq + 1), id, seq + 1, u"claimed"_s,
                               QString::fromUtf8(QJsonDocument(QJsonObject { { u"by"_s, guideId } })
                                                     .toJson(QJsonDocument::Compact)),
                               iso(claimedAt));
                event->run();
                ++seq;
            }
        }
        ++written;
    }
    return written;
}

} // namespace gd::seed
