#include "orderlistmodel.h"

#include "orderitems.h"

using namespace Qt::StringLiterals;

namespace gd::orders {

OrderListModel::OrderListModel(OrderStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QHash<int, QByteArray> OrderListModel::roleNames() const
{
    return {
        { OrderIdRole, "orderId" },
        { OrderNoRole, "orderNo" },
        { CustomerNameRole, "customerName" },
        { ChannelRole, "channel" },
        { StatusRole, "status" },
        { AmountCentsRole, "amountCents" },
        { ItemsSummaryRole, "itemsSummary" },
        { ItemsReadableRole, "itemsReadable" },
        { PlacedAtRole, "placedAt" },
        { ClaimedByRole, "claimedBy" },
        { ClaimedByNameRole, "claimedByName" },
        { ClaimedByMeRole, "claimedByMe" },
        { ClaimPendingRole, "claimPending" },
        { EscalatedRole, "escalated" },
        { WaitingRole, "waiting" },
        { CityRole, "city" },
        { SameCityRole, "sameCity" },
        { DuringStoreHoursRole, "duringStoreHours" },
    };
}

const OrderRow &OrderListModel::rowAt(int row) const
{
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // A small cache: a list scrolled far keeps only the last pages it showed.
        if (m_pages.size() > 8)
            m_pages.clear();
        const int first = page * pageSize;
        it = m_pages.insert(page, m_store.rows(m_ids.mid(first, pageSize), m_actor));
    }
    return it->at(row % pageSize);
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &row = rowAt(index.row());
    switch (role) {
    case OrderIdRole:
        return row.id;
    case OrderNoRole:
        return row.orderNo;
    case CustomerNameRole:
        return row.customerName;
    case ChannelRole:
        return row.channel;
    case StatusRole:
        return row.status;
    case AmountCentsRole:
        return double(row.amountCents); // QML has no 64-bit integers
    case ItemsSummaryRole:
        return summariseItems(row.items);
    case ItemsReadableRole:
        return row.itemsReadable;
    case PlacedAtRole:
        return row.placedAt;
    case ClaimedByRole:
        return row.claimedBy;
    case ClaimedByNameRole:
        return row.claimedByName;
    case ClaimedByMeRole:
        return !row.claimedBy.isEmpty() && row.claimedBy == m_actor.guideId;
    case ClaimPendingRole:
        return row.claimPending;
    case EscalatedRole:
        return row.escalatedAt.isValid();
    case WaitingRole:
        return row.waiting();
    case CityRole:
        return row.city;
    case SameCityRole:
        return row.sameCity();
    case DuringStoreHoursRole:
        return row.duringStoreHours;
    default:
        return {};
    }
}

void OrderListModel::setStatusFilter(const QString &status)
{
    if (status == m_filter.status || !OrderStore::isKnownFilter(status))
        return;
    m_filter.status = status;
    Q_EMIT filterChanged();
    reload();
}

void OrderListModel::setDayFilter(const QDate &day)
{
    if (day == m_filter.day)
        return;
    m_filter.day = day;
    Q_EMIT filterChanged();
    reload();
}

void OrderListModel::showDay(int daysAgo)
{
    setDayFilter(daysAgo < 0 ? QDate() : QDate::currentDate().addDays(-daysAgo));
}

void OrderListModel::setActor(const OrderActor &actor)
{
    m_actor = actor;
    reload();
}

void OrderListModel::reload()
{
    beginResetModel();
    m_ids = m_store.rowIds(m_actor, m_filter);
    m_pages.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void OrderListModel::refresh()
{
    applyIds(m_store.rowIds(m_actor, m_filter));
}

void OrderListModel::applyIds(const QList<qint64> &ids)
{
    const qsizetype added = ids.size() - m_ids.size();
    if (added > 0 && ids.mid(added) == m_ids) {
        // The common case: new orders arrived on top. The rows below stay put.
        beginInsertRows({}, 0, int(added) - 1);
        m_ids = ids;
        m_pages.clear(); // after the ids: views may read rows while the insert is announced
        endInsertRows();
        if (!m_ids.isEmpty() && added < m_ids.size())
            Q_EMIT dataChanged(index(int(added)), index(int(m_ids.size()) - 1));
        Q_EMIT countChanged();
    } else if (ids == m_ids) {
        // Same orders: a claim, a status change, an escalation — re-read in place.
        m_pages.clear();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
    } else {
        beginResetModel();
        m_ids = ids;
        m_pages.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
}

QString OrderListModel::orderIdAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return {};
    return rowAt(row).id;
}

} // namespace gd::orders
