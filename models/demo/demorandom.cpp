#include "demorandom.h"

#include <cmath>
#include <numbers>

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
    return lo + int(uniform() * double(hi - lo + 1));
}

double DemoRandom::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log is finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double DemoRandom::exponential(double mean)
{
    return -mean * std::log(1.0 - uniform());
}

double DemoRandom::gamma(double shape, double scale)
{
    if (shape < 1.0) // boost: Gamma(a) = Gamma(a+1) · U^(1/a)
        return gamma(shape + 1.0, scale) * std::pow(1.0 - uniform(), 1.0 / shape);
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x;
        double v;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x
            || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
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

int DemoRandom::weighted(const int *weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    int pick = uniformInt(0, total - 1);
    for (int i = 0; i < count; ++i) {
        if (pick < weights[i])
            return i;
        pick -= weights[i];
    }
    return count - 1;
}

std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream)
{
    DemoRandom mix(seed ^ (stream * 0xd1b54a32d192ed03ULL));
    mix.next();
    return mix.next();
}

} // namespace gd::demo
