// Fits each store's churn model on the server and publishes it as the store's
// `churn_models` row (schema v5), touched in the change log so that the next pull carries it
// to the store's devices, which score their customers with it offline (ChurnScorer).
// Fits run at start-up, every night (a timer) and on demand: POST /api/v1/churn/fit
// (managers only, for their own store; docs/sync-api.md).
#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>
#include <functional>

class QHttpServer;

namespace gd::store {
class Database;
}

namespace gd::server::core {

class Authenticator;
class ChangeLog;

class ChurnFitter : public QObject
{
    Q_OBJECT

public:
    ChurnFitter(store::Database &db, ChangeLog &changes, Authenticator &auth);

    // Fits one store as of `today` and writes its row; returns the row as JSON (the reply
    // of the endpoint), or an empty object if the store has no customer with a purchase.
    QJsonObject fitStore(const QString &storeId, QDate today);
    // Every store; returns how many rows were written.
    int fitAllStores(QDate today);

    // Refits every store each `interval` (a day in production).
    void startSchedule(std::chrono::milliseconds interval);
    void registerRoutes(QHttpServer &server);

    // For tests: the day the fits count as "today" (default: the current UTC date).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

private:
    store::Database &m_db;
    ChangeLog &m_changes;
    Authenticator &m_auth;
    QTimer m_timer;
    std::function<QDate()> m_today;
};

} // namespace gd::server::core
