#include "churnscorer.h"

#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::churn {

QList<BookCustomer> ChurnScorer::readBook(const QString &ownerGuideId, QDate today) const
{
    return read(u"owner_guide_id"_s, ownerGuideId, today);
}

QList<BookCustomer> ChurnScorer::readStore(const QString &storeId, QDate today) const
{
    return read(u"store_id"_s, storeId, today);
}

QList<BookCustomer> ChurnScorer::read(const QString &column, const QString &value,
                                      QDate today) const
{
    QList<BookCustomer> book;
    if (!today.isValid())
        return book;
    // Day counts come from SQLite's date arithmetic (no date parsing per row here). Rows
    // whose dates are inconsistent (last before first, first after today) are left out.
    const QString sql
        = u"SELECT id, visit_count, julianday(last_visit_on) - julianday(first_visit_on),"
          " julianday(?1) - julianday(first_visit_on), total_spend_cents, rowid FROM customers"
          " WHERE deleted = 0 AND visit_count > 0 AND last_visit_on >= first_visit_on"
          " AND first_visit_on <= ?1"_s
        + (value.isEmpty() ? QString() : u" AND %1 = ?2"_s.arg(column));
    auto q = m_db.prepare(sql);
    q->bind(1, today.toString(Qt::ISODate));
    if (!value.isEmpty())
        q->bind(2, value);
    while (q->step()) {
        const qint64 visits = q->int64(1);
        BookCustomer customer;
        customer.customerId = q->text(0);
        customer.rowId = q->int64(5);
        CustomerSummary &s = customer.summary;
        s.frequency = int(std::min<qint64>(visits - 1, 1000000));
        s.age = std::round(q->real(3));
        s.recency = std::min(std::round(q->real(2)), s.age);
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
