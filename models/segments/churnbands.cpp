#include "churnbands.h"

#include "churn/churnmodelrow.h"
#include "churn/churnscorer.h"
#include "store/database.h"
#include "tasks/churnrevisitcandidates.h"

using namespace Qt::StringLiterals;

namespace gd::segments {

const int ChurnBands::horizonDays = tasks::ChurnRevisitCandidates::horizonDays;

const CustomerSet *ChurnBandSets::band(const QString &name) const
{
    const auto band = churn::riskBandFromName(name);
    if (!band)
        return nullptr;
    switch (*band) {
    case churn::RiskBand::High:
        return &high;
    case churn::RiskBand::Medium:
        return &medium;
    case churn::RiskBand::Low:
        break;
    }
    return &low;
}

ChurnBandSets ChurnBands::compute(store::Database &db, const QDate &today)
{
    QStringList stores;
    {
        auto q = db.prepare(u"SELECT DISTINCT store_id FROM customers WHERE deleted = 0"_s);
        while (q->step())
            stores << q->text(0);
    }
    ChurnBandSets sets;
    const churn::ChurnScorer scorer(db);
    for (const QString &store : std::as_const(stores)) {
        const QList<churn::BookCustomer> book = scorer.readStore(store, today);
        if (book.isEmpty())
            continue;
        std::optional<churn::ChurnModel> model = churn::readChurnModel(db, store);
        if (!model) {
            FittedModel &fitted = m_fitted[store];
            if (fitted.day != today) {
                QList<churn::CustomerSummary> summaries;
                summaries.reserve(book.size());
                for (const churn::BookCustomer &c : book)
                    summaries.append(c.summary);
                QString error;
                fitted.model = churn::fitChurnModel(summaries, churn::TimeUnit::Days, &error);
                fitted.day = today;
            }
            model = fitted.model;
        }
        if (!model)
            continue;
        const QList<churn::ChurnRisk> risks = churn::ChurnScorer::score(*model, book, horizonDays);
        for (qsizetype i = 0; i < book.size(); ++i) {
            switch (churn::riskBandOf(risks.at(i).riskScore)) {
            case churn::RiskBand::High:
                sets.high.insert(book.at(i).rowId);
                break;
            case churn::RiskBand::Medium:
                sets.medium.insert(book.at(i).rowId);
                break;
            case churn::RiskBand::Low:
                sets.low.insert(book.at(i).rowId);
                break;
            }
        }
    }
    return sets;
}

} // namespace gd::segments
