#include "orderdesk.h"

#include "orders/orderwriter.h"
#include "segments/segmentservice.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

// One re-read: what the desk shows for this actor and filter; responses of the last 7 days.
orders::OrderSnapshot readSnapshot(orders::OrderStore &store, const orders::OrderActor &actor,
                                   const orders::OrderFilter &filter, const QDate &today)
{
    return store.snapshot(actor, filter, today, QDateTime::currentDateTimeUtc().addDays(-7));
}

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

OrderDesk::OrderDesk(store::Database &db, orders::OrderWriter *writer,
                     segments::SegmentService *reader, QObject *parent)
    : QObject(parent)
    , m_store(db)
    , m_writer(writer)
    , m_reader(reader)
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
    refreshNow();
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
    m_refreshTimer.stop();
    if (!m_reader) {
        refreshNow();
        return;
    }
    if (m_reading) {
        m_readAgain = true; // one more read when this one is back, not one per change
        return;
    }
    m_reading = true;
    // At 5,000 orders the ids and counts take 10-20 ms to read: on the worker, not in a frame.
    auto job = [actor = m_actor, filter = m_list.filter(), today = today()](store::Database &db) {
        orders::OrderStore store(db);
        return readSnapshot(store, actor, filter, today);
    };
    const quint64 generation = m_generation;
    m_reader->run<orders::OrderSnapshot>(
        this, std::move(job),
        [this, generation](const orders::OrderSnapshot &snapshot, const QString &error) {
            m_reading = false;
            QElapsedTimer took;
            took.start();
            // Read before a re-read here (the guide's claim, a sign-in) or for another
            // filter: out of date, dropped.
            if (error.isEmpty() && generation == m_generation && snapshot.actor == m_actor
                && snapshot.filter == m_list.filter()) {
                apply(snapshot, took);
            } else if (!error.isEmpty()) {
                qWarning("Orders: reading on the worker failed (%s); reading here",
                         qPrintable(error));
                refreshNow();
            } else if (generation == m_generation) {
                // Refiltered meanwhile: the change this read was for still needs its counts
                // and banner. (A re-read here since — a claim, a sign-in — covered it already.)
                m_readAgain = true;
            }
            if (m_readAgain) {
                m_readAgain = false;
                refresh();
            }
        });
}

void OrderDesk::refreshNow()
{
    QElapsedTimer took;
    took.start();
    m_refreshTimer.stop(); // a direct re-read also answers the changes waiting for one
    ++m_generation; // a worker's read under way is older than this one
    apply(readSnapshot(m_store, m_actor, m_list.filter(), today()), took);
}

void OrderDesk::apply(const orders::OrderSnapshot &snapshot, const QElapsedTimer &took)
{
    m_list.applyIds(snapshot.ids);
    m_detail.refresh();
    m_counts = snapshot.counts;
    m_responseTimes.clear();
    for (const auto &guide : snapshot.responseTimes)
        m_responseTimes << QVariantMap { { u"name"_s, guide.name },
                                         { u"claimed"_s, guide.claimed },
                                         { u"medianSeconds"_s, guide.medianSeconds },
                                         { u"slowestSeconds"_s, guide.slowestSeconds } };
    Q_EMIT countsChanged();
    checkNewOrders(snapshot.waitingIds);
    m_lastRefreshNsecs = took.nsecsElapsed();
    Q_EMIT refreshed();
}

// The banner: paid, unclaimed orders this device had not seen waiting before. The first
// look after sign-in only learns what is there (no banner for a backlog).
void OrderDesk::checkNewOrders(const QStringList &waiting)
{
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
    refreshNow();
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
