#include "demorandom.h"

#include "demomath.h"

#include <cmath>

namespace gd::demo {

std::uint64_t DemoRandom::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

int DemoRandom::uniformInt(int lo, int hi)
{
    Q_ASSERT(lo <= hi);
    // Lemire's multiply-shift on the top 32 bits: integer arithmetic only, bias below 2^-32
    // for the small ranges used here.
    const std::uint64_t range = std::uint64_t(std::int64_t(hi) - lo + 1);
    return int(std::int64_t(lo) + std::int64_t(((next() >> 32) * range) >> 32));
}

double DemoRandom::normal()
{
    // The polar method needs no trigonometry, only log and sqrt (sqrt is exact in IEEE 754).
    for (;;) {
        const double u = 2.0 * uniform() - 1.0;
        const double v = 2.0 * uniform() - 1.0;
        const double s = u * u + v * v;
        if (s > 0.0 && s < 1.0)
            return u * std::sqrt(-2.0 * math::log(s) / s);
    }
}

double DemoRandom::exponential(double mean)
{
    return -mean * math::log(1.0 - uniform()); // 1 − U is in (0, 1]: the log is finite
}

double DemoRandom::gamma(double shape, double scale)
{
    Q_ASSERT(shape > 0.0 && scale > 0.0);
    if (shape < 1.0) { // Gamma(a) = Gamma(a + 1) · U^(1/a)
        // Two statements: the operands of * may be evaluated in either order.
        const double boosted = gamma(shape + 1.0, scale);
        return boosted * math::exp(math::log(1.0 - uniform()) / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0.0;
        double v = 0.0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = 1.0 - uniform(); // (0, 1]
        if (u < 1.0 - 0.0331 * x * x * x * x
            || math::log(u) < 0.5 * x * x + d * (1.0 - v + math::log(v)))
            return d * v * scale;
    }
}

double DemoRandom::beta(double a, double b)
{
    const double x = gamma(a, 1.0);
    const double y = gamma(b, 1.0);
    return x / (x + y);
}

QString DemoRandom::uuid()
{
    std::uint64_t hi = next();
    std::uint64_t lo = next();
    hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    const QString h = QString::number(hi, 16).rightJustified(16, u'0');
    const QString l = QString::number(lo, 16).rightJustified(16, u'0');
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + l.left(4) + u'-'
        + l.mid(4);
}

int DemoRandom::weighted(std::span<const int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    Q_ASSERT(total > 0);
    int pick = uniformInt(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (pick < weights[i])
            return int(i);
        pick -= weights[i];
    }
    return int(weights.size()) - 1;
}

std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream)
{
    DemoRandom mix(seed ^ (stream * 0xd1b54a32d192ed03ULL));
    mix.next();
    return mix.next();
}

} // namespace gd::demo
