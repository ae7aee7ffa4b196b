// Every scored customer's churn-risk band as three customer sets, for the segment rule
// "risk_band". Each store's customers are scored with that store's model: the churn_models
// row pulled from the server, or, while none has arrived, a model fitted here on the
// store's own customers (as the revisit tasks do, see ChurnRevisitCandidates), kept for
// the day because a fit at 100k customers takes about a second. Customers who never
// bought have no score and are in no band.
#pragma once

#include "churn/churnmodel.h"
#include "customerset.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::segments {

struct ChurnBandSets
{
    CustomerSet low, medium, high;
    [[nodiscard]] const CustomerSet *band(const QString &name) const;
};

class ChurnBands
{
public:
    // The scores' horizon: the revisit tasks' (ChurnRevisitCandidates::horizonDays).
    static const int horizonDays;

    [[nodiscard]] ChurnBandSets compute(store::Database &db, const QDate &today);

private:
    struct FittedModel
    {
        QDate day;
        std::optional<churn::ChurnModel> model;
    };
    QHash<QString, FittedModel> m_fitted; // by store, models fitted here
};

} // namespace gd::segments
