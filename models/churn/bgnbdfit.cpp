#include "bgnbdfit.h"

#include "boxedsimplex.h"
#include "mathutil.h"
#include "newtonpolish.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gd::churn {

namespace {

// The customers reduced to what the likelihood needs: distinct times (their logs are
// computed once per evaluation) and distinct (x, t_x, T) triples with their counts.
class PreparedCustomers
{
public:
    explicit PreparedCustomers(const QList<CustomerSummary> &customers)
    {
        std::map<double, int> timeIndex;
        for (const CustomerSummary &c : customers) {
            timeIndex.emplace(c.recency, 0);
            timeIndex.emplace(c.age, 0);
            m_maxX = std::max(m_maxX, c.frequency);
        }
        for (auto &[time, index] : timeIndex) {
            index = int(m_times.size());
            m_times.push_back(time);
        }
        std::map<std::tuple<int, int, int>, double> groups;
        for (const CustomerSummary &c : customers)
            groups[{ c.frequency, timeIndex[c.recency], timeIndex[c.age] }] += 1;
        m_groups.reserve(groups.size());
        for (const auto &[key, count] : groups)
            m_groups.push_back({ std::get<0>(key), std::get<1>(key), std::get<2>(key), count });
        m_logTimes.resize(m_times.size());
        m_common.resize(size_t(m_maxX) + 1);
        m_dropout.resize(size_t(m_maxX) + 1);
    }

    // Not const: reuses its scratch buffers, so one instance per thread.
    double logLikelihood(const BgNbdParameters &p)
    {
        for (size_t i = 0; i < m_times.size(); ++i)
            m_logTimes[i] = std::log(p.alpha + m_times[i]);
        const double constant
            = -logGamma(p.r) + p.r * std::log(p.alpha) + logGamma(p.a + p.b) - logGamma(p.b);
        const double logA = std::log(p.a);
        for (int x = 0; x <= m_maxX; ++x) {
            m_common[size_t(x)]
                = constant + logGamma(p.r + x) + logGamma(p.b + x) - logGamma(p.a + p.b + x);
            m_dropout[size_t(x)] = x > 0 ? logA - std::log(p.b + x - 1) : 0;
        }
        double sum = 0;
        for (const Group &g : m_groups) {
            const double rx = p.r + g.x;
            const double stays = -rx * m_logTimes[size_t(g.age)];
            double ll = m_common[size_t(g.x)];
            if (g.x == 0)
                ll += stays;
            else
                ll += logSumExp(stays, m_dropout[size_t(g.x)] - rx * m_logTimes[size_t(g.recency)]);
            sum += g.count * ll;
        }
        return sum;
    }

private:
    struct Group
    {
        int x;
        int recency; // index into m_times
        int age;
        double count;
    };
    std::vector<double> m_times;
    std::vector<Group> m_groups;
    int m_maxX = 0;
    std::vector<double> m_logTimes;
    std::vector<double> m_common;
    std::vector<double> m_dropout;
};

// Above this many customers the starts run on a sample of about this size.
constexpr qsizetype sampleSize = 5000;

BgNbdParameters fromLog(const std::vector<double> &v)
{
    return { std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3]) };
}

} // namespace

double totalBgNbdLogLikelihood(const BgNbdParameters &p, const QList<CustomerSummary> &customers)
{
    double sum = 0;
    for (const CustomerSummary &c : customers)
        sum += bgNbdLogLikelihood(p, c);
    return sum;
}

