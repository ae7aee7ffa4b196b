#include "newtonpolish.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gd::churn {

namespace {

using Matrix = std::vector<std::vector<double>>;

// Solves (H + λI) d = −g by Cholesky; false if the matrix is not positive definite.
bool solveDamped(const Matrix &h, const std::vector<double> &g, double lambda,
                 std::vector<double> *d)
{
    const size_t n = g.size();
    Matrix l(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j <= i; ++j) {
            double sum = h[i][j] + (i == j ? lambda : 0.0);
            for (size_t k = 0; k < j; ++k)
                sum -= l[i][k] * l[j][k];
            if (i == j) {
                if (!(sum > 0))
                    return false;
                l[i][i] = std::sqrt(sum);
            } else {
                l[i][j] = sum / l[j][j];
            }
        }
    }
    std::vector<double> y(n);
    for (size_t i = 0; i < n; ++i) {
        double sum = -g[i];
        for (size_t k = 0; k < i; ++k)
            sum -= l[i][k] * y[k];
        y[i] = sum / l[i][i];
    }
    d->assign(n, 0.0);
    for (size_t i = n; i-- > 0;) {
        double sum = y[i];
        for (size_t k = i + 1; k < n; ++k)
            sum -= l[k][i] * (*d)[k];
        (*d)[i] = sum / l[i][i];
    }
    return true;
}

} // namespace

SimplexResult polishWithNewton(const Objective &f, std::vector<double> x,
                               const std::vector<double> &lower, const std::vector<double> &upper,
                               const NewtonOptions &options)
{
    const size_t n = x.size();
    SimplexResult result;
    const auto value = [&](const std::vector<double> &p) {
        ++result.evaluations;
        const double v = f(p);
        return std::isfinite(v) ? v : std::numeric_limits<double>::infinity();
    };
    for (size_t i = 0; i < n; ++i)
        x[i] = std::clamp(x[i], lower[i], upper[i]);
    double fx = value(x);
    const double h = options.step;
    for (int iteration = 0; iteration < options.maxIterations && std::isfinite(fx); ++iteration) {
        std::vector<double> g(n), plus(n), minus(n);
        Matrix hessian(n, std::vector<double>(n, 0.0));
        for (size_t i = 0; i < n; ++i) {
            auto p = x;
            p[i] += h;
            plus[i] = value(p);
            p[i] = x[i] - h;
            minus[i] = value(p);
            g[i] = (plus[i] - minus[i]) / (2 * h);
            hessian[i][i] = (plus[i] - 2 * fx + minus[i]) / (h * h);
        }
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < i; ++j) {
                auto p = x;
                p[i] += h;
                p[j] += h;
                const double pp = value(p);
                p[j] = x[j] - h;
                const double pm = value(p);
                p[i] = x[i] - h;
                const double mm = value(p);
                p[j] = x[j] + h;
                const double mp = value(p);
                hessian[i][j] = hessian[j][i] = (pp - pm - mp + mm) / (4 * h * h);
            }
        std::vector<double> d;
        double lambda = 0;
        double scale = 0;
        for (size_t i = 0; i < n; ++i)
            scale = std::max(scale, std::abs(hessian[i][i]));
        while (!solveDamped(hessian, g, lambda, &d)) {
            lambda = lambda == 0 ? 1e-6 * std::max(scale, 1e-12) : lambda * 10;
            if (lambda > 1e12 * std::max(scale, 1.0))
                return result; // hopeless: not converged
        }
        double fullStep = 0;
        for (size_t i = 0; i < n; ++i)
            fullStep
                = std::max(fullStep, std::abs(std::clamp(x[i] + d[i], lower[i], upper[i]) - x[i]));
        // The Newton decrement −g·d / 2 predicts what the step would gain: once that is
        // below the objective's precision, further steps only chase rounding noise.
        double decrement = 0;
        for (size_t i = 0; i < n; ++i)
            decrement -= g[i] * d[i] / 2;
        if (fullStep <= options.pointTolerance
            || decrement <= options.valueTolerance * std::max(1.0, std::abs(fx))) {
            result.converged = true;
            break;
        }
        // Backtrack until the value decreases.
        std::vector<double> next(n);
        double fnext = fx;
        double t = 1;
        for (int halving = 0; halving < 30; ++halving, t *= 0.5) {
            for (size_t i = 0; i < n; ++i)
                next[i] = std::clamp(x[i] + t * d[i], lower[i], upper[i]);
            fnext = value(next);
            if (fnext < fx)
                break;
        }
        if (!(fnext < fx)) {
            // No decrease along a tiny step is the objective's rounding floor: done. Along a
            // larger one Newton is lost (not converged; the caller polishes another way).
            result.converged = fullStep <= options.noiseFloor;
            break;
        }
        x = next;
        fx = fnext;
    }
    result.point = x;
    result.value = fx;
    return result;
}

} // namespace gd::churn
