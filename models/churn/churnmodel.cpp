#include "churnmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd::churn {

std::optional<ChurnModel> fitChurnModel(const QList<CustomerSummary> &customers, TimeUnit unit,
                                        QString *error, const ChurnFitOptions &options)
{
    if (customers.isEmpty()) {
        *error = u"no customers to fit"_s;
        return std::nullopt;
    }
    ChurnModel model;
    model.unit = unit;
    model.customers = int(customers.size());
    std::vector<double> gaps;
    double spendSum = 0;
    double occasions = 0;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const CustomerSummary &c = customers.at(i);
        if (const QString why = summaryError(c); !why.isEmpty()) {
            *error = u"customer %1: %2"_s.arg(i + 1).arg(why);
            return std::nullopt;
        }
        if (c.frequency > 0) {
            gaps.push_back(c.recency / c.frequency);
            spendSum += c.repeatSpend * c.frequency;
            occasions += c.frequency;
        }
    }
    model.repeatCustomers = int(gaps.size());
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + qsizetype(gaps.size() / 2), gaps.end());
        model.populationGap = gaps[gaps.size() / 2];
        model.meanSpend = spendSum / occasions;
    }
    QString spendError;
    if (const auto spend = fitGammaGamma(customers, &spendError); spend && !spend->atBound) {
        model.hasSpendModel = true;
        model.spend = spend->parameters;
    }
    if (model.repeatCustomers < options.minimumRepeatCustomers) {
        model.fallback = FallbackCause::FewRepeatBuyers;
        return model;
    }
    const auto fit = fitBgNbd(customers, error, options.bgNbd);
    if (!fit)
        return std::nullopt;
    model.bgNbd = fit->parameters;
    model.logLikelihood = fit->logLikelihood;
    model.fallback = fallbackFor(*fit, options);
    return model;
}

FallbackCause fallbackFor(const BgNbdFit &fit, const ChurnFitOptions &options)
{
    if (fit.repeatCustomers < options.minimumRepeatCustomers)
        return FallbackCause::FewRepeatBuyers;
    if (fit.atBound)
        return FallbackCause::ParametersAtBounds;
    if (!fit.converged)
        return FallbackCause::FitDidNotConverge;
    return FallbackCause::None;
}

QString fallbackCauseName(FallbackCause cause)
{
    switch (cause) {
    case FallbackCause::None:
        return u"none"_s;
    case FallbackCause::FewRepeatBuyers:
        return u"few_repeat_buyers"_s;
    case FallbackCause::ParametersAtBounds:
        return u"parameters_at_bounds"_s;
    case FallbackCause::FitDidNotConverge:
        return u"fit_did_not_converge"_s;
    }
    return {};
}

} // namespace gd::churn
