// Plain values the coupon models show: a template as this device last heard of it, and
// one issue of a coupon to a customer.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <algorithm>

namespace gd::coupons {

struct CouponTemplate
{
    QString id;
    QString name;
    QString nameEn;
    qint64 valueCents = 0;
    qint64 minSpendCents = 0;
    QDate validFrom; // invalid: open
    QDate validTo;
    int quota = 0; // 0: no quota
    int issuedCount = 0; // as last pulled
    int perCustomer = 1;

    // Left of the quota as last known (-1: no quota).
    [[nodiscard]] int remaining() const
    {
        return quota <= 0 ? -1 : std::max(0, quota - issuedCount);
    }
};

struct CouponIssue
{
    QString id;
    QString couponId;
    QString couponName;
    QString couponNameEn;
    qint64 valueCents = 0;
    QDate validTo;
    QString status; // pending, issued, redeemed, rejected
    QString rejectReason; // quota_exhausted, expired, not_yet_valid, already_held
    QDateTime createdAt;
    QDateTime issuedAt;
    QDateTime redeemedAt;
};

} // namespace gd::coupons
