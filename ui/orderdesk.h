// What the Orders page and the shell work with: the actor's orders (list, detail, counts
// for the navigation badge), the banner for a new paid order, and the order actions (claim,
// mark ready for pickup, contact the customer). Re-reads on the sync engine's tablesChanged
// for orders / order_events, at most once a frame: a burst of pulled batches is read once.
// Refusals come back as codes; QML words them.
#pragma once

#include "orders/orderdetail.h"
#include "orders/orderlistmodel.h"
#include "orders/orderstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace gd::orders {
class OrderWriter;
}
namespace gd::segments {
class SegmentService;
}

namespace gd::ui {

class OrderDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(gd::orders::OrderListModel *orders READ orders CONSTANT)
    Q_PROPERTY(gd::orders::OrderDetail *detail READ detail CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY actorChanged)
    Q_PROPERTY(bool manager READ manager NOTIFY actorChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    Q_PROPERTY(int escalatedCount READ escalatedCount NOTIFY countsChanged)
    Q_PROPERTY(int todayCount READ todayCount NOTIFY countsChanged)
    Q_PROPERTY(int mineCount READ mineCount NOTIFY countsChanged)
    // A manager's view: [{name, claimed, medianSeconds, slowestSeconds}] over the last 7 days.
    Q_PROPERTY(QVariantList responseTimes READ responseTimes NOTIFY countsChanged)
    // The newest paid order that arrived since the banner was last dismissed.
    Q_PROPERTY(bool bannerVisible READ bannerVisible NOTIFY bannerChanged)
    Q_PROPERTY(QString bannerOrderId READ bannerOrderId NOTIFY bannerChanged)
    Q_PROPERTY(QString bannerOrderNo READ bannerOrderNo NOTIFY bannerChanged)
    Q_PROPERTY(QString bannerCustomerName READ bannerCustomerName NOTIFY bannerChanged)
    Q_PROPERTY(double bannerAmountCents READ bannerAmountCents NOTIFY bannerChanged)
    Q_PROPERTY(int bannerCount READ bannerCount NOTIFY bannerChanged)

public:
    // With a `reader` (a worker with its own connection) the re-reads after a pull run there
    // and only their result is applied on this thread; without one (tests) they run here.
    OrderDesk(store::Database &db, orders::OrderWriter *writer,
              segments::SegmentService *reader = nullptr, QObject *parent = nullptr);

    [[nodiscard]] orders::OrderListModel *orders() { return &m_list; }
    [[nodiscard]] orders::OrderDetail *detail() { return &m_detail; }
    [[nodiscard]] bool signedIn() const { return !m_actor.guideId.isEmpty(); }
    [[nodiscard]] bool manager() const { return m_actor.manager; }
    [[nodiscard]] int waitingCount() const { return m_counts.waiting; }
    [[nodiscard]] int escalatedCount() const { return m_counts.escalated; }
    [[nodiscard]] int todayCount() const { return m_counts.today; }
    [[nodiscard]] int mineCount() const { return m_counts.mine; }
    [[nodiscard]] QVariantList responseTimes() const { return m_responseTimes; }
    [[nodiscard]] bool bannerVisible() const { return !m_banner.id.isEmpty(); }
    [[nodiscard]] QString bannerOrderId() const { return m_banner.id; }
    [[nodiscard]] QString bannerOrderNo() const { return m_banner.orderNo; }
    [[nodiscard]] QString bannerCustomerName() const { return m_banner.customerName; }
    [[nodiscard]] double bannerAmountCents() const { return double(m_banner.amountCents); }
    [[nodiscard]] int bannerCount() const { return m_bannerCount; }

    void setActor(const orders::OrderActor &actor);
    // While the store is still filling (a first sync), arriving orders are learned, not
    // announced: a device's first sync must not raise a banner for the whole backlog.
    void setAnnouncing(bool announcing) { m_announcing = announcing; }
    // For tests and the benchmark: the day "today" means (default: the current day).
    void setToday(const QDate &today) { m_today = today; }

    /// Claims the order. Returns {ok: bool, reason: code, name: who has it}; reason is one
    /// of not_signed_in, unknown_order, already_claimed, already_yours, not_claimable.
    Q_INVOKABLE QVariantMap claim(const QString &orderId);
    /// Marks the claimed order ready for in-store pickup. Same answer as claim().
    Q_INVOKABLE QVariantMap markPickupReady(const QString &orderId);
    /// Records that the customer was contacted: via "call" or "wechat".
    Q_INVOKABLE QVariantMap contact(const QString &orderId, const QString &via);
    /// Hides the new-order banner (until the next new paid order).
    Q_INVOKABLE void dismissBanner();
    /// Re-reads the list, the detail, the counts and looks for new paid orders (on the
    /// reader when there is one; refreshed() says when it is done).
    Q_INVOKABLE void refresh();
    /// The same, at once on this thread: after the guide's own action, whose answer is due now.
    void refreshNow();
    // How long the last re-read took on this thread (the benchmark's frame budget check):
    // applying a result read on the worker, or the whole read without one.
    [[nodiscard]] qint64 lastRefreshNsecs() const { return m_lastRefreshNsecs; }
    // The wait that gathers the store changes of one frame into one re-read.
    static constexpr int coalesceMs = 16;

public Q_SLOTS:
    // The store changed underneath (a pull): re-read what is shown within a frame.
    void storeChanged(const QStringList &tables);

Q_SIGNALS:
    void actorChanged();
    void countsChanged();
    void bannerChanged();
    // A re-read finished (the list, counts and banner are current).
    void refreshed();
    // A paid order nobody had seen on this device yet (the desktop notification, a beep).
    void newPaidOrder(const QString &orderId, const QString &orderNo, const QString &customerName,
                      double amountCents);

private:
    QVariantMap attempt(const std::function<void()> &write);
    [[nodiscard]] QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void apply(const orders::OrderSnapshot &snapshot, const QElapsedTimer &took);
    void checkNewOrders(const QStringList &waiting);

    orders::OrderStore m_store;
    orders::OrderWriter *m_writer;
    segments::SegmentService *m_reader;
    bool m_reading = false; // a read is under way on the reader
    bool m_readAgain = false; // the store changed again meanwhile
    quint64 m_generation = 0; // bumped by each re-read on this thread
    orders::OrderListModel m_list;
    orders::OrderDetail m_detail;
    orders::OrderActor m_actor;
    orders::OrderCounts m_counts;
    QVariantList m_responseTimes;
    orders::OrderRow m_banner;
    int m_bannerCount = 0;
    QSet<QString> m_knownWaiting;
    bool m_firstLook = true;
    bool m_announcing = true;
    QDate m_today;
    QTimer m_refreshTimer;
    qint64 m_lastRefreshNsecs = 0;
};

} // namespace gd::ui
