// Escalation: an order that stays paid and unclaimed longer than --escalate-after-minutes
// goes to the floor manager. The server marks it (orders.escalated_at, an `escalated` order
// event, a live event) once; the manager's Orders page puts escalated orders on top. Checks
// on a timer (a quarter of the delay, between 1 and 30 seconds) and at start.
#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

namespace gd::store {
class Database;
}
namespace gd::server::core {
class ChangeLog;
}

namespace gd::server::orders {

class OrderEscalator : public QObject
{
    Q_OBJECT
public:
    OrderEscalator(store::Database &db, core::ChangeLog &changes, double afterMinutes,
                   std::function<void(qint64)> publish, QObject *parent = nullptr);
    void start();
    // Escalates what is due now; returns how many orders it escalated.
    int escalateDue();

private:
    store::Database &m_db;
    core::ChangeLog &m_changes;
    double m_afterMinutes;
    std::function<void(qint64)> m_publish;
    QTimer m_timer;
};

} // namespace gd::server::orders
