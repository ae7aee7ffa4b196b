// The server's side of `coupon_issue` (docs/sync-api.md): server-authoritative. The pusher's
// right to the customer is checked by the caller (MutationApplier); here the template is
// checked and the quota counted in the push's transaction. An issue that cannot be granted
// (over quota, expired, not yet valid, the customer holds it already) is still APPLIED: the
// row is written with status `rejected` and a reason, so the reason travels to the device
// with the row (and to every other device of the store). Only a mutation that names nothing
// valid (bad ids, unknown coupon or customer, an id taken) is a MutationRejected.
#pragma once

#include <QDate>
#include <QString>

namespace gd::store {
class Database;
}
namespace gd::server::core {
class ChangeLog;
struct AuthenticatedUser;
} // namespace gd::server::core

namespace gd::server::coupons {

struct IssueRequest
{
    QString id; // the client's UUID for the issue
    QString couponId;
    QString customerId;
    QString createdAt; // when the guide issued it (the device's clock; shown only)
};

// Returns the status written: "issued" or "rejected". Throws core::MutationRejected.
QString applyCouponIssue(store::Database &db, core::ChangeLog &changes,
                         const core::AuthenticatedUser &user, const IssueRequest &request,
                         const QDate &today);

} // namespace gd::server::coupons
