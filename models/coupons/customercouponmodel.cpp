#include "customercouponmodel.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::coupons {

namespace {
// A profile shows the recent ones; a customer with more is a later page's job.
constexpr int shownIssues = 200;

QDateTime utcTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}
} // namespace

CustomerCouponModel::CustomerCouponModel(store::Database &db, QString customerId, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_customerId(std::move(customerId))
{
    reload();
}

int CustomerCouponModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

QHash<int, QByteArray> CustomerCouponModel::roleNames() const
{
    return { { IssueIdRole, "issueId" },     { CouponIdRole, "couponId" },
             { NameRole, "name" },           { NameEnRole, "nameEn" },
             { ValueRole, "value" },         { ValidToRole, "validTo" },
             { StatusRole, "status" },       { RejectReasonRole, "rejectReason" },
             { CreatedAtRole, "createdAt" }, { RedeemedAtRole, "redeemedAt" } };
}

QVariant CustomerCouponModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CouponIssue &issue = m_issues.at(index.row());
    switch (role) {
    case IssueIdRole:
        return issue.id;
    case CouponIdRole:
        return issue.couponId;
    case Qt::DisplayRole:
    case NameRole:
        return issue.couponName;
    case NameEnRole:
        return issue.couponNameEn;
    case ValueRole:
        return double(issue.valueCents) / 100.0;
    case ValidToRole:
        return issue.validTo;
    case StatusRole:
        return issue.status;
    case RejectReasonRole:
        return issue.rejectReason;
    case CreatedAtRole:
        return (issue.createdAt.isValid() ? issue.createdAt : issue.issuedAt).toLocalTime();
    case RedeemedAtRole:
        return issue.redeemedAt.toLocalTime();
    default:
        return {};
    }
}

void CustomerCouponModel::reload()
{
    QList<CouponIssue> issues;
    // LEFT JOIN: an issue whose template has not arrived yet still shows (nameless).
    auto q = m_db.prepare(
        u"SELECT i.id, i.coupon_id, coalesce(c.name, ''), coalesce(c.name_en, ''),"
        " coalesce(c.value_cents, 0), c.valid_to, i.status, i.reject_reason, i.created_at,"
        " i.issued_at, i.redeemed_at FROM coupon_issues i LEFT JOIN coupons c ON"
        " c.id = i.coupon_id WHERE i.customer_id = ? AND i.deleted = 0"
        " ORDER BY coalesce(i.created_at, i.issued_at) DESC, i.rowid DESC LIMIT ?"_s);
    q->bindAll(m_customerId, shownIssues);
    while (q->step()) {
        CouponIssue issue;
        issue.id = q->text(0);
        issue.couponId = q->text(1);
        issue.couponName = q->text(2);
        issue.couponNameEn = q->text(3);
        issue.valueCents = q->int64(4);
        issue.validTo = QDate::fromString(q->text(5).left(10), Qt::ISODate);
        issue.status = q->text(6);
        issue.rejectReason = q->text(7);
        issue.createdAt = utcTime(q->text(8));
        issue.issuedAt = utcTime(q->text(9));
        issue.redeemedAt = utcTime(q->text(10));
        issues.append(issue);
    }
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
    Q_EMIT countChanged();
}

QString CustomerCouponModel::statusOf(const QString &issueId) const
{
    for (const CouponIssue &issue : m_issues) {
        if (issue.id == issueId)
            return issue.status;
    }
    return {};
}

} // namespace gd::coupons
