#include "orderservice.h"

#include "core/changelog.h"
#include "core/jsonresponse.h"
#include "events/eventhub.h"
#include "store/database.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonDocument>
#include <QUuid>
#include <openssl/crypto.h>
#include <stdexcept>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace gd::server::orders {

namespace {

[[noreturn]] void bad(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

OrderService::OrderService(store::Database &db, core::ChangeLog &changes, events::EventHub &hub,
                           QString mallKey)
    : m_db(db)
    , m_changes(changes)
    , m_hub(hub)
    , m_mallKey(std::move(mallKey))
{ }

void OrderService::registerRoutes(QHttpServer &server)
{
    server.route(u"/api/v1/mall/orders"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return handle(request); });
}

OrderInput OrderService::parse(const QJsonObject &body)
{
    static const QStringList channels = { u"mini_program"_s, u"live_stream"_s, u"share_link"_s };
    static const QStringList statuses
        = { u"pending_payment"_s,  u"paid"_s,      u"to_ship"_s,
            u"ready_for_pickup"_s, u"completed"_s, u"refund_requested"_s,
            u"refunded"_s };
    OrderInput input;
    input.orderNo = body.value(u"order_no"_s).toString();
    if (input.orderNo.isEmpty() || input.orderNo.size() > 64)
        bad(u"order_no must be 1 to 64 characters."_s);
    input.customerId = body.value(u"customer_id"_s).toString();
    if (input.customerId.isEmpty())
        bad(u"customer_id is missing."_s);
    input.guideId = body.value(u"guide_id"_s).toString();
    input.channel = body.value(u"channel"_s).toString(u"mini_program"_s);
    if (!channels.contains(input.channel))
        bad(u"channel must be one of: %1."_s.arg(channels.join(u", "_s)));
    input.status = body.value(u"status"_s).toString(u"paid"_s);
    if (!statuses.contains(input.status))
        bad(u"status must be one of: %1."_s.arg(statuses.join(u", "_s)));
    const double amount = body.value(u"amount_cents"_s).toDouble(-1);
    if (amount < 0 || amount != double(qint64(amount)) || amount > 1e11)
        bad(u"amount_cents must be a whole number of cents, 0 or more."_s);
    input.amountCents = qint64(amount);
    if (!body.value(u"items"_s).isArray() || body.value(u"items"_s).toArray().size() > 200)
        bad(u"items must be an array (at most 200)."_s);
    input.items = body.value(u"items"_s).toArray();
    for (const QJsonValue &item : input.items) {
        const QJsonObject o = item.toObject();
        if (!item.isObject() || !o.value(u"sku"_s).isString() || !o.value(u"name"_s).isString()
            || o.value(u"qty"_s).toInt(0) <= 0 || o.value(u"price_cents"_s).toDouble(-1) < 0)
            bad(u"each item needs sku, name, qty > 0 and price_cents >= 0."_s);
    }
    input.placedAt = body.value(u"placed_at"_s).toString();
    if (input.placedAt.isEmpty())
        input.placedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    else if (!QDateTime::fromString(input.placedAt, Qt::ISODateWithMs).isValid())
        bad(u"placed_at must be an ISO-8601 time."_s);
    else // one form (UTC, milliseconds), so that times compare as text (days, escalation)
        input.placedAt = QDateTime::fromString(input.placedAt, Qt::ISODateWithMs)
                             .toUTC()
                             .toString(Qt::ISODateWithMs);
    input.city = body.value(u"city"_s).toString().left(40);
    return input;
}

QHttpServerResponse OrderService::handle(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (m_mallKey.isEmpty() || !header.startsWith("Bearer ")
        || !sameSecret(header.mid(7).trimmed(), m_mallKey.toUtf8()))
        return core::jsonError(Status::Unauthorized, u"unauthorized"_s,
                               u"The mall key is missing or wrong."_s);
    auto body = core::parseJsonObject(request);
    if (auto *error = std::get_if<QHttpServerResponse>(&body))
        return std::move(*error);
    try {
        const PlacedOrder placed = place(parse(std::get<QJsonObject>(body)));
        qint64 seq = placed.seq;
        if (seq == 0) {
            auto last = m_db.prepare(u"SELECT server_seq FROM orders WHERE id = ?"_s);
            last->bind(1, placed.orderId);
            last->step();
            seq = last->int64(0);
        }
        return core::jsonReply({ { u"order_id"_s, placed.orderId }, { u"seq"_s, seq } },
                               placed.created ? Status::Created : Status::Ok);
    } catch (const std::invalid_argument &e) {
        return core::jsonError(Status::BadRequest, u"bad_request"_s, QString::fromUtf8(e.what()));
    }
}

PlacedOrder OrderService::place(const OrderInput &input)
{
    store::Transaction transaction(m_db);
    QString storeId, ownerId;
    {
        auto customer = m_db.prepare(u"SELECT store_id, coalesce(owner_guide_id, '') FROM"
                                     " customers WHERE id = ? AND deleted = 0"_s);
        customer->bind(1, input.customerId);
        if (!customer->step())
            bad(u"There is no customer %1."_s.arg(input.customerId));
        storeId = customer->text(0);
        ownerId = customer->text(1);
    }
    QString guideId = input.guideId.isEmpty() ? ownerId : input.guideId;
    if (!input.guideId.isEmpty()) {
        auto guide = m_db.prepare(u"SELECT 1 FROM guides WHERE id = ? AND store_id = ?"_s);
        guide->bindAll(input.guideId, storeId);
        if (!guide->step())
            bad(u"guide_id is not a guide of the customer's store."_s);
    }
    PlacedOrder placed;
    QString previousStatus;
    {
        auto existing = m_db.prepare(u"SELECT id, status FROM orders WHERE order_no = ?"_s);
        existing->bind(1, input.orderNo);
        if (existing->step()) {
            placed.orderId = existing->text(0);
            previousStatus = existing->text(1);
        }
    }
    if (!placed.orderId.isEmpty() && previousStatus == input.status)
        return placed; // the same order again: nothing changes
    const qint64 seq = m_db.scalar(u"SELECT coalesce(max(seq), 0) + 1 FROM order_events"_s);
    if (placed.orderId.isEmpty()) {
        placed.orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        placed.created = true;
        auto insert = m_db.prepare(
            u"INSERT INTO orders (id, order_no, customer_id, guide_id, store_id, channel,"
            " status, amount_cents, items_json, placed_at, city, server_seq) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insert->bindAll(
            placed.orderId, input.orderNo, input.customerId,
            guideId.isEmpty() ? std::optional<QString>() : guideId, storeId, input.channel,
            input.status, input.amountCents,
            QString::fromUtf8(QJsonDocument(input.items).toJson(QJsonDocument::Compact)),
            input.placedAt, input.city, seq);
        insert->run();
    } else {
        auto update = m_db.prepare(u"UPDATE orders SET status = ?, server_seq = ? WHERE id = ?"_s);
        update->bindAll(input.status, seq, placed.orderId);
        update->run();
    }
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto event = m_db.prepare(u"INSERT INTO order_events (id, order_id, seq, kind, payload_json,"
                              " created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    event->bindAll(eventId, placed.orderId, seq, placed.created ? u"created"_s : u"status"_s,
                   QString::fromUtf8(QJsonDocument(QJsonObject { { u"status"_s, input.status } })
                                         .toJson(QJsonDocument::Compact)),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    event->run();
    m_changes.touch(u"orders"_s, placed.orderId);
    m_changes.touch(u"order_events"_s, eventId);
    transaction.commit();
    placed.seq = seq;
    m_hub.publish(seq);
    return placed;
}

} // namespace gd::server::orders
