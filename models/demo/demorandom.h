// A small random generator with its own distributions. The standard library's
// distributions differ between implementations, and its log/exp may differ in the last bit;
// these use splitmix64 and demomath.h, so demo data is the same everywhere.
#pragma once

#include <QString>
#include <cstdint>
#include <span>

namespace gd::demo {

// splitmix64 (Steele, Lea & Flood 2014): one 64-bit word of state, so every customer can
// have a stream of its own, seeded from (seed, index). Callers draw at most once per
// function argument list or operator expression: C++ leaves their evaluation order open
// (GCC and Clang differ), and the data would then differ between compilers.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next();
    double uniform(); // [0, 1), 53 bits
    int uniformInt(int lo, int hi); // [lo, hi]; needs lo <= hi
    bool chance(double p) { return uniform() < p; }
    double normal(); // standard normal (Marsaglia's polar method)
    double exponential(double mean);
    double gamma(double shape, double scale); // Marsaglia–Tsang; mean shape · scale
    double beta(double a, double b); // via two gammas
    QString uuid(); // version-4 formatted, lowercase, no braces

    // An index into weights, chosen in proportion to the (non-negative) weights.
    int weighted(std::span<const int> weights);

private:
    std::uint64_t m_state;
};

// The seed of an independent stream number `stream` under `seed`. Distinct streams get
// distinct seeds (the mix is a bijection), so customers never share a stream.
[[nodiscard]] std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream);

} // namespace gd::demo
