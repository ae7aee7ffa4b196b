// Churn risk for a guide's book, offline, from the local store: each customer's summary
// comes from the purchase aggregates on `customers` (visit_count, first_visit_on,
// last_visit_on, total_spend_cents), so no purchase rows are read. visit_count counts
// purchase days (the purchase write paths and the demo generator keep one purchase a day;
// same-day purchases are one occasion), so x = visit_count − 1. The model comes from the
// caller: the store's fitted parameters, or fitChurnModel on these same summaries.
//
// Public API for the task list / Today page:
//   ChurnScorer scorer(db);
//   auto model = readChurnModel(db, storeId);           // churnmodelrow.h: pulled from the server
//   auto book = scorer.readBook(guideId, today);        // summaries (also to fit a model)
//   auto risks = scorer.score(model, book, 90);         // one ChurnRisk per customer
//   auto revisit = ChurnScorer::revisitList(book, risks); // at-risk, by value at stake
#pragma once

#include "churnrisk.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::churn {

struct BookCustomer
{
    QString customerId;
    qint64 rowId = 0; // the customers row (what segment sets are keyed by)
    CustomerSummary summary; // in days, as of the `today` given to readBook
};

struct CustomerChurn
{
    QString customerId;
    ChurnRisk risk;
};

class ChurnScorer
{
public:
    explicit ChurnScorer(store::Database &db)
        : m_db(db)
    { }

    // The customers owned by `ownerGuideId` (everyone's if empty) who have bought at least
    // once, not deleted, as of `today`. Rows whose aggregates are inconsistent (a last visit
    // before the first, a first visit after today) are skipped, not guessed.
    [[nodiscard]] QList<BookCustomer> readBook(const QString &ownerGuideId, QDate today) const;
    // The same for a whole store (what the server fits the store's model on).
    [[nodiscard]] QList<BookCustomer> readStore(const QString &storeId, QDate today) const;

    // One risk per customer, same order; `model` must be in days. Pure (no store access).
    [[nodiscard]] static QList<ChurnRisk> score(const ChurnModel &model,
                                                const QList<BookCustomer> &book, int horizonDays);

    // At-risk customers (risk ≥ atRisk) by value at stake, highest first.
    [[nodiscard]] static QList<CustomerChurn> revisitList(const QList<BookCustomer> &book,
                                                          const QList<ChurnRisk> &risks,
                                                          double atRisk = 0.5);

private:
    // `column` is one of ours (owner_guide_id, store_id), never from input.
    [[nodiscard]] QList<BookCustomer> read(const QString &column, const QString &value,
                                           QDate today) const;

    store::Database &m_db;
};

} // namespace gd::churn
