// Mini-program orders: POST /api/v1/mall/orders for the mall (bearer = the mall key), and
// place() for the simulator. Idempotent on order_no; a new status is a status change. Each
// change is one transaction (order, order event, change log), then a live event.
#pragma once

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QHttpServer;
class QHttpServerRequest;

namespace gd::store {
class Database;
}
namespace gd::server::core {
class ChangeLog;
}
namespace gd::server::events {
class EventHub;
}

namespace gd::server::orders {

struct OrderInput
{
    QString orderNo;
    QString customerId;
    QString guideId; // empty: the customer's owner
    QString channel = QStringLiteral("mini_program");
    QString status = QStringLiteral("paid");
    qint64 amountCents = 0;
    QJsonArray items;
    QString placedAt; // ISO-8601
    QString city;
};

struct PlacedOrder
{
    QString orderId;
    qint64 seq = 0; // 0: nothing changed (the same order again)
    bool created = false;
};

class OrderService
{
public:
    OrderService(store::Database &db, core::ChangeLog &changes, events::EventHub &hub,
                 QString mallKey);
    void registerRoutes(QHttpServer &server);

    // Throws std::invalid_argument with a sentence for bad input.
    PlacedOrder place(const OrderInput &input);
    // Parses and checks a mall request body. Throws std::invalid_argument.
    static OrderInput parse(const QJsonObject &body);

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);

    store::Database &m_db;
    core::ChangeLog &m_changes;
    events::EventHub &m_hub;
    QString m_mallKey;
};

} // namespace gd::server::orders
