#include "hypergeometric.h"

#include "mathutil.h"

#include <cmath>
#include <limits>

namespace gd::churn {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
// Above this the direct series needs hundreds of terms; below 1 - z the transformed ones
// need few.
constexpr double transformAbove = 0.75;

bool isNonPositiveInteger(double x)
{
    return x <= 0 && std::abs(x - std::round(x)) < 1e-12;
}

// Γ(n1)Γ(n2) / (Γ(d1)Γ(d2)), 0 when a denominator argument is a pole.
double gammaRatio(double n1, double n2, double d1, double d2)
{
    if (isNonPositiveInteger(d1) || isNonPositiveInteger(d2))
        return 0;
    int s1 = 1, s2 = 1, s3 = 1, s4 = 1;
    const double log
        = logGamma(n1, &s1) + logGamma(n2, &s2) - logGamma(d1, &s3) - logGamma(d2, &s4);
    return double(s1 * s2 * s3 * s4) * std::exp(log);
}

} // namespace

double hypergeometric2F1Series(double a, double b, double c, double z, long maxTerms)
{
    if (isNonPositiveInteger(c))
        return nan;
    double term = 1;
    double sum = 1;
    int smallInARow = 0;
    for (long n = 0; n < maxTerms; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
        if (term == 0)
            return sum;
        // Two tiny terms in a row, once the terms shrink: later ones are smaller still.
        if (std::abs(term) <= 1e-16 * std::abs(sum) && n + 1 > std::abs(a * b / c)) {
            if (++smallInARow == 2)
                return sum;
        } else {
            smallInARow = 0;
        }
        if (!std::isfinite(sum))
            return nan;
    }
    return nan;
}

double hypergeometric2F1(double a, double b, double c, double z)
{
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || !(z >= 0) || !(z < 1)
        || isNonPositiveInteger(c))
        return nan;
    if (z <= transformAbove)
        return hypergeometric2F1Series(a, b, c, z, 100000);
    const double d = c - a - b;
    const bool cancels = std::abs(d - std::round(d)) < 1e-3;
    const double c1 = a + b - c + 1; // = 1 - d
    const double c2 = d + 1;
    if (!cancels && !isNonPositiveInteger(c1) && !isNonPositiveInteger(c2)) {
        const double w = 1 - z;
        const double first = gammaRatio(c, d, c - a, c - b);
        const double second = gammaRatio(c, -d, a, b);
        double value = 0;
        if (first != 0)
            value += first * hypergeometric2F1Series(a, b, c1, w, 100000);
        if (second != 0)
            value += second * std::pow(w, d) * hypergeometric2F1Series(c - a, c - b, c2, w, 100000);
        if (std::isfinite(value))
            return value;
    }
    return hypergeometric2F1Series(a, b, c, z, 50000000);
}

} // namespace gd::churn
