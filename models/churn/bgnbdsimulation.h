// Customers drawn from the BG/NBD process itself (first purchase at time 0, Poisson
// purchases at rate λ ~ Gamma(r, α) while alive, drop-out with probability p ~ Beta(a, b)
// after each repeat purchase), so that fits can be checked against known parameters and
// timed at any size. Seeded: the same seed gives the same customers everywhere.
#pragma once

#include "bgnbd.h"

#include <QList>
#include <cstdint>

namespace gd::churn {

struct SimulationSetting
{
    BgNbdParameters parameters;
    int customers = 1000;
    double minimumAge = 0; // each customer's T is uniform in [minimumAge, maximumAge]
    double maximumAge = 52;
    bool wholeTimeUnits = false; // round times down to whole units (days), as the app sees them
    std::uint64_t seed = 1;
};

[[nodiscard]] QList<CustomerSummary> simulateBgNbd(const SimulationSetting &setting);

} // namespace gd::churn
