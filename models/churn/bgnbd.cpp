#include "bgnbd.h"

#include "hypergeometric.h"
#include "mathutil.h"

#include <cmath>

namespace gd::churn {

namespace {

// The term (a / (b + x − 1)) · ((α + T) / (α + t_x))^(r + x) of P(alive), in log space.
double logDropoutOdds(const BgNbdParameters &p, const CustomerSummary &c)
{
    const double x = c.frequency;
    return std::log(p.a) - std::log(p.b + x - 1)
        + (p.r + x) * (std::log(p.alpha + c.age) - std::log(p.alpha + c.recency));
}

// E[Y(t)] for a ≠ 1 (the formula divides by a − 1).
double expectedPurchasesAwayFromOne(const BgNbdParameters &p, const CustomerSummary &c, double t)
{
    const double x = c.frequency;
    const double alphaT = p.alpha + c.age;
    const double z = t / (alphaT + t);
    const double hyp = hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const double power = std::exp((p.r + x) * (std::log(alphaT) - std::log(alphaT + t)));
    const double numerator = (p.a + p.b + x - 1) / (p.a - 1) * (1 - power * hyp);
    return numerator * probabilityAlive(p, c);
}

} // namespace

bool isValid(const BgNbdParameters &p)
{
    for (const double v : { p.r, p.alpha, p.a, p.b })
        if (!std::isfinite(v) || v <= 0)
            return false;
    return true;
}

double bgNbdLogLikelihood(const BgNbdParameters &p, const CustomerSummary &c)
{
    const double x = c.frequency;
    const double common = logGamma(p.r + x) - logGamma(p.r) + p.r * std::log(p.alpha)
        + logGamma(p.a + p.b) + logGamma(p.b + x) - logGamma(p.b) - logGamma(p.a + p.b + x);
    const double stays = -(p.r + x) * std::log(p.alpha + c.age);
    if (c.frequency == 0)
        return common + stays;
    const double dropped
        = std::log(p.a) - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + c.recency);
    return common + logSumExp(stays, dropped);
}

double probabilityAlive(const BgNbdParameters &p, const CustomerSummary &c)
{
    if (c.frequency == 0)
        return 1;
    const double odds = logDropoutOdds(p, c);
    // 1 / (1 + e^odds), stable for large odds of either sign
    return odds > 0 ? std::exp(-odds) / (1 + std::exp(-odds)) : 1 / (1 + std::exp(odds));
}

double expectedPurchasesNewCustomer(const BgNbdParameters &p, double t)
{
    CustomerSummary fresh; // x = 0, t_x = 0, T = 0: the conditional formula reduces to this
    return expectedPurchases(p, fresh, t);
}

double expectedPurchases(const BgNbdParameters &p, const CustomerSummary &c, double t)
{
    if (t <= 0)
        return 0;
    // At a = 1 the formula is 0/0; its limit is the mean of both sides.
    constexpr double h = 1e-5;
    if (std::abs(p.a - 1) < h) {
        BgNbdParameters below = p, above = p;
        below.a = 1 - h;
        above.a = 1 + h;
        return 0.5
            * (expectedPurchasesAwayFromOne(below, c, t)
               + expectedPurchasesAwayFromOne(above, c, t));
    }
    return expectedPurchasesAwayFromOne(p, c, t);
}

double probabilityNoPurchase(const BgNbdParameters &p, const CustomerSummary &c, double t)
{
    const double alive = probabilityAlive(p, c);
    const double alphaT = p.alpha + c.age;
    const double quiet = std::exp((p.r + c.frequency) * (std::log(alphaT) - std::log(alphaT + t)));
    return (1 - alive) + alive * quiet;
}

BgNbdPrediction predictBgNbd(const BgNbdParameters &p, const CustomerSummary &c, double t)
{
    BgNbdPrediction out;
    const double x = c.frequency;
    const double alphaT = p.alpha + c.age;
    out.probabilityAlive = probabilityAlive(p, c);
    out.expectedRateNow = out.probabilityAlive * (p.r + x) / alphaT;
    if (t <= 0) {
        out.probabilityNoPurchase = 1;
        return out;
    }
    const double quiet = std::exp((p.r + x) * (std::log(alphaT) - std::log(alphaT + t)));
    out.probabilityNoPurchase = (1 - out.probabilityAlive) + out.probabilityAlive * quiet;
    if (std::abs(p.a - 1) < 1e-5) {
        out.expectedPurchases = expectedPurchases(p, c, t);
    } else {
        const double hyp = hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, t / (alphaT + t));
        out.expectedPurchases
            = (p.a + p.b + x - 1) / (p.a - 1) * (1 - quiet * hyp) * out.probabilityAlive;
    }
    return out;
}

double expectedRateNow(const BgNbdParameters &p, const CustomerSummary &c)
{
    return probabilityAlive(p, c) * (p.r + c.frequency) / (p.alpha + c.age);
}

} // namespace gd::churn
