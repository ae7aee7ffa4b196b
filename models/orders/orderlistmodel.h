// The Orders page's list: the actor's orders, newest first (a manager's escalated orders
// still waiting on top), filtered by status and day. Lazy: only row ids are held; rows are
// read a page at a time. refresh() after a pull keeps what it can: new orders on top are
// inserted (no reset, no jump), changed rows are re-read in place.
#pragma once

#include "orderrecords.h"
#include "orderstore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>

namespace gd::orders {

class OrderListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QDate dayFilter READ dayFilter WRITE setDayFilter NOTIFY filterChanged)

public:
    enum Role
    {
        OrderIdRole = Qt::UserRole + 1,
        OrderNoRole,
        CustomerNameRole,
        ChannelRole,
        StatusRole,
        AmountCentsRole,
        ItemsSummaryRole,
        ItemsReadableRole,
        PlacedAtRole,
        ClaimedByRole,
        ClaimedByNameRole,
        ClaimedByMeRole,
        ClaimPendingRole,
        EscalatedRole,
        WaitingRole,
        CityRole,
        SameCityRole,
        DuringStoreHoursRole,
    };
    Q_ENUM(Role)

    explicit OrderListModel(OrderStore &store, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_ids.size()); }
    [[nodiscard]] QString statusFilter() const { return m_filter.status; }
    void setStatusFilter(const QString &status);
    [[nodiscard]] QDate dayFilter() const { return m_filter.day; }
    void setDayFilter(const QDate &day);
    void setActor(const OrderActor &actor);
    [[nodiscard]] const OrderActor &actor() const { return m_actor; }

    /// Shows the orders of one day, `daysAgo` days before today (0: today); -1: every day.
    Q_INVOKABLE void showDay(int daysAgo);
    /// Re-reads the ids; inserts new orders on top, re-reads changed rows in place.
    Q_INVOKABLE void refresh();
    // The same with ids read elsewhere (the desk's worker) for this actor and filter.
    void applyIds(const QList<qint64> &ids);
    [[nodiscard]] const OrderFilter &filter() const { return m_filter; }
    /// The order id at a row ("" outside the list).
    Q_INVOKABLE QString orderIdAt(int row) const;

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    static constexpr int pageSize = 50;
    const OrderRow &rowAt(int row) const;
    void reload();

    OrderStore &m_store;
    OrderActor m_actor;
    OrderFilter m_filter;
    QList<qint64> m_ids;
    mutable QHash<int, QList<OrderRow>> m_pages; // page number → its rows
};

} // namespace gd::orders
