#include "boxedsimplex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace gd::churn {

namespace {

struct Box
{
    const std::vector<double> &lower;
    const std::vector<double> &upper;

    void clamp(std::vector<double> &p) const
    {
        for (size_t i = 0; i < p.size(); ++i)
            p[i] = std::clamp(p[i], lower[i], upper[i]);
    }
};

class Run
{
public:
    Run(const Objective &f, const Box &box, const SimplexOptions &options)
        : m_f(f)
        , m_box(box)
        , m_options(options)
    { }

    double value(std::vector<double> &p)
    {
        m_box.clamp(p);
        ++evaluations;
        const double v = m_f(p);
        return std::isfinite(v) ? v : std::numeric_limits<double>::infinity();
    }

    // One Nelder–Mead descent from `start`; returns true if it met the tolerances.
    bool descend(std::vector<double> &start, double &startValue, double initialStep)
    {
        const size_t n = start.size();
        std::vector<std::vector<double>> vertices(n + 1, start);
        std::vector<double> values(n + 1, startValue);
        for (size_t i = 0; i < n; ++i) {
            // Step inwards if the outward step would leave the box.
            double step = initialStep;
            if (start[i] + step > m_box.upper[i])
                step = -step;
            vertices[i + 1][i] += step;
            values[i + 1] = value(vertices[i + 1]);
        }
        std::vector<size_t> order(n + 1);
        while (evaluations < m_options.maxEvaluations) {
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](size_t l, size_t r) { return values[l] < values[r]; });
            const size_t best = order.front(), worst = order.back(), second = order[n - 1];
            double spread = 0;
            for (size_t v = 0; v <= n; ++v)
                for (size_t i = 0; i < n; ++i)
                    spread = std::max(spread, std::abs(vertices[v][i] - vertices[best][i]));
            if (std::abs(values[worst] - values[best]) <= m_options.valueTolerance
                && spread <= m_options.pointTolerance) {
                start = vertices[best];
                startValue = values[best];
                return true;
            }
            std::vector<double> centroid(n, 0.0);
            for (size_t v = 0; v <= n; ++v)
                if (v != worst)
                    for (size_t i = 0; i < n; ++i)
                        centroid[i] += vertices[v][i] / double(n);
            const auto along = [&](double t) {
                std::vector<double> p(n);
                for (size_t i = 0; i < n; ++i)
                    p[i] = centroid[i] + t * (vertices[worst][i] - centroid[i]);
                return p;
            };
            auto reflected = along(-1);
            const double reflectedValue = value(reflected);
            if (reflectedValue < values[best]) {
                auto expanded = along(-2);
                const double expandedValue = value(expanded);
                if (expandedValue < reflectedValue) {
                    vertices[worst] = expanded;
                    values[worst] = expandedValue;
                } else {
                    vertices[worst] = reflected;
                    values[worst] = reflectedValue;
                }
                continue;
            }
            if (reflectedValue < values[second]) {
                vertices[worst] = reflected;
                values[worst] = reflectedValue;
                continue;
            }
            const bool outside = reflectedValue < values[worst];
            auto contracted = along(outside ? -0.5 : 0.5);
            const double contractedValue = value(contracted);
            if (contractedValue < (outside ? reflectedValue : values[worst])) {
                vertices[worst] = contracted;
                values[worst] = contractedValue;
                continue;
            }
            for (size_t v = 0; v <= n; ++v) {
                if (v == best)
                    continue;
                for (size_t i = 0; i < n; ++i)
                    vertices[v][i] = vertices[best][i] + 0.5 * (vertices[v][i] - vertices[best][i]);
                values[v] = value(vertices[v]);
            }
        }
        const auto best = size_t(std::min_element(values.begin(), values.end()) - values.begin());
        start = vertices[best];
        startValue = values[best];
        return false;
    }

    int evaluations = 0;

private:
    const Objective &m_f;
    const Box &m_box;
    const SimplexOptions &m_options;
};

} // namespace

SimplexResult minimiseInBox(const Objective &f, std::vector<double> start,
                            const std::vector<double> &lower, const std::vector<double> &upper,
                            const SimplexOptions &options)
{
    const Box box { lower, upper };
    Run run(f, box, options);
    SimplexResult result;
    double value = run.value(start);
    bool converged = false;
    double step = options.initialStep;
    for (int attempt = 0; attempt <= options.maxRestarts; ++attempt) {
        const double before = value;
        converged = run.descend(start, value, step);
        // A restart that changes nothing measurable means the minimum is found.
        if (attempt > 0 && converged && before - value <= options.valueTolerance)
            break;
        if (run.evaluations >= options.maxEvaluations)
            break;
        step = std::max(options.initialStep * 0.1, 1e-4);
    }
    result.point = start;
    result.value = value;
    result.evaluations = run.evaluations;
    result.converged = converged;
    return result;
}

} // namespace gd::churn
