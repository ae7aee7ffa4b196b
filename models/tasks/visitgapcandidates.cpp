#include "visitgapcandidates.h"

#include "store/database.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::tasks {

VisitGapCandidates::VisitGapCandidates(store::Database &db)
    : m_db(db)
{ }

QList<RevisitCandidate> VisitGapCandidates::candidates(const QString &guideId, const QDate &today,
                                                       int limit)
{
    QList<RevisitCandidate> found;
    if (limit <= 0 || !today.isValid())
        return found;
    // The ratio test in SQL keeps a 100k-customer book to one pass that returns few rows.
    auto q = m_db.prepare(
        u"SELECT id, name, total_spend_cents, visit_count, gap, days_since FROM ("
        " SELECT id, name, total_spend_cents, visit_count,"
        "  (julianday(last_visit_on) - julianday(first_visit_on)) / (visit_count - 1) AS gap,"
        "  julianday(?1) - julianday(last_visit_on) AS days_since"
        " FROM customers WHERE owner_guide_id = ?2 AND deleted = 0 AND visit_count >= 2"
        "  AND last_visit_on IS NOT NULL AND first_visit_on IS NOT NULL)"
        " WHERE gap >= 1 AND days_since >= ?3 * gap"_s);
    q->bindAll(today.toString(Qt::ISODate), guideId, dueRatio);
    while (q->step()) {
        const double gap = q->real(4);
        const qint64 spend = q->int64(2);
        const qint64 visits = q->int64(3);
        RevisitCandidate c;
        c.customerId = q->text(0);
        c.customerName = q->text(1);
        c.valueCentsAtStake = qint64(std::llround(double(spend) / double(visits) * 365.0 / gap));
        c.reason = { { u"kind"_s, u"visit_gap"_s },
                     { u"usual_gap_days"_s, qint64(std::llround(gap)) },
                     { u"days_since_visit"_s, qint64(std::llround(q->real(5))) } };
        found.append(std::move(c));
    }
    std::sort(found.begin(), found.end(), [](const RevisitCandidate &a, const RevisitCandidate &b) {
        if (a.valueCentsAtStake != b.valueCentsAtStake)
            return a.valueCentsAtStake > b.valueCentsAtStake;
        return a.customerId < b.customerId;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace gd::tasks
