#include "churnrisk.h"

#include <algorithm>
#include <cmath>

namespace gd::churn {

namespace {

// "Well past the own gap": one and a half gaps without a purchase.
constexpr double overdueFrom = 1.5;

double spendPerOccasion(const ChurnModel &model, const CustomerSummary &c)
{
    if (model.hasSpendModel) {
        const double spend = expectedSpend(model.spend, c);
        if (std::isfinite(spend))
            return spend;
    }
    return c.frequency > 0 && c.repeatSpend > 0 ? c.repeatSpend : model.meanSpend;
}

ChurnReason describe(const ChurnModel &model, const CustomerSummary &c, double riskScore,
                     double expectedPurchases, double horizon)
{
    const double days = daysPerUnit(model.unit);
    ChurnReason reason;
    reason.horizonDays = horizon * days;
    reason.daysSinceLastPurchase = (c.age - c.recency) * days;
    const double gap = c.frequency > 0 ? c.recency / c.frequency : model.populationGap;
    reason.usualGapDays = gap * days;
    reason.overdueFactor = gap > 0 ? (c.age - c.recency) / gap : 0;
    reason.expectedPurchases = expectedPurchases;
    if (c.frequency == 0)
        reason.kind
            = gap > 0 && c.age < gap ? ChurnReasonKind::TooEarly : ChurnReasonKind::OneTimeBuyer;
    else if (riskScore < 0.5)
        reason.kind = ChurnReasonKind::OnTrack;
    else
        reason.kind = reason.overdueFactor >= overdueFrom ? ChurnReasonKind::OverdueVsUsualGap
                                                          : ChurnReasonKind::Slowing;
    return reason;
}

ChurnRisk assessFallback(const ChurnModel &model, const CustomerSummary &c, double horizon)
{
    ChurnRisk risk;
    risk.fallback = true;
    const double gap = c.frequency > 0 ? c.recency / c.frequency : model.populationGap;
    const double since = c.age - c.recency;
    // Without any known gap (a store of one-time buyers) the time since the purchase alone
    // ranks, on the scale of the horizon.
    const double scale = gap > 0 ? gap : std::max(horizon, 1e-9);
    const double ratio = since / scale;
    risk.riskScore = ratio / (1 + ratio);
    const double atOwnPace = gap > 0 ? horizon / gap : 0;
    risk.expectedPurchases = atOwnPace * (1 - risk.riskScore);
    risk.probabilityNoPurchase = std::exp(-risk.expectedPurchases);
    risk.expectedSpend = spendPerOccasion(model, c);
    risk.valueAtStake = risk.riskScore * risk.expectedSpend * atOwnPace;
    risk.reason = describe(model, c, risk.riskScore, risk.expectedPurchases, horizon);
    return risk;
}

} // namespace

ChurnRisk assessChurnRisk(const ChurnModel &model, const CustomerSummary &c, double horizon)
{
    if (model.usesFallback())
        return assessFallback(model, c, horizon);
    const BgNbdParameters &p = model.bgNbd;
    ChurnRisk risk;
    const BgNbdPrediction prediction = predictBgNbd(p, c, horizon);
    risk.probabilityAlive = prediction.probabilityAlive;
    risk.expectedPurchases = prediction.expectedPurchases;
    risk.probabilityNoPurchase = prediction.probabilityNoPurchase;
    const double relativeRate = prediction.expectedRateNow / (p.r / p.alpha);
    risk.riskScore = 1 / (1 + relativeRate);
    risk.expectedSpend = spendPerOccasion(model, c);
    // What a retained customer would buy in the horizon: their posterior rate if alive.
    const double ifRetained = (p.r + c.frequency) / (p.alpha + c.age) * horizon;
    risk.valueAtStake = risk.riskScore * risk.expectedSpend * ifRetained;
    risk.reason = describe(model, c, risk.riskScore, risk.expectedPurchases, horizon);
    return risk;
}

QList<qsizetype> revisitOrder(const QList<ChurnRisk> &risks, double atRisk)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < risks.size(); ++i)
        if (risks.at(i).riskScore >= atRisk)
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) {
        const ChurnRisk &a = risks.at(l), &b = risks.at(r);
        if (a.valueAtStake != b.valueAtStake)
            return a.valueAtStake > b.valueAtStake;
        return a.riskScore > b.riskScore;
    });
    return order;
}

RiskBand riskBandOf(double riskScore)
{
    if (riskScore >= highRiskFrom)
        return RiskBand::High;
    return riskScore >= mediumRiskFrom ? RiskBand::Medium : RiskBand::Low;
}

QString riskBandName(RiskBand band)
{
    switch (band) {
    case RiskBand::High:
        return QStringLiteral("high");
    case RiskBand::Medium:
        return QStringLiteral("medium");
    case RiskBand::Low:
        break;
    }
    return QStringLiteral("low");
}

std::optional<RiskBand> riskBandFromName(const QString &name)
{
    for (RiskBand band : { RiskBand::Low, RiskBand::Medium, RiskBand::High })
        if (riskBandName(band) == name)
            return band;
    return std::nullopt;
}

} // namespace gd::churn
