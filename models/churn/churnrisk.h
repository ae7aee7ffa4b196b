// One customer's churn risk under a store's model, with a reason a guide understands.
//
// The risk score ranks who will not come back. It is NOT 1 − P(alive): BG/NBD gives every
// one-time buyer P(alive) = 1, and ranking by it scores worse than random on CDNOW. It is
// the expected purchase rate now, P(alive) · (r + x) / (α + T), relative to a new
// customer's r / α: risk = 1 / (1 + rate / newRate), so 0.5 means "buys as often as a new
// customer would", near 1 "is not expected back". On CDNOW's holdout it ranks better than
// days since last purchase, for all customers and for repeat buyers (tst_churnauc).
// In fallback (thin data, see churnmodel.h) the ratio q = time since last purchase ÷ the
// customer's own usual gap (the store's median gap for one-time buyers) gives
// risk = q / (1 + q): 0.5 means "due now".
#pragma once

#include "churnmodel.h"

#include <QList>
#include <QString>
#include <optional>

namespace gd::churn {

// Why a customer is (or is not) at risk. Numbers, not text: the UI words it.
enum class ChurnReasonKind
{
    TooEarly, // one purchase so far, and less time since it than the store's usual gap
    OneTimeBuyer, // one purchase, longer ago than the store's usual gap, never came back
    OverdueVsUsualGap, // time since the last purchase is well past the customer's own gap
    Slowing, // not (much) overdue, but buying less than their history suggested
    OnTrack, // coming back as usual
};

struct ChurnReason
{
    ChurnReasonKind kind = ChurnReasonKind::OnTrack;
    double usualGapDays = 0; // own mean gap (store median for one-time buyers; 0 if unknown)
    double daysSinceLastPurchase = 0;
    double overdueFactor = 0; // daysSinceLastPurchase ÷ usualGapDays (0 if no gap known)
    double expectedPurchases = 0; // in the horizon (model) or at own pace (fallback)
    double horizonDays = 0;
};

struct ChurnRisk
{
    double riskScore = 0; // 0 … 1, higher = less likely to come back (see above)
    double probabilityAlive = 1; // model only (1 in fallback)
    double expectedPurchases = 0; // in the horizon
    double probabilityNoPurchase = 0; // in the horizon
    double expectedSpend = 0; // per purchase occasion (Gamma-Gamma, else means)
    double valueAtStake = 0; // riskScore × expectedSpend × purchases in the horizon if retained
    bool fallback = false;
    ChurnReason reason;
};

// The risk of one (valid, see summaryError) customer over the next `horizon` time units of
// the model (days for the app). Pure and thread-safe.
[[nodiscard]] ChurnRisk assessChurnRisk(const ChurnModel &model, const CustomerSummary &customer,
                                        double horizon);

// Indices of the customers whose risk is at least `atRisk`, by value at stake, highest first
// (ties: higher risk first): the revisit list.
[[nodiscard]] QList<qsizetype> revisitOrder(const QList<ChurnRisk> &risks, double atRisk = 0.5);

// The three bands a segment rule picks from (segments' "risk_band" condition), by risk score:
// high ≥ 0.75 (expected to buy at a third of a new customer's rate or less, or three gaps
// overdue in fallback), medium ≥ 0.5 (the revisit list's "at risk"), low below.
enum class RiskBand
{
    Low,
    Medium,
    High,
};
inline constexpr double mediumRiskFrom = 0.5;
inline constexpr double highRiskFrom = 0.75;

[[nodiscard]] RiskBand riskBandOf(double riskScore);
// "low", "medium", "high": the names rules store.
[[nodiscard]] QString riskBandName(RiskBand band);
[[nodiscard]] std::optional<RiskBand> riskBandFromName(const QString &name);

} // namespace gd::churn
