// A derivative-free minimiser for the few-parameter likelihoods of the churn models:
// Nelder–Mead inside a box (each trial point is clamped into [lower, upper]), restarted from
// its best point with a fresh simplex until a restart no longer improves (which escapes the
// simplex collapsing early, NM's known weakness). Pure: the objective is the only state.
#pragma once

#include <functional>
#include <vector>

namespace gd::churn {

struct SimplexOptions
{
    double initialStep = 0.3; // simplex edge, in the objective's coordinates
    double valueTolerance = 1e-12; // stop when the simplex values differ by less
    double pointTolerance = 1e-9; // … and its vertices by less than this
    int maxEvaluations = 20000;
    int maxRestarts = 8;
};

struct SimplexResult
{
    std::vector<double> point;
    double value = 0;
    int evaluations = 0;
    bool converged = false; // met the tolerances before running out of evaluations
};

using Objective = std::function<double(const std::vector<double> &)>;

// Minimises `f` from `start` (clamped into the box). Non-finite values count as +∞.
[[nodiscard]] SimplexResult minimiseInBox(const Objective &f, std::vector<double> start,
                                          const std::vector<double> &lower,
                                          const std::vector<double> &upper,
                                          const SimplexOptions &options = {});

} // namespace gd::churn
