// What the profile's coupon card and the issue dialog work with: the store's templates, a
// customer's coupons, and issuing (to one customer, or to a list — a segment). Turns the
// writer's refusals into sentences for the user; holds no state beyond the template list.
#pragma once

#include "coupons/coupontemplatemodel.h"
#include "coupons/couponwriter.h"
#include "coupons/customercouponmodel.h"

#include <QObject>
#include <QtQmlIntegration>

namespace gd::store {
class Database;
}

namespace gd::ui {

class CouponDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(gd::coupons::CouponTemplateModel *templates READ templates CONSTANT)
    Q_PROPERTY(bool canIssue READ canIssue CONSTANT)

public:
    explicit CouponDesk(store::Database &db, QObject *parent = nullptr);

    [[nodiscard]] coupons::CouponTemplateModel *templates() { return &m_templates; }

    // Issuing goes through the writer (store + outbox in one transaction). Without one the
    // desk only shows.
    void setWriter(coupons::CouponWriter *writer) { m_writer = writer; }
    [[nodiscard]] bool canIssue() const { return m_writer != nullptr; }
    // The signed-in guide's store: whose templates are offered.
    void setStoreId(const QString &storeId);

    /// The customer's coupons, newest first (owned by the caller: QML's garbage collector).
    Q_INVOKABLE gd::coupons::CustomerCouponModel *openCoupons(const QString &customerId);
    /// Reads the templates again (the dialog opens with what the last sync brought).
    Q_INVOKABLE void reloadTemplates();

    /// Issues the coupon to the customer. Returns an empty string on success, else why it
    /// was not issued (for the user).
    Q_INVOKABLE QString issue(const QString &couponId, const QString &customerId);
    /// Issues the coupon to every customer of the list (a segment), all or none: one
    /// transaction, one outbox entry per customer. Returns "" or why not (for the user).
    Q_INVOKABLE QString issueToCustomers(const QString &couponId, const QStringList &customerIds);

public Q_SLOTS:
    // The store changed underneath (a pull): re-read what is shown.
    void storeChanged(const QStringList &tables);

Q_SIGNALS:
    // Coupons of these customers changed (empty list: of any customer).
    void couponsChanged(const QStringList &customerIds);

private:
    [[nodiscard]] QString refusal(const coupons::CouponRefused &refused) const;

    store::Database &m_db;
    coupons::CouponTemplateModel m_templates;
    coupons::CouponWriter *m_writer = nullptr;
};

} // namespace gd::ui
