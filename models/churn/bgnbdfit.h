// Maximum-likelihood fit of the BG/NBD parameters to many customers' summaries. The search
// runs in log-parameter space (so every parameter stays positive) inside bounds, from
// several starts, each a restarted Nelder–Mead (boxedsimplex.h); the best start is then
// polished by Newton's method (newtonpolish.h; the simplex again where Newton cannot finish).
// Customers are grouped by (x, t_x, T) and the logarithms shared; above 5,000 customers the
// starts run on an evenly spaced sample of 5,000 and only the polish on everyone.
#pragma once

#include "bgnbd.h"

#include <QList>
#include <optional>

namespace gd::churn {

struct BgNbdFitOptions
{
    double lowerBound = 1e-4; // every parameter stays within [lowerBound, upperBound]
    double upperBound = 1e5;
};

struct BgNbdFit
{
    BgNbdParameters parameters;
    double logLikelihood = 0; // summed over all customers
    int customers = 0;
    int repeatCustomers = 0; // with x > 0
    bool converged = false;
    bool atBound = false; // some parameter ended (within 0.1 %, in log space) at a bound
    int evaluations = 0;
};

// Fits the model; nullopt with `error` if there are no customers or one is invalid
// (the first invalid one is named by its index).
[[nodiscard]] std::optional<BgNbdFit> fitBgNbd(const QList<CustomerSummary> &customers,
                                               QString *error, const BgNbdFitOptions &options = {});

// Σ ln L over the customers (no validation: for tests and diagnostics).
[[nodiscard]] double totalBgNbdLogLikelihood(const BgNbdParameters &p,
                                             const QList<CustomerSummary> &customers);

} // namespace gd::churn
