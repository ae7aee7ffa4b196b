// The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Colombo & Jiang
// 1999): a customer's spend per purchase occasion varies around their own mean ζ, the
// occasions' spends are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers. Fitted on repeat
// buyers' mean repeat spend; gives each customer's expected spend per occasion, shrunk
// from their own mean towards the population's by how many occasions we have seen.
#pragma once

#include "customersummary.h"

#include <QList>
#include <optional>

namespace gd::churn {

struct GammaGammaParameters
{
    double p = 0;
    double q = 0;
    double v = 0; // γ, the scale of ν (BTYD and lifetimes call it v)
};

struct GammaGammaFit
{
    GammaGammaParameters parameters;
    double logLikelihood = 0;
    int customers = 0; // repeat buyers with a positive mean spend
    bool atBound = false;
};

[[nodiscard]] bool isValid(const GammaGammaParameters &p);

// One customer's log-likelihood of their mean repeat spend m over x occasions (x > 0, m > 0).
[[nodiscard]] double gammaGammaLogLikelihood(const GammaGammaParameters &p, int x, double m);

// Fits on the customers with x > 0 and repeatSpend > 0 (others are skipped). nullopt with
// `error` if fewer than 10 such customers, or a summary is invalid.
[[nodiscard]] std::optional<GammaGammaFit> fitGammaGamma(const QList<CustomerSummary> &customers,
                                                         QString *error);

// E[spend per occasion | x, m] = p (ν + x m) / (p x + q − 1); the population mean
// p ν / (q − 1) for a customer without repeat purchases. NaN if q <= 1 (no finite mean).
[[nodiscard]] double expectedSpend(const GammaGammaParameters &p, const CustomerSummary &c);

} // namespace gd::churn
