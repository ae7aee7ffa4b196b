// Who should be revisited: the seam between task generation and whatever scores churn risk.
// Today's implementation is VisitGapCandidates ("days since the last visit ÷ the customer's
// own usual gap"); the BG/NBD scorer plugs in behind the same interface.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gd::tasks {

struct RevisitCandidate
{
    QString customerId;
    QString customerName;
    qint64 valueCentsAtStake = 0; // what the store stands to lose: orders the Today page
    // Why, structured so that the UI words it in the guide's language, e.g.
    // {"kind":"visit_gap","usual_gap_days":35,"days_since_visit":80}.
    QJsonObject reason;
};

class RevisitCandidateSource
{
public:
    virtual ~RevisitCandidateSource() = default;
    // Customers of the guide's book most worth a revisit on `today`, most valuable first;
    // at most `limit`. The generator filters out those it handled lately and asks for more
    // than it needs.
    [[nodiscard]] virtual QList<RevisitCandidate> candidates(const QString &guideId,
                                                             const QDate &today, int limit)
        = 0;
};

} // namespace gd::tasks
