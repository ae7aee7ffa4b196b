#include "demomath.h"

#include <QtGlobal>
#include <cmath>
#include <limits>
#include <numbers>

namespace gd::demo::math {

double log(double x)
{
    Q_ASSERT(x > 0 && std::isfinite(x));
    // x = m · 2^e with m in [√½, √2): then s = (m−1)/(m+1) is at most 0.172 and
    // ln m = 2·atanh s = 2·(s + s³/3 + s⁵/5 + …) converges to double precision in 13 terms.
    int e = 0;
    double m = std::frexp(x, &e); // exact: [0.5, 1)
    if (m < std::numbers::sqrt2 / 2) {
        m *= 2.0;
        --e;
    }
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double series = 0.0;
    for (int k = 12; k >= 0; --k)
        series = series * s2 + 1.0 / double(2 * k + 1);
    return double(e) * std::numbers::ln2 + 2.0 * s * series;
}

double exp(double x)
{
    if (x < -745.0)
        return 0.0;
    if (x > 709.78)
        return std::numeric_limits<double>::infinity();
    // e^x = 2^k · e^r with |r| ≤ ln2/2; the Taylor series of e^r then needs 18 terms.
    // ln 2 is split in two (Cody & Waite) so that r keeps its precision for large k: the
    // high part has 32 significant bits, so k · ln2High is exact.
    constexpr double ln2High = 6.93147180369123816490e-01;
    constexpr double ln2Low = 1.90821492927058770002e-10;
    const double k = std::round(x / std::numbers::ln2);
    const double r = (x - k * ln2High) - k * ln2Low;
    double series = 1.0;
    for (int n = 18; n >= 1; --n)
        series = 1.0 + series * r / double(n);
    return std::ldexp(series, int(k)); // exact scaling by a power of two
}

} // namespace gd::demo::math
