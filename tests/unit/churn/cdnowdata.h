// Where the tests find the CDNOW benchmark files (see tests/unit/churn/CMakeLists.txt).
#pragma once

#include "churn/churncsv.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

namespace gd::churn::testing {

inline QString cdnowFile(const QString &name)
{
    return QDir(QString::fromUtf8(GUIDEDESK_CDNOW_DIR)).filePath(name);
}

// The calibration end of the published CDNOW figures: 39 weeks after 1997-01-01.
inline QDate cdnowCalibrationEnd()
{
    return QDate(1997, 9, 30);
}

inline QList<CustomerSummary> summariesOf(const QList<SummaryRow> &rows)
{
    QList<CustomerSummary> summaries;
    summaries.reserve(rows.size());
    for (const SummaryRow &row : rows)
        summaries.append(row.summary);
    return summaries;
}

} // namespace gd::churn::testing

// Skips the test (with the reason) when the data folder is absent.
#define GD_REQUIRE_CDNOW(file)                                                                     \
    do {                                                                                           \
        if (!QFileInfo::exists(gd::churn::testing::cdnowFile(file)))                               \
            QSKIP(qPrintable(                                                                      \
                u"CDNOW data not found at %1 (shared/data/cdnow beside the "                       \
                u"clone, or -DGUIDEDESK_CDNOW_DIR)"_s.arg(gd::churn::testing::cdnowFile(file))));  \
    } while (false)
