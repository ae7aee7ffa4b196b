#include "orderdesk.h"

#include "orders/orderwriter.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

QString reasonCode(orders::OrderRefused::Reason reason)
{
    using R = orders::OrderRefused::Reason;
    switch (reason) {
    case R::NotSignedIn:
        return u"not_signed_in"_s;
    case R::UnknownOrder:
        return u"unknown_order"_s;
    case R::AlreadyClaimed:
        return u"already_claimed"_s;
    case R::AlreadyYours:
        return u"already_yours"_s;
    case R::NotClaimable:
        return u"not_claimable"_s;
    case R::NotClaimer:
        return u"not_claimer"_s;
    case R::BadChannel:
        return u"bad_channel"_s;
    }
    return u"unknown_order"_s;
}

} // namespace

OrderDesk::OrderDesk(store::Database &db, orders::OrderWriter *writer, QObject *parent)
    : QObject(parent)
    , m_store(db)
    , m_writer(writer)
    , m_list(m_store)
    , m_detail(m_store)
{
    // A burst of orders arrives as a pulled batch every few milliseconds; re-reading the
    // list and counts for each would spend several frames' worth of GUI time per second.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(coalesceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OrderDesk::refresh);
}

void OrderDesk::setActor(const orders::OrderActor &actor)
{
    m_actor = actor;
    if (m_writer)
        m_writer->setActor(actor);
    m_list.setActor(actor);
    m_detail.setActor(actor);
    m_knownWaiting.clear();
    m_firstLook = true;
    m_banner = {};
    m_bannerCount = 0;
    Q_EMIT bannerChanged();
    Q_EMIT actorChanged();
    refresh();
}

void OrderDesk::storeChanged(const QStringList &tables)
{
    if (tables.contains(u"orders"_s) || tables.contains(u"order_events"_s)
        || tables.contains(u"guides"_s) || tables.contains(u"stores"_s)) {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    }
}

void OrderDesk::refresh()
{
    QElapsedTimer took;
    took.start();
    m_refreshTimer.stop(); // a direct re-read also answers the changes waiting for one
    m_list.refresh();
    m_detail.refresh();
    m_counts = m_store.counts(m_actor, m_today.isValid() ? m_today : QDate::currentDate());
    m_responseTimes.clear();
    if (m_actor.manager) {
        const auto since = QDateTime::currentDateTimeUtc().addDays(-7);
        for (const auto &guide : m_store.responseTimes(m_actor.storeId, since))
            m_responseTimes << QVariantMap { { u"name"_s, guide.name },
                                             { u"claimed"_s, guide.claimed },
                                             { u"medianSeconds"_s, guide.medianSeconds },
                                             { u"slowestSeconds"_s, guide.slowestSeconds } };
    }
    Q_EMIT countsChanged();
    checkNewOrders();
    m_lastRefreshNsecs = took.nsecsElapsed();
    Q_EMIT refreshed();
}

// The banner: paid, unclaimed orders this device had not seen waiting before. The first
// look after sign-in only learns what is there (no banner for a backlog).
void OrderDesk::checkNewOrders()
{
    const QStringList waiting = m_store.waitingOrderIds(m_actor);
    QStringList fresh;
    for (const QString &id : waiting) {
        if (!m_knownWaiting.contains(id))
            fresh << id;
    }
    for (const QString &id : std::as_const(fresh))
        m_knownWaiting.insert(id);
    const bool first = m_firstLook;
    m_firstLook = false;
    if (first || !m_announcing || fresh.isEmpty())
        return;
    const auto row = m_store.order(fresh.constFirst(), m_actor); // newest first
    if (!row)
        return;
    m_banner = *row;
    m_bannerCount += int(fresh.size());
    Q_EMIT bannerChanged();
    Q_EMIT newPaidOrder(row->id, row->orderNo, row->customerName, double(row->amountCents));
}

void OrderDesk::dismissBanner()
{
    m_banner = {};
    m_bannerCount = 0;
    Q_EMIT bannerChanged();
}

QVariantMap OrderDesk::attempt(const std::function<void()> &write)
{
    if (!m_writer)
        return { { u"ok"_s, false }, { u"reason"_s, u"not_signed_in"_s } };
    try {
        write();
    } catch (const orders::OrderRefused &refused) {
        return { { u"ok"_s, false },
                 { u"reason"_s, reasonCode(refused.reason) },
                 { u"name"_s, refused.claimedByName } };
    }
    refresh();
    return { { u"ok"_s, true } };
}

QVariantMap OrderDesk::claim(const QString &orderId)
{
    return attempt([&] { m_writer->claim(orderId); });
}

QVariantMap OrderDesk::markPickupReady(const QString &orderId)
{
    return attempt([&] { m_writer->markPickupReady(orderId); });
}

QVariantMap OrderDesk::contact(const QString &orderId, const QString &via)
{
    return attempt([&] { m_writer->contact(orderId, via); });
}

} // namespace gd::ui
