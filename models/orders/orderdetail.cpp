#include "orderdetail.h"

#include "orderstore.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace gd::orders {

OrderDetail::OrderDetail(OrderStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void OrderDetail::setActor(const OrderActor &actor)
{
    m_actor = actor;
    refresh();
}

void OrderDetail::setOrderId(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    refresh();
}

void OrderDetail::refresh()
{
    m_row.reset();
    m_events.clear();
    m_rejection.clear();
    if (!m_orderId.isEmpty()) {
        m_row = m_store.order(m_orderId, m_actor);
        if (m_row) {
            m_events = m_store.events(m_orderId);
            // A refusal matters while someone else holds the order; claimed by us after
            // all (a later claim of ours won), it is history.
            if (!claimedByMe())
                m_rejection = m_store.rejectedClaim(m_orderId);
        }
    }
    Q_EMIT changed();
}

QVariantList OrderDetail::items() const
{
    QVariantList list;
    if (!m_row)
        return list;
    for (const OrderItem &item : m_row->items)
        list << QVariantMap { { u"sku"_s, item.sku },
                              { u"name"_s, item.name },
                              { u"qty"_s, item.qty },
                              { u"priceCents"_s, double(item.priceCents) } };
    return list;
}

QVariantList OrderDetail::events() const
{
    QVariantList list;
    for (const OrderEvent &event : m_events)
        list << QVariantMap { { u"kind"_s, event.kind },     { u"status"_s, event.status },
                              { u"byName"_s, event.byName }, { u"via"_s, event.via },
                              { u"at"_s, event.at },         { u"pending"_s, event.seq == 0 } };
    return list;
}

} // namespace gd::orders
