#include "ordersimulator.h"

#include "demo/democatalogue.h"
#include "orderservice.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::server::orders {

namespace {

QString nextStatus(const QString &status, QRandomGenerator &random)
{
    if (status == u"pending_payment"_s)
        return u"paid"_s;
    if (status == u"paid"_s)
        return random.bounded(2) ? u"to_ship"_s : u"ready_for_pickup"_s;
    if (status == u"to_ship"_s || status == u"ready_for_pickup"_s)
        return random.bounded(20) == 0 ? u"refund_requested"_s : u"completed"_s;
    if (status == u"refund_requested"_s)
        return u"refunded"_s;
    return {};
}

} // namespace

OrderSimulator::OrderSimulator(store::Database &db, OrderService &orders, double ordersPerMinute,
                               quint64 seed, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_orders(orders)
    , m_ordersPerMinute(ordersPerMinute)
    , m_random(quint32(seed ^ (seed >> 32)))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        placeNewOrder();
        if (m_random.bounded(3) == 0)
            advanceAnOrder();
        scheduleNext();
    });
}

void OrderSimulator::start()
{
    if (m_ordersPerMinute > 0)
        scheduleNext();
}

void OrderSimulator::scheduleNext()
{
    // Exponential gaps: a Poisson process at the asked rate.
    const double u = std::max(1e-9, m_random.generateDouble());
    const double seconds = -std::log(u) * 60.0 / m_ordersPerMinute;
    m_timer.start(int(std::clamp(seconds * 1000.0, 10.0, 3'600'000.0)));
}

void OrderSimulator::placeNewOrder()
{
    const qint64 customers
        = m_db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0 AND owner_guide_id"
                      " IS NOT NULL"_s);
    if (customers == 0)
        return;
    auto pick = m_db.prepare(u"SELECT c.id, s.city FROM customers c JOIN stores s ON"
                             " s.id = c.store_id WHERE c.deleted = 0 AND c.owner_guide_id IS NOT"
                             " NULL ORDER BY c.rowid LIMIT 1 OFFSET ?"_s);
    pick->bind(1, qint64(m_random.bounded(quint32(customers))));
    if (!pick->step())
        return;
    OrderInput order;
    order.customerId = pick->text(0);
    order.city = m_random.bounded(5) == 0 ? u"苏州"_s : pick->text(1);
    order.orderNo = u"MP%1%2"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMddHHmmss"_s))
                        .arg(++m_counter, 4, 10, QLatin1Char('0'));
    static const QStringList channels
        = { u"mini_program"_s, u"mini_program"_s, u"live_stream"_s, u"share_link"_s };
    order.channel = channels.at(m_random.bounded(int(channels.size())));
    order.status = m_random.bounded(7) == 0 ? u"pending_payment"_s : u"paid"_s;
    const int lines = 1 + m_random.bounded(3);
    for (int i = 0; i < lines; ++i) {
        const demo::DemoProduct &p = demo::demoCatalogue[m_random.bounded(demo::demoCatalogueSize)];
        const int qty = 1 + (m_random.bounded(5) == 0 ? 1 : 0);
        order.items.append(QJsonObject { { u"sku"_s, QString::fromLatin1(p.sku) },
                                         { u"name"_s, QString::fromUtf16(p.name) },
                                         { u"qty"_s, qty },
                                         { u"price_cents"_s, p.priceCents } });
        order.amountCents += p.priceCents * qty;
    }
    order.placedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    try {
        m_orders.place(order);
    } catch (const std::exception &) {
        // A customer deleted meanwhile: the next arrival picks another.
    }
}

void OrderSimulator::advanceAnOrder()
{
    auto pick = m_db.prepare(u"SELECT order_no, customer_id, status, channel, amount_cents,"
                             " items_json, placed_at, city FROM orders WHERE status NOT IN"
                             " ('completed', 'refunded') ORDER BY random() LIMIT 1"_s);
    if (!pick->step())
        return;
    OrderInput order;
    order.orderNo = pick->text(0);
    order.customerId = pick->text(1);
    order.status = nextStatus(pick->text(2), m_random);
    if (order.status.isEmpty())
        return;
    order.channel = pick->text(3);
    order.amountCents = pick->int64(4);
    order.placedAt = pick->text(6);
    order.city = pick->text(7);
    try {
        m_orders.place(order);
    } catch (const std::exception &) { }
}

} // namespace gd::server::orders
