#include "churnmodelrow.h"

#include "store/database.h"
#include "store/statement.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::churn {

namespace {

FallbackCause causeFromName(const QString &name, bool *known)
{
    *known = true;
    for (const FallbackCause cause :
         { FallbackCause::None, FallbackCause::FewRepeatBuyers, FallbackCause::ParametersAtBounds,
           FallbackCause::FitDidNotConverge })
        if (fallbackCauseName(cause) == name)
            return cause;
    *known = false;
    return FallbackCause::FitDidNotConverge;
}

} // namespace

QString churnModelRowId(const QString &storeId)
{
    return u"churn-"_s + storeId;
}

void writeChurnModel(store::Database &db, const QString &storeId, const ChurnModel &m)
{
    auto q = db.prepare(
        u"INSERT INTO churn_models (id, store_id, r, alpha, a, b, has_spend_model, gg_p, gg_q,"
        " gg_v, mean_spend, population_gap, fallback, customers, repeat_customers,"
        " log_likelihood, fitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " strftime('%Y-%m-%dT%H:%M:%fZ','now')) ON CONFLICT (id) DO UPDATE SET"
        " r = excluded.r, alpha = excluded.alpha, a = excluded.a, b = excluded.b,"
        " has_spend_model = excluded.has_spend_model, gg_p = excluded.gg_p,"
        " gg_q = excluded.gg_q, gg_v = excluded.gg_v, mean_spend = excluded.mean_spend,"
        " population_gap = excluded.population_gap, fallback = excluded.fallback,"
        " customers = excluded.customers, repeat_customers = excluded.repeat_customers,"
        " log_likelihood = excluded.log_likelihood, fitted_at = excluded.fitted_at,"
        " deleted = 0"_s);
    const auto finite = [](double v) {
        return std::isfinite(v) ? v : 0.0;
    };
    q->bindAll(churnModelRowId(storeId), storeId);
    int i = 3;
    for (const double v : { m.bgNbd.r, m.bgNbd.alpha, m.bgNbd.a, m.bgNbd.b })
        q->bind(i++, finite(v));
    q->bind(i++, qint64(m.hasSpendModel ? 1 : 0));
    for (const double v : { m.spend.p, m.spend.q, m.spend.v, m.meanSpend, m.populationGap })
        q->bind(i++, finite(v));
    q->bind(i++, fallbackCauseName(m.fallback));
    q->bind(i++, qint64(m.customers));
    q->bind(i++, qint64(m.repeatCustomers));
    q->bind(i++, finite(m.logLikelihood));
    q->run();
}

std::optional<ChurnModel> readChurnModel(store::Database &db, const QString &storeId)
{
    auto q = db.prepare(u"SELECT r, alpha, a, b, has_spend_model, gg_p, gg_q, gg_v, mean_spend,"
                        " population_gap, fallback, customers, repeat_customers, log_likelihood"
                        " FROM churn_models WHERE store_id = ? AND deleted = 0"_s);
    q->bind(1, storeId);
    if (!q->step())
        return std::nullopt;
    ChurnModel m;
    m.unit = TimeUnit::Days;
    m.bgNbd = { q->real(0), q->real(1), q->real(2), q->real(3) };
    m.hasSpendModel = q->int64(4) != 0;
    m.spend = { q->real(5), q->real(6), q->real(7) };
    m.meanSpend = q->real(8);
    m.populationGap = q->real(9);
    bool known = false;
    m.fallback = causeFromName(q->text(10), &known);
    m.customers = q->integer(11);
    m.repeatCustomers = q->integer(12);
    m.logLikelihood = q->real(13);
    if (!known || (!m.usesFallback() && !isValid(m.bgNbd)) || !std::isfinite(m.meanSpend)
        || m.meanSpend < 0 || !std::isfinite(m.populationGap) || m.populationGap < 0)
        return std::nullopt;
    if (m.hasSpendModel && !isValid(m.spend))
        m.hasSpendModel = false;
    return m;
}

} // namespace gd::churn
