// Revisit candidates from the churn engine: the store's churn model (pulled from the server,
// or fitted here on the store's own customers when none has arrived — a demo store, or a
// first day offline), the guide's book scored offline, and the at-risk customers ordered by
// value at stake. The reason travels as numbers ({"kind":"churn", "why": "overdue", ...})
// for the Today page to word.
#pragma once

#include "churn/churnrisk.h"
#include "revisitcandidatesource.h"

#include <optional>

namespace gd::store {
class Database;
}

namespace gd::tasks {

class ChurnRevisitCandidates : public RevisitCandidateSource
{
public:
    explicit ChurnRevisitCandidates(store::Database &db);
    static constexpr int horizonDays = 90;

    [[nodiscard]] QList<RevisitCandidate> candidates(const QString &guideId, const QDate &today,
                                                     int limit) override;

    // The model the last call scored with (for tests and the about box).
    [[nodiscard]] const std::optional<churn::ChurnModel> &model() const { return m_model; }
    [[nodiscard]] bool modelFittedHere() const { return m_fittedHere; }

private:
    void loadModel(const QString &storeId, const QDate &today);

    store::Database &m_db;
    std::optional<churn::ChurnModel> m_model;
    QString m_modelStore;
    QDate m_modelDay;
    bool m_fittedHere = false;
};

// The reason of a churn risk as the task stores it (see the header comment).
[[nodiscard]] QJsonObject churnReasonJson(const churn::ChurnReason &reason, double riskScore,
                                          bool fallback);

} // namespace gd::tasks
