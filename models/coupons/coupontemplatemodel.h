// The coupon templates a guide can issue from (those of their store), for the issue dialog:
// value, minimum spend, validity and what is left of the quota as last pulled. `usable`
// says whether the device would issue it today (valid, and quota not known to be used up);
// the rest stay listed, greyed, with why. Read on reload() only (when the dialog opens).
#pragma once

#include "couponrecords.h"

#include <QAbstractListModel>

namespace gd::store {
class Database;
}

namespace gd::coupons {

class CouponTemplateModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role
    {
        CouponIdRole = Qt::UserRole + 1,
        NameRole,
        NameEnRole,
        ValueRole, // yuan, as a number
        MinSpendRole, // yuan; 0: none
        ValidFromRole,
        ValidToRole,
        QuotaRole,
        RemainingRole, // -1: no quota
        PerCustomerRole,
        AvailabilityRole, // active, upcoming, expired, exhausted
        UsableRole,
    };

    explicit CouponTemplateModel(store::Database &db, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Whose templates: this store's and every store's (empty: all).
    void setStoreId(const QString &storeId) { m_storeId = storeId; }
    // For tests: the day validity is judged on.
    void setToday(QDate today) { m_today = today; }

    /// Reads the templates again.
    Q_INVOKABLE void reload();
    /// The row of a template, or -1.
    Q_INVOKABLE int indexOf(const QString &couponId) const;
    /// The first row the device would issue today, or -1.
    Q_INVOKABLE int firstUsable() const;
    /// A row's values by role name (empty for a bad row).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The id of the template at `row` if the device would issue it today, else "".
    Q_INVOKABLE QString usableIdAt(int row) const;
    /// The template's name in the interface language (English when asked and known).
    Q_INVOKABLE QString nameAt(int row, bool english) const;
    /// The template's value in yuan (0 for a bad row).
    Q_INVOKABLE double valueAt(int row) const;

    [[nodiscard]] QString state(const CouponTemplate &coupon) const;

Q_SIGNALS:
    void countChanged();

private:
    store::Database &m_db;
    QString m_storeId;
    QDate m_today;
    QList<CouponTemplate> m_coupons;
};

} // namespace gd::coupons
