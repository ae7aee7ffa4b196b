// Small numeric helpers the churn models share. Thread-safe: glibc's lgamma() writes the
// global `signgam`, so the log-gamma here goes through the re-entrant lgamma_r.
#pragma once

#include <cmath>

namespace gd::churn {

// ln|Γ(x)|; `sign` (if given) receives the sign of Γ(x).
inline double logGamma(double x, int *sign = nullptr)
{
    int s = 1;
    const double value = ::lgamma_r(x, &s);
    if (sign)
        *sign = s;
    return value;
}

// ln(e^p + e^q) without overflow or underflow.
inline double logSumExp(double p, double q)
{
    const double high = p > q ? p : q;
    const double low = p > q ? q : p;
    if (std::isinf(high) && high < 0)
        return high;
    return high + std::log1p(std::exp(low - high));
}

} // namespace gd::churn
