#include "bgnbdsimulation.h"

#include "demo/demorandom.h"

#include <cmath>

namespace gd::churn {

QList<CustomerSummary> simulateBgNbd(const SimulationSetting &s)
{
    QList<CustomerSummary> customers;
    customers.reserve(s.customers);
    demo::DemoRandom random(s.seed);
    for (int i = 0; i < s.customers; ++i) {
        const double age = s.minimumAge + (s.maximumAge - s.minimumAge) * random.uniform();
        const double rate = random.gamma(s.parameters.r, 1 / s.parameters.alpha);
        const double dropout = random.beta(s.parameters.a, s.parameters.b);
        CustomerSummary c;
        c.age = s.wholeTimeUnits ? std::floor(age) : age;
        double t = 0;
        while (rate > 0) {
            t += random.exponential(1 / rate);
            if (t > age)
                break;
            // In whole units a purchase on the day of the previous one is the same occasion.
            const double when = s.wholeTimeUnits ? std::floor(t) : t;
            if (when > c.recency) {
                ++c.frequency;
                c.recency = when;
            }
            if (random.chance(dropout))
                break;
        }
        customers.append(c);
    }
    return customers;
}

} // namespace gd::churn
