#include "gammagamma.h"

#include "boxedsimplex.h"
#include "mathutil.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gd::churn {

bool isValid(const GammaGammaParameters &p)
{
    for (const double v : { p.p, p.q, p.v })
        if (!std::isfinite(v) || v <= 0)
            return false;
    return true;
}

double gammaGammaLogLikelihood(const GammaGammaParameters &g, int x, double m)
{
    const double px = g.p * x;
    return logGamma(px + g.q) - logGamma(px) - logGamma(g.q) + g.q * std::log(g.v)
        + (px - 1) * std::log(m) + px * std::log(double(x)) - (px + g.q) * std::log(x * m + g.v);
}

std::optional<GammaGammaFit> fitGammaGamma(const QList<CustomerSummary> &customers, QString *error)
{
    struct Buyer
    {
        int x;
        double m;
    };
    std::vector<Buyer> buyers;
    double meanSpend = 0;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const CustomerSummary &c = customers.at(i);
        if (const QString why = summaryError(c); !why.isEmpty()) {
            *error = u"customer %1: %2"_s.arg(i + 1).arg(why);
            return std::nullopt;
        }
        if (c.frequency > 0 && c.repeatSpend > 0) {
            buyers.push_back({ c.frequency, c.repeatSpend });
            meanSpend += c.repeatSpend;
        }
    }
    if (buyers.size() < 10) {
        *error = u"the spend model needs at least 10 repeat buyers with spend, got %1"_s.arg(
            buyers.size());
        return std::nullopt;
    }
    meanSpend /= double(buyers.size());
    const double n = double(buyers.size());
    const Objective objective = [&](const std::vector<double> &v) {
        const GammaGammaParameters g { std::exp(v[0]), std::exp(v[1]), std::exp(v[2]) };
        double sum = 0;
        for (const Buyer &b : buyers)
            sum += gammaGammaLogLikelihood(g, b.x, b.m);
        return -sum / n;
    };
    const double lo = std::log(1e-4), hi = std::log(1e6);
    const std::vector<double> lower(3, lo), upper(3, hi);
    SimplexResult best;
    best.value = std::numeric_limits<double>::infinity();
    // Starts: a few shapes, each with the scale that matches the observed mean spend.
    for (const auto &[p, q] :
         { std::pair { 1.0, 2.0 }, std::pair { 5.0, 3.0 }, std::pair { 20.0, 10.0 } }) {
        const double v = meanSpend * (q - 1) / p;
        SimplexOptions options;
        options.valueTolerance = 1e-13;
        options.pointTolerance = 1e-9;
        SimplexResult result = minimiseInBox(objective, { std::log(p), std::log(q), std::log(v) },
                                             lower, upper, options);
        if (result.value < best.value)
            best = result;
    }
    GammaGammaFit fit;
    fit.parameters = { std::exp(best.point[0]), std::exp(best.point[1]), std::exp(best.point[2]) };
    fit.logLikelihood = -best.value * n;
    fit.customers = int(buyers.size());
    const double margin = 1e-3 * (hi - lo);
    for (const double v : best.point)
        fit.atBound = fit.atBound || v <= lo + margin || v >= hi - margin;
    return fit;
}

double expectedSpend(const GammaGammaParameters &g, const CustomerSummary &c)
{
    if (!(g.q > 1))
        return std::numeric_limits<double>::quiet_NaN();
    if (c.frequency == 0 || !(c.repeatSpend > 0))
        return g.p * g.v / (g.q - 1);
    const double px = g.p * c.frequency;
    return g.p * (g.v + c.frequency * c.repeatSpend) / (px + g.q - 1);
}

} // namespace gd::churn
