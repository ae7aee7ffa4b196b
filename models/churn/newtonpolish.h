// The last digits of a smooth few-parameter minimum: Newton's method with a numerical
// gradient and Hessian (central differences), damped (Levenberg) where the Hessian is not
// positive definite and with a backtracking line search, kept inside a box. From a point
// near the minimum (found by the cheaper simplex on a sample) it converges in a handful of
// steps, each 1 + 2n + 2n(n − 1) evaluations — far fewer than the simplex needs for the
// same precision, which matters when one evaluation visits 100,000 customers.
#pragma once

#include "boxedsimplex.h"

namespace gd::churn {

struct NewtonOptions
{
    double step = 1e-5; // finite-difference step, in the objective's coordinates
    double pointTolerance = 1e-10; // stop when a Newton step moves less than this
    double valueTolerance = 1e-13; // … or would gain less than this (relative to the value)
    double noiseFloor = 1e-7; // a step this small that does not decrease the value: converged
    int maxIterations = 30;
};

// Minimises `f` from `start`; `converged` is false if it ran out of iterations or could
// not make progress (the caller then polishes another way).
[[nodiscard]] SimplexResult polishWithNewton(const Objective &f, std::vector<double> start,
                                             const std::vector<double> &lower,
                                             const std::vector<double> &upper,
                                             const NewtonOptions &options = {});

} // namespace gd::churn
