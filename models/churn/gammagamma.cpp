#include "gammagamma.h"

#include "boxedsimplex.h"
#include "mathutil.h"
#include "newtonpolish.h"

#include <algorithm>
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

namespace {

struct Buyer
{
    int x;
    double m;
};

// Above this many repeat buyers the starts run on a sample of about this size.
constexpr size_t sampleSize = 5000;

// The mean log-likelihood over some buyers. Per evaluation only ln(x m + ν) depends on both
// a buyer and the parameters; the log-gammas depend on x alone, the other logs on the buyer.
class MeanSpendLikelihood
{
public:
    explicit MeanSpendLikelihood(const std::vector<Buyer> &buyers)
        : m_buyers(buyers)
    {
        m_logMX.reserve(buyers.size());
        for (const Buyer &b : buyers) {
            m_logMX.push_back(std::log(b.m) + std::log(double(b.x)));
            m_maxX = std::max(m_maxX, b.x);
            m_constant -= std::log(b.m);
        }
    }

    double mean(const GammaGammaParameters &g) const
    {
        std::vector<double> perX(size_t(m_maxX) + 1);
        for (int x = 1; x <= m_maxX; ++x)
            perX[size_t(x)] = logGamma(g.p * x + g.q) - logGamma(g.p * x);
        const double qLogV = g.q * std::log(g.v) - logGamma(g.q);
        double sum = m_constant;
        for (size_t i = 0; i < m_buyers.size(); ++i) {
            const Buyer &b = m_buyers[i];
            const double px = g.p * b.x;
            sum += perX[size_t(b.x)] + qLogV + px * m_logMX[i]
                - (px + g.q) * std::log(b.x * b.m + g.v);
        }
        return sum / double(m_buyers.size());
    }

private:
    std::vector<Buyer> m_buyers;
    std::vector<double> m_logMX; // ln m + ln x
    int m_maxX = 0;
    double m_constant = 0; // −Σ ln m
};

} // namespace

std::optional<GammaGammaFit> fitGammaGamma(const QList<CustomerSummary> &customers, QString *error)
{
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
    const MeanSpendLikelihood everyone(buyers);
    // On many buyers the starts run on an evenly spaced sample; the polish on everyone.
    const size_t step = buyers.size() / sampleSize + 1;
    std::vector<Buyer> sample;
    for (size_t i = 0; step > 1 && i < buyers.size(); i += step)
        sample.push_back(buyers[i]);
    const MeanSpendLikelihood sampled(step > 1 ? sample : buyers);
    const auto objectiveOf = [](const MeanSpendLikelihood &likelihood) {
        return Objective([&likelihood](const std::vector<double> &v) {
            return -likelihood.mean({ std::exp(v[0]), std::exp(v[1]), std::exp(v[2]) });
        });
    };
    const Objective objective = objectiveOf(everyone);
    const Objective sampleObjective = objectiveOf(sampled);
    const double lo = std::log(1e-4), hi = std::log(1e6);
    const std::vector<double> lower(3, lo), upper(3, hi);
    SimplexResult best;
    best.value = std::numeric_limits<double>::infinity();
    // Starts: a few shapes, each with the scale that matches the observed mean spend.
    for (const auto &[p, q] :
         { std::pair { 1.0, 2.0 }, std::pair { 5.0, 3.0 }, std::pair { 20.0, 10.0 } }) {
        const double v = meanSpend * (q - 1) / p;
        SimplexOptions options;
        options.valueTolerance = 1e-9;
        options.pointTolerance = 1e-4;
        options.maxEvaluations = 3000; // a degenerate spread (all spends equal) runs to a bound
        options.maxRestarts = 2;
        SimplexResult result = minimiseInBox(
            sampleObjective, { std::log(p), std::log(q), std::log(v) }, lower, upper, options);
        if (result.value < best.value)
            best = result;
    }
    SimplexResult polished = polishWithNewton(objective, best.point, lower, upper);
    if (!polished.converged) {
        SimplexOptions options;
        options.initialStep = 0.05;
        options.valueTolerance = 1e-13;
        options.pointTolerance = 1e-9;
        options.maxEvaluations = 4000;
        polished = minimiseInBox(objective, best.point, lower, upper, options);
    }
    best = polished;
    GammaGammaFit fit;
    fit.parameters = { std::exp(best.point[0]), std::exp(best.point[1]), std::exp(best.point[2]) };
    fit.logLikelihood = everyone.mean(fit.parameters) * double(buyers.size());
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
