// A customer's purchases, newest first, for the profile page.
#pragma once

#include "customerrecords.h"

#include <QAbstractListModel>

namespace gd::customers {

class PurchaseListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role
    {
        PurchaseIdRole = Qt::UserRole + 1,
        DateRole,
        AmountRole,
        ItemsRole,
        CategoryRole,
        SizeRole,
        StoreNameRole,
    };

    explicit PurchaseListModel(QList<PurchaseRecord> purchases, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_purchases.size()); }

private:
    QList<PurchaseRecord> m_purchases;
};

} // namespace gd::customers
