// A customer's story newest first: notes, tags set, coupons, mini-program orders — one list
// for the profile, read with one query (each source is indexed by customer).
#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace gd::store {
class Database;
}

namespace gd::customers {

struct TimelineEntry
{
    enum class Kind
    {
        Note,
        Tag,
        Coupon,
        Order
    };
    Kind kind = Kind::Note;
    QDateTime at;
    QString what; // note kind, tag name, coupon status, order status
    QString detail; // note body, tag's English name, coupon name, order number
    QString extra; // tag group, coupon value / order amount in cents
};

[[nodiscard]] QList<TimelineEntry> readTimeline(store::Database &db, const QString &customerId,
                                                int limit);

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY reloaded)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // "note", "tag", "coupon", "order"
        AtRole,
        WhatRole,
        DetailRole,
        ExtraRole,
    };

    TimelineModel(store::Database &db, QString customerId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Re-reads the timeline (after a change or a sync).
    Q_INVOKABLE void reload();
    static constexpr int limit = 100;

Q_SIGNALS:
    void reloaded();

private:
    store::Database &m_db;
    QString m_customerId;
    QList<TimelineEntry> m_entries;
};

} // namespace gd::customers
