// Revisit candidates from the purchase aggregates on each customer: a customer who usually
// comes every G days (first to last visit over visits − 1) and has not come for D days is
// due when D ≥ 1.5·G. The value at stake is a year of their spend at their own pace
// (average ticket × 365 / G). Customers with fewer than two visits have no usual gap and are
// left to the churn scorer.
#pragma once

#include "revisitcandidatesource.h"

namespace gd::store {
class Database;
}

namespace gd::tasks {

class VisitGapCandidates : public RevisitCandidateSource
{
public:
    explicit VisitGapCandidates(store::Database &db);
    static constexpr double dueRatio = 1.5;

    [[nodiscard]] QList<RevisitCandidate> candidates(const QString &guideId, const QDate &today,
                                                     int limit) override;

private:
    store::Database &m_db;
};

} // namespace gd::tasks
