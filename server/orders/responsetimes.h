// GET /api/v1/orders/response-times?days=N (a store manager): how fast each guide of the
// store claims orders — claimed_at − placed_at, recorded by order_claim in the server-only
// table order_responses — over the last N days (default 7, at most 366): count, median,
// 90th percentile and slowest, in seconds, plus the orders still waiting unclaimed.
#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServer;

namespace gd::store {
class Database;
}
namespace gd::server::core {
class Authenticator;
}

namespace gd::server::orders {

class ResponseTimes
{
public:
    ResponseTimes(store::Database &db, core::Authenticator &auth);
    void registerRoutes(QHttpServer &server);
    // The report for one store, over the last `days` days.
    [[nodiscard]] QJsonObject report(const QString &storeId, int days);

private:
    store::Database &m_db;
    core::Authenticator &m_auth;
};

} // namespace gd::server::orders
