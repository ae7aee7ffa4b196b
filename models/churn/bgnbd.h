// The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"):
// while alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each
// purchase they drop out for good with probability p ~ Beta(a, b). The formulas below are
// the paper's equations 6 (likelihood), 10 (expected purchases) and the appendix's P(alive);
// all are pure functions of the parameters and one customer's summary, so thread-safe.
#pragma once

#include "customersummary.h"

namespace gd::churn {

struct BgNbdParameters
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

// True if all four are finite and > 0.
[[nodiscard]] bool isValid(const BgNbdParameters &p);

// One customer's log-likelihood ln L(r, α, a, b | x, t_x, T). The x > 0 term is summed in
// log space (log-sum-exp), so long histories neither overflow nor underflow.
[[nodiscard]] double bgNbdLogLikelihood(const BgNbdParameters &p, const CustomerSummary &c);

// P(alive at T | x, t_x, T). 1 for a one-time buyer (the model cannot tell, see
// churnrisk.h for why the risk score never uses it alone).
[[nodiscard]] double probabilityAlive(const BgNbdParameters &p, const CustomerSummary &c);

// E[X(t)]: purchases a new customer makes in their first t time units.
[[nodiscard]] double expectedPurchasesNewCustomer(const BgNbdParameters &p, double t);

// E[Y(t) | x, t_x, T]: purchases in the next t time units.
[[nodiscard]] double expectedPurchases(const BgNbdParameters &p, const CustomerSummary &c,
                                       double t);

// P(no purchase in the next t time units | x, t_x, T)
// = (1 - P(alive)) + P(alive) · ((α + T) / (α + T + t))^(r + x).
[[nodiscard]] double probabilityNoPurchase(const BgNbdParameters &p, const CustomerSummary &c,
                                           double t);

// The expected purchase rate now (per time unit): P(alive) · (r + x) / (α + T), the limit
// of E[Y(t)] / t as t → 0.
[[nodiscard]] double expectedRateNow(const BgNbdParameters &p, const CustomerSummary &c);

struct BgNbdPrediction
{
    double probabilityAlive = 1;
    double expectedPurchases = 0; // in the next t
    double probabilityNoPurchase = 1; // in the next t
    double expectedRateNow = 0;
};

// All four at once, sharing the work: what scoring a guide's whole book needs.
[[nodiscard]] BgNbdPrediction predictBgNbd(const BgNbdParameters &p, const CustomerSummary &c,
                                           double t);

} // namespace gd::churn
