// Reading the churn models' input from CSV files: customer summaries (ID, frequency or x,
// recency or t_x, T; optional x_star = holdout purchases) and purchase logs (an id column
// masterid or custid, date YYYYMMDD, sales), as in the CDNOW benchmark files. Used by
// `guidedesk-server fit-churn` and the tests; the app reads its data from the store.
#pragma once

#include "customersummary.h"

#include <QList>
#include <QString>
#include <optional>

namespace gd::churn {

struct SummaryRow
{
    QString id;
    CustomerSummary summary;
    int holdoutPurchases = -1; // x_star, -1 if the file has none
};

// nullopt with `error` (file, line and what is wrong) for a missing file, missing columns,
// a malformed number or an invalid summary (see summaryError).
[[nodiscard]] std::optional<QList<SummaryRow>> readSummaryCsv(const QString &path, QString *error);

struct LoggedCustomer
{
    QString id;
    QList<DatedPurchase> purchases; // in file order
};

// Customers in order of first appearance. nullopt with `error` as above.
[[nodiscard]] std::optional<QList<LoggedCustomer>> readPurchaseLogCsv(const QString &path,
                                                                      QString *error);

} // namespace gd::churn