std::optional<BgNbdFit> fitBgNbd(const QList<CustomerSummary> &customers, QString *error,
                                 const BgNbdFitOptions &options)
{
    if (customers.isEmpty()) {
        *error = u"no customers to fit"_s;
        return std::nullopt;
    }
    if (!(options.lowerBound > 0) || !(options.upperBound > options.lowerBound)) {
        *error = u"the parameter bounds must satisfy 0 < lower < upper"_s;
        return std::nullopt;
    }
    double meanX = 0, meanT = 0;
    int repeat = 0;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const CustomerSummary &c = customers.at(i);
        if (const QString why = summaryError(c); !why.isEmpty()) {
            *error = u"customer %1: %2"_s.arg(i + 1).arg(why);
            return std::nullopt;
        }
        if (c.frequency > 1000000) {
            *error = u"customer %1: x = %2 is not a plausible purchase count"_s.arg(i + 1).arg(
                c.frequency);
            return std::nullopt;
        }
        meanX += c.frequency;
        meanT += c.age;
        repeat += c.frequency > 0 ? 1 : 0;
    }
    meanX /= double(customers.size());
    meanT /= double(customers.size());
    PreparedCustomers prepared(customers);
    const double n = double(customers.size());
    // The mean log-likelihood, so the tolerances do not depend on the number of customers.
    const Objective objective = [&](const std::vector<double> &v) {
        return -prepared.logLikelihood(fromLog(v)) / n;
    };
    // On many customers the starts run on an evenly spaced sample (they only need to find
    // the right basin); the polish then runs on everyone.
    QList<CustomerSummary> sample;
    const qsizetype step = customers.size() / sampleSize + 1;
    if (step > 1)
        for (qsizetype i = 0; i < customers.size(); i += step)
            sample.append(customers.at(i));
    PreparedCustomers preparedSample(step > 1 ? sample : QList<CustomerSummary> {});
    const double sampleN = double(sample.size());
    const Objective sampleObjective = [&](const std::vector<double> &v) {
        return -preparedSample.logLikelihood(fromLog(v)) / sampleN;
    };
    const double lo = std::log(options.lowerBound), hi = std::log(options.upperBound);
    const std::vector<double> lower(4, lo), upper(4, hi);
    // Starts: r from low to high heterogeneity, α matching the observed purchase rate
    // (E[λ] = r / α ≈ x̄ / T̄), and a few shapes of the drop-out Beta.
    const double rate = std::max(meanX, 0.01) / std::max(meanT, 1e-3);
    std::vector<std::vector<double>> starts;
    for (const double r : { 0.25, 1.0, 3.0 })
        for (const auto &[a, b] : { std::pair { 1.0, 1.0 }, std::pair { 0.5, 3.0 } })
            starts.push_back(
                { std::log(r),
                  std::log(std::clamp(r / rate, options.lowerBound, options.upperBound)),
                  std::log(a), std::log(b) });
    SimplexOptions rough;
    rough.valueTolerance = 1e-7;
    rough.pointTolerance = 1e-3;
    rough.maxEvaluations = 1500;
    rough.maxRestarts = 1;
    SimplexResult best;
    best.value = std::numeric_limits<double>::infinity();
    int evaluations = 0;
    for (const auto &start : starts) {
        SimplexResult result
            = minimiseInBox(step > 1 ? sampleObjective : objective, start, lower, upper, rough);
        evaluations += result.evaluations;
        if (result.value < best.value)
            best = result;
    }
    // Newton from the best start; where it cannot finish (e.g. a parameter at its bound)
    // the simplex polishes instead.
    SimplexResult finalResult = polishWithNewton(objective, best.point, lower, upper);
    evaluations += finalResult.evaluations;
    if (!finalResult.converged) {
        SimplexOptions polish;
        polish.initialStep = 0.05;
        polish.valueTolerance = 1e-13;
        polish.pointTolerance = 1e-8;
        finalResult = minimiseInBox(objective, best.point, lower, upper, polish);
        evaluations += finalResult.evaluations;
    }
    if (!std::isfinite(finalResult.value)) {
        *error = u"the likelihood is not finite anywhere the search looked"_s;
        return std::nullopt;
    }
    BgNbdFit fit;
    fit.parameters = fromLog(finalResult.point);
    fit.logLikelihood = prepared.logLikelihood(fit.parameters);
    fit.customers = int(customers.size());
    fit.repeatCustomers = repeat;
    fit.converged = finalResult.converged;
    fit.evaluations = evaluations;
    const double margin = 1e-3 * (hi - lo);
    fit.atBound = std::any_of(finalResult.point.begin(), finalResult.point.end(),
                              [&](double v) { return v <= lo + margin || v >= hi - margin; });
    return fit;
}

} // namespace gd::churn
