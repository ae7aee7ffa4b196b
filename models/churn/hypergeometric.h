// The Gaussian hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, which the BG/NBD
// expected-purchases formula needs (Fader, Hardie & Lee 2005, eq. 9).
#pragma once

namespace gd::churn {

// 2F1(a, b; c; z) for real a, b, c (c not 0, -1, -2, ...) and 0 <= z < 1; NaN outside
// that domain or if the series does not converge. Near z = 1, where the power series
// converges slowly, it uses the linear transformation to 1 - z (Abramowitz & Stegun
// 15.3.6) unless c - a - b is (nearly) an integer, where that formula cancels; then the
// direct series is summed to convergence (slow, but exact).
[[nodiscard]] double hypergeometric2F1(double a, double b, double c, double z);

// The power series alone (up to `maxTerms` terms): exposed so tests can compare the two.
[[nodiscard]] double hypergeometric2F1Series(double a, double b, double c, double z, long maxTerms);

} // namespace gd::churn
