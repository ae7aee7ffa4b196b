#include "coupondesk.h"

#include "store/database.h"

#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace gd::ui {

CouponDesk::CouponDesk(store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_templates(db)
{ }

void CouponDesk::setStoreId(const QString &storeId)
{
    m_templates.setStoreId(storeId);
    m_templates.reload();
}

coupons::CustomerCouponModel *CouponDesk::openCoupons(const QString &customerId)
{
    auto *model = new coupons::CustomerCouponModel(m_db, customerId);
    QQmlEngine::setObjectOwnership(model, QQmlEngine::JavaScriptOwnership);
    return model;
}

void CouponDesk::reloadTemplates()
{
    m_templates.reload();
}

QString CouponDesk::issue(const QString &couponId, const QString &customerId)
{
    return issueToCustomers(couponId, { customerId });
}

QString CouponDesk::issueToCustomers(const QString &couponId, const QStringList &customerIds)
{
    if (!m_writer)
        return tr("Coupons cannot be issued on this device.");
    try {
        m_writer->issueToCustomers(couponId, customerIds);
    } catch (const coupons::CouponRefused &refused) {
        return refusal(refused);
    } catch (const std::exception &e) {
        return tr("The coupon was not issued: %1").arg(QString::fromUtf8(e.what()));
    }
    Q_EMIT couponsChanged(customerIds);
    return {};
}

QString CouponDesk::refusal(const coupons::CouponRefused &refused) const
{
    using Reason = coupons::CouponRefused::Reason;
    switch (refused.reason) {
    case Reason::NotSignedIn:
        return tr("Sign in to issue coupons.");
    case Reason::EmptyList:
        return tr("There is nobody to issue the coupon to.");
    case Reason::TooMany:
        return tr("That is too many customers at once (at most %1).")
            .arg(coupons::CouponWriter::maxCustomersPerIssue);
    case Reason::UnknownCoupon:
        return tr("This coupon is not offered by your store.");
    case Reason::NotYetValid:
        return tr("This coupon is not valid yet.");
    case Reason::Expired:
        return tr("This coupon has expired.");
    case Reason::UnknownCustomer:
        return tr("A customer of the list is not on this device.");
    case Reason::DuplicateCustomer:
        return tr("A customer appears twice in the list.");
    case Reason::AlreadyHeld: {
        auto name = m_db.prepare(u"SELECT name FROM customers WHERE id = ?"_s);
        name->bind(1, refused.customerId);
        return tr("%1 already holds this coupon.")
            .arg(name->step() ? name->text(0) : refused.customerId);
    }
    }
    return QString::fromUtf8(refused.what());
}

void CouponDesk::storeChanged(const QStringList &tables)
{
    if (tables.contains(u"coupons"_s))
        m_templates.reload();
    // Pulled issues (issued, redeemed, rejected) or templates (their names): cards re-read.
    if (tables.contains(u"coupon_issues"_s) || tables.contains(u"coupons"_s))
        Q_EMIT couponsChanged({});
}

} // namespace gd::ui
