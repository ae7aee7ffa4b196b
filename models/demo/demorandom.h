// A small random generator with its own distributions. The standard library's
// distributions differ between implementations; these give the same demo data everywhere.
#pragma once

#include <QString>
#include <cstdint>

namespace gd::demo {

// splitmix64: good enough for demo data, one 64-bit word of state, seedable per customer.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next();
    double uniform(); // [0, 1)
    int uniformInt(int lo, int hi); // [lo, hi]
    bool chance(double p) { return uniform() < p; }
    double normal(); // standard normal (Box–Muller)
    double exponential(double mean);
    double gamma(double shape, double scale); // Marsaglia–Tsang
    double beta(double a, double b);
    QString uuid(); // version-4 formatted, lowercase, no braces

    // An index into weights[0..count), chosen in proportion to the weights.
    int weighted(const int *weights, int count);

private:
    std::uint64_t m_state;
};

// Mixes a seed and an index into an independent stream's seed.
[[nodiscard]] std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream);

} // namespace gd::demo
