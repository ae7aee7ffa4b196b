// What the buy-till-you-die models know about a customer: x repeat purchase occasions, the
// time t_x of the last one and the time T since the first purchase (both from the first
// purchase, in a time unit of the caller's choice), plus the mean spend of the repeat
// occasions for the Gamma-Gamma spend model. Same-day purchases are one occasion.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace gd::churn {

enum class TimeUnit
{
    Days,
    Weeks
};

[[nodiscard]] double daysPerUnit(TimeUnit unit);

struct CustomerSummary
{
    int frequency = 0; // x: repeat purchase occasions (occasions after the first)
    double recency = 0; // t_x: first purchase → last purchase
    double age = 0; // T: first purchase → the end of the observation
    double repeatSpend = 0; // mean spend of the repeat occasions (0 if none or unknown)
};

// An empty string if the summary is usable, else why not (English, for logs and the CLI):
// finite, 0 <= t_x <= T, x >= 0, x > 0 needs t_x > 0, x = 0 needs t_x = 0, spend >= 0.
[[nodiscard]] QString summaryError(const CustomerSummary &summary);

struct DatedPurchase
{
    QDate day;
    double amount = 0;
};

// The summary of one customer's purchases (any order) observed until `end` (inclusive);
// purchases after `end` are ignored. Returns false with `error` set if there is no valid
// purchase on or before `end`, or a date is invalid, or an amount is negative or not finite.
bool summarisePurchases(const QList<DatedPurchase> &purchases, QDate end, TimeUnit unit,
                        CustomerSummary *summary, QString *error);

// Purchases after the calibration end, counted as occasions (distinct days) up to `until`.
[[nodiscard]] int occasionsBetween(const QList<DatedPurchase> &purchases, QDate after, QDate until);

} // namespace gd::churn
