#include "churnscorer.h"

#include "store/database.h"
#include "store/statement.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd::churn {

QList<BookCustomer> ChurnScorer::readBook(const QString &ownerGuideId, QDate today) const
{
    QList<BookCustomer> book;
    if (!today.isValid())
        return book;
    const QString sql = u"SELECT id, visit_count, first_visit_on, last_visit_on,"
                        " total_spend_cents FROM customers WHERE deleted = 0 AND visit_count > 0"
                        " AND first_visit_on IS NOT NULL AND last_visit_on IS NOT NULL"_s
        + (ownerGuideId.isEmpty() ? QString() : u" AND owner_guide_id = ?"_s);
    auto q = m_db.prepare(sql);
    if (!ownerGuideId.isEmpty())
        q->bind(1, ownerGuideId);
    const qint64 todayJulian = today.toJulianDay();
    while (q->step()) {
        const QDate first = QDate::fromString(q->text(2), Qt::ISODate);
        const QDate last = QDate::fromString(q->text(3), Qt::ISODate);
        if (!first.isValid() || !last.isValid() || last < first || first > today)
            continue;
        const qint64 visits = q->int64(1);
        BookCustomer customer;
        customer.customerId = q->text(0);
        CustomerSummary &s = customer.summary;
        s.frequency = int(std::min<qint64>(visits - 1, 1000000));
        s.recency = double(first.daysTo(std::min(last, today)));
        s.age = double(todayJulian - first.toJulianDay());
        // The aggregates do not split off the first purchase: the mean over all visits
        // stands in for the mean repeat spend, in yuan.
        s.repeatSpend = s.frequency > 0 ? double(q->int64(4)) / 100.0 / double(visits) : 0;
        if (s.frequency > 0 && s.recency <= 0) // several visits counted on one day
            s.frequency = 0;
        if (s.frequency == 0) {
            s.recency = 0;
            s.repeatSpend = 0;
        }
        if (summaryError(s).isEmpty())
            book.append(customer);
    }
    return book;
}

QList<ChurnRisk> ChurnScorer::score(const ChurnModel &model, const QList<BookCustomer> &book,
                                    int horizonDays)
{
    QList<ChurnRisk> risks;
    risks.reserve(book.size());
    for (const BookCustomer &customer : book)
        risks.append(assessChurnRisk(model, customer.summary, double(horizonDays)));
    return risks;
}

QList<CustomerChurn> ChurnScorer::revisitList(const QList<BookCustomer> &book,
                                              const QList<ChurnRisk> &risks, double atRisk)
{
    QList<CustomerChurn> list;
    if (book.size() != risks.size())
        return list;
    for (const qsizetype i : revisitOrder(risks, atRisk))
        list.append({ book.at(i).customerId, risks.at(i) });
    return list;
}

} // namespace gd::churn
