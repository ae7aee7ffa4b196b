// One customer's coupons for the profile, newest first: pending (written here, not yet
// confirmed by the server) → issued → redeemed, or rejected with the server's reason.
// Read on construction and reload() (after an issue here or a pull that brought coupons).
#pragma once

#include "couponrecords.h"

#include <QAbstractListModel>

namespace gd::store {
class Database;
}

namespace gd::coupons {

class CustomerCouponModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString customerId READ customerId CONSTANT)
public:
    enum Role
    {
        IssueIdRole = Qt::UserRole + 1,
        CouponIdRole,
        NameRole,
        NameEnRole,
        ValueRole, // yuan
        ValidToRole,
        StatusRole, // pending, issued, redeemed, rejected
        RejectReasonRole,
        CreatedAtRole,
        RedeemedAtRole,
    };

    CustomerCouponModel(store::Database &db, QString customerId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] const QString &customerId() const { return m_customerId; }

    /// Reads the customer's coupons again.
    Q_INVOKABLE void reload();
    /// The status of one issue ("" when unknown), for tests and the UI's checks.
    Q_INVOKABLE QString statusOf(const QString &issueId) const;

Q_SIGNALS:
    void countChanged();

private:
    store::Database &m_db;
    QString m_customerId;
    QList<CouponIssue> m_issues;
};

} // namespace gd::coupons
