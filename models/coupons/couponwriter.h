// Issuing coupons on this device: each issue is a coupon_issues row (status `pending`) and
// its own `coupon_issue` outbox mutation with its own client UUID, all written in ONE
// transaction — for one customer or a whole list (a segment): all or nothing.
//
// What the device checks before writing (the server checks again, and decides the rest):
// the coupon exists for this store and is valid today; every customer exists; no customer
// appears twice; no customer already holds `per_customer` live (pending or issued) issues of
// this coupon — a coupon is one per customer unless its template allows several. The quota
// is NOT checked here: what the device knows of it may be stale (other counters issue too),
// so the server counts it and answers an over-quota issue with a row whose status is
// `rejected` (reason `quota_exhausted`), which the next pull brings and the profile shows.
#pragma once

#include "customers/customerwriter.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>
#include <stdexcept>

namespace gd::store {
class Database;
}
namespace gd::outbox {
class Outbox;
}

namespace gd::coupons {

// Why the device refused to issue (English text for logs; the UI shows its own words).
class CouponRefused : public std::invalid_argument
{
public:
    enum class Reason
    {
        NotSignedIn,
        EmptyList,
        TooMany,
        UnknownCoupon,
        NotYetValid,
        Expired,
        UnknownCustomer,
        DuplicateCustomer,
        AlreadyHeld,
    };
    CouponRefused(Reason reason, QString customerId, const QString &message)
        : std::invalid_argument(message.toStdString())
        , reason(reason)
        , customerId(std::move(customerId))
    { }
    Reason reason;
    QString customerId; // the customer it is about, if any
};

class CouponWriter
{
public:
    // More than this in one go is a mistake, not a segment.
    static constexpr int maxCustomersPerIssue = 10000;

    CouponWriter(store::Database &db, outbox::Outbox &outbox, customers::Actor actor);

    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }
    void setActor(customers::Actor actor) { m_actor = std::move(actor); }
    // For tests: the date validity is checked against (default: today, local time).
    void setToday(QDate today) { m_today = today; }

    // Returns the new issue's id. Throws CouponRefused.
    QString issue(const QString &couponId, const QString &customerId);
    // One issue per customer, in the list's order; returns their ids in that order.
    // Throws CouponRefused and writes nothing when any customer is refused.
    QStringList issueToCustomers(const QString &couponId, const QStringList &customerIds);

private:
    int checkCoupon(const QString &couponId); // returns per_customer
    [[nodiscard]] QDate today() const;

    store::Database &m_db;
    outbox::Outbox &m_outbox;
    customers::Actor m_actor;
    QDate m_today;
    std::function<void()> m_afterWrite;
};

} // namespace gd::coupons
