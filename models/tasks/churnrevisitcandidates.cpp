#include "churnrevisitcandidates.h"

#include "churn/churnmodelrow.h"
#include "churn/churnscorer.h"
#include "store/database.h"

#include <QHash>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::tasks {

namespace {

QString whyName(churn::ChurnReasonKind kind)
{
    switch (kind) {
    case churn::ChurnReasonKind::TooEarly:
        return u"too_early"_s;
    case churn::ChurnReasonKind::OneTimeBuyer:
        return u"one_time"_s;
    case churn::ChurnReasonKind::OverdueVsUsualGap:
        return u"overdue"_s;
    case churn::ChurnReasonKind::Slowing:
        return u"slowing"_s;
    case churn::ChurnReasonKind::OnTrack:
        break;
    }
    return u"on_track"_s;
}

} // namespace

QJsonObject churnReasonJson(const churn::ChurnReason &reason, double riskScore, bool fallback)
{
    return { { u"kind"_s, u"churn"_s },
             { u"why"_s, whyName(reason.kind) },
             { u"usual_gap_days"_s, qRound(reason.usualGapDays) },
             { u"days_since_visit"_s, qRound(reason.daysSinceLastPurchase) },
             { u"expected_purchases"_s, std::round(reason.expectedPurchases * 10) / 10 },
             { u"horizon_days"_s, qRound(reason.horizonDays) },
             { u"risk_percent"_s, qRound(riskScore * 100) },
             { u"fallback"_s, fallback } };
}

ChurnRevisitCandidates::ChurnRevisitCandidates(store::Database &db)
    : m_db(db)
{ }

void ChurnRevisitCandidates::loadModel(const QString &storeId, const QDate &today)
{
    if (auto pulled = churn::readChurnModel(m_db, storeId)) {
        m_model = pulled;
        m_fittedHere = false;
    } else if (m_modelStore != storeId || m_modelDay != today || !m_fittedHere) {
        // No model from the server yet: fit one on this store's customers, once a day.
        QList<churn::CustomerSummary> summaries;
        for (const churn::BookCustomer &c : churn::ChurnScorer(m_db).readStore(storeId, today))
            summaries.append(c.summary);
        QString error;
        m_model = summaries.isEmpty()
            ? std::nullopt
            : churn::fitChurnModel(summaries, churn::TimeUnit::Days, &error);
        m_fittedHere = m_model.has_value();
    }
    m_modelStore = storeId;
    m_modelDay = today;
}

QList<RevisitCandidate> ChurnRevisitCandidates::candidates(const QString &guideId,
                                                           const QDate &today, int limit)
{
    QString storeId;
    {
        auto guide = m_db.prepare(u"SELECT store_id FROM guides WHERE id = ?"_s);
        guide->bind(1, guideId);
        if (!guide->step())
            return {};
        storeId = guide->text(0);
    }
    loadModel(storeId, today);
    if (!m_model)
        return {};
    const churn::ChurnScorer scorer(m_db);
    const QList<churn::BookCustomer> book = scorer.readBook(guideId, today);
    const QList<churn::ChurnRisk> risks = churn::ChurnScorer::score(*m_model, book, horizonDays);
    const QList<churn::CustomerChurn> atRisk = churn::ChurnScorer::revisitList(book, risks);
    QList<RevisitCandidate> out;
    auto name = m_db.prepare(u"SELECT name FROM customers WHERE id = ?"_s);
    for (const churn::CustomerChurn &c : atRisk) {
        if (out.size() >= limit)
            break;
        name->bind(1, c.customerId);
        const QString customerName = name->step() ? name->text(0) : QString();
        name->reset();
        out.append({ c.customerId, customerName, qRound64(c.risk.valueAtStake * 100),
                     churnReasonJson(c.risk.reason, c.risk.riskScore, c.risk.fallback) });
    }
    return out;
}

} // namespace gd::tasks
