// One order for the detail pane: its fields, its items, its event history, and — when this
// device's claim was refused — the server's reason. Re-read with refresh() after a pull.
#pragma once

#include "orderrecords.h"

#include <QObject>
#include <QVariantList>

namespace gd::orders {

class OrderStore;

class OrderDetail : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString orderId READ orderId WRITE setOrderId NOTIFY changed)
    Q_PROPERTY(QString orderNo READ orderNo NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)
    Q_PROPERTY(QString customerId READ customerId NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString channel READ channel NOTIFY changed)
    Q_PROPERTY(double amountCents READ amountCents NOTIFY changed)
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    Q_PROPERTY(bool itemsReadable READ itemsReadable NOTIFY changed)
    Q_PROPERTY(QDateTime placedAt READ placedAt NOTIFY changed)
    Q_PROPERTY(QString claimedByName READ claimedByName NOTIFY changed)
    Q_PROPERTY(bool claimed READ claimed NOTIFY changed)
    Q_PROPERTY(bool claimedByMe READ claimedByMe NOTIFY changed)
    Q_PROPERTY(bool claimPending READ claimPending NOTIFY changed)
    Q_PROPERTY(QDateTime claimedAt READ claimedAt NOTIFY changed)
    Q_PROPERTY(bool escalated READ escalated NOTIFY changed)
    Q_PROPERTY(bool waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QString city READ city NOTIFY changed)
    Q_PROPERTY(QString storeCity READ storeCity NOTIFY changed)
    Q_PROPERTY(bool sameCity READ sameCity NOTIFY changed)
    Q_PROPERTY(bool duringStoreHours READ duringStoreHours NOTIFY changed)
    // The server's refusal of this device's claim ("already_claimed: …"), else empty.
    Q_PROPERTY(QString claimRejection READ claimRejection NOTIFY changed)
    // [{kind, status, byName, via, at, pending}], oldest first.
    Q_PROPERTY(QVariantList events READ events NOTIFY changed)

public:
    explicit OrderDetail(OrderStore &store, QObject *parent = nullptr);

    void setActor(const OrderActor &actor);
    void setOrderId(const QString &orderId);
    /// Re-reads the order (after a pull or a write).
    Q_INVOKABLE void refresh();

    [[nodiscard]] bool valid() const { return m_row.has_value(); }
    [[nodiscard]] QString orderId() const { return m_orderId; }
    [[nodiscard]] QString orderNo() const { return m_row ? m_row->orderNo : QString(); }
    [[nodiscard]] QString customerName() const { return m_row ? m_row->customerName : QString(); }
    [[nodiscard]] QString customerId() const { return m_row ? m_row->customerId : QString(); }
    [[nodiscard]] QString status() const { return m_row ? m_row->status : QString(); }
    [[nodiscard]] QString channel() const { return m_row ? m_row->channel : QString(); }
    [[nodiscard]] double amountCents() const { return m_row ? double(m_row->amountCents) : 0; }
    [[nodiscard]] QVariantList items() const;
    [[nodiscard]] bool itemsReadable() const { return !m_row || m_row->itemsReadable; }
    [[nodiscard]] QDateTime placedAt() const { return m_row ? m_row->placedAt : QDateTime(); }
    [[nodiscard]] QString claimedByName() const { return m_row ? m_row->claimedByName : QString(); }
    [[nodiscard]] bool claimed() const { return m_row && !m_row->claimedBy.isEmpty(); }
    [[nodiscard]] bool claimedByMe() const
    {
        return claimed() && m_row->claimedBy == m_actor.guideId;
    }
    [[nodiscard]] bool claimPending() const { return m_row && m_row->claimPending; }
    [[nodiscard]] QDateTime claimedAt() const { return m_row ? m_row->claimedAt : QDateTime(); }
    [[nodiscard]] bool escalated() const { return m_row && m_row->escalatedAt.isValid(); }
    [[nodiscard]] bool waiting() const { return m_row && m_row->waiting(); }
    [[nodiscard]] QString city() const { return m_row ? m_row->city : QString(); }
    [[nodiscard]] QString storeCity() const { return m_row ? m_row->storeCity : QString(); }
    [[nodiscard]] bool sameCity() const { return !m_row || m_row->sameCity(); }
    [[nodiscard]] bool duringStoreHours() const { return !m_row || m_row->duringStoreHours; }
    [[nodiscard]] QString claimRejection() const { return m_rejection; }
    [[nodiscard]] QVariantList events() const;

Q_SIGNALS:
    void changed();

private:
    OrderStore &m_store;
    OrderActor m_actor;
    QString m_orderId;
    std::optional<OrderRow> m_row;
    QList<OrderEvent> m_events;
    QString m_rejection;
};

} // namespace gd::orders
