#include "purchaselistmodel.h"

namespace gd::customers {

PurchaseListModel::PurchaseListModel(QList<PurchaseRecord> purchases, QObject *parent)
    : QAbstractListModel(parent)
    , m_purchases(std::move(purchases))
{ }

int PurchaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_purchases.size());
}

QHash<int, QByteArray> PurchaseListModel::roleNames() const
{
    return { { PurchaseIdRole, "purchaseId" }, { DateRole, "date" },
             { AmountRole, "amount" },         { ItemsRole, "items" },
             { CategoryRole, "category" },     { SizeRole, "size" },
             { StoreNameRole, "storeName" } };
}

QVariant PurchaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PurchaseRecord &p = m_purchases.at(index.row());
    switch (role) {
    case PurchaseIdRole:
        return p.id;
    case DateRole:
        return p.date;
    case AmountRole:
        return double(p.amountCents) / 100.0;
    case ItemsRole:
        return p.items;
    case Qt::DisplayRole:
    case CategoryRole:
        return p.category;
    case SizeRole:
        return p.size;
    case StoreNameRole:
        return p.storeName;
    default:
        return {};
    }
}

} // namespace gd::customers
