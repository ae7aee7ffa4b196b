// Makes the demo feel alive: mini-program orders for the store's customers at a given rate
// (Poisson arrivals), and now and then an older order moving on (shipped, ready for pickup,
// completed, a refund). Seeded, so a demo can be replayed.
#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace gd::store {
class Database;
}

namespace gd::server::orders {

class OrderService;

class OrderSimulator : public QObject
{
    Q_OBJECT
public:
    OrderSimulator(store::Database &db, OrderService &orders, double ordersPerMinute, quint64 seed,
                   QObject *parent = nullptr);
    void start();

private:
    void scheduleNext();
    void placeNewOrder();
    void advanceAnOrder();

    store::Database &m_db;
    OrderService &m_orders;
    double m_ordersPerMinute;
    QRandomGenerator m_random;
    QTimer m_timer;
    qint64 m_counter = 0;
};

} // namespace gd::server::orders
