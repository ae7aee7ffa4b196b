// Acceptance: on the CDNOW calibration/holdout split (target: no purchase in the 39-week
// holdout) the engine's risk score must rank at least as well as "days since last
// purchase", for all customers and for repeat buyers only. AUC is the Mann–Whitney
// statistic (ties count one half), computed from ranks.
#include "cdnowdata.h"
#include "churn/churnrisk.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace gd::churn;
using namespace gd::churn::testing;

namespace {

// P(score of a positive > score of a negative) + ½ P(tie).
double areaUnderCurve(const QList<double> &scores, const QList<bool> &positive)
{
    QList<qsizetype> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype l, qsizetype r) { return scores.at(l) < scores.at(r); });
    double rankSum = 0;
    double positives = 0;
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j < order.size() && scores.at(order.at(j)) == scores.at(order.at(i)))
            ++j;
        const double rank = double(i + 1 + j) / 2; // the mean of ranks i+1 … j
        for (qsizetype k = i; k < j; ++k)
            if (positive.at(order.at(k))) {
                rankSum += rank;
                positives += 1;
            }
        i = j;
    }
    const double negatives = double(scores.size()) - positives;
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

} // namespace

class TestChurnAuc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aucOfASmallCase()
    {
        // Perfect, reversed and tied rankings.
        QCOMPARE(areaUnderCurve({ 1, 2, 3, 4 }, { false, false, true, true }), 1.0);
        QCOMPARE(areaUnderCurve({ 1, 2, 3, 4 }, { true, true, false, false }), 0.0);
        QCOMPARE(areaUnderCurve({ 1, 1, 1, 1 }, { true, false, true, false }), 0.5);
        QCOMPARE(areaUnderCurve({ 1, 3, 2, 4 }, { false, true, false, true }), 1.0);
        QCOMPARE(areaUnderCurve({ 1, 3, 2, 4 }, { false, false, true, true }), 0.75);
    }

    void riskScoreRanksBetterThanDaysSinceLastPurchase()
    {
        GD_REQUIRE_CDNOW(u"cdnow_cbs_with_holdout.csv"_s);
        QString error;
        const auto rows = readSummaryCsv(cdnowFile(u"cdnow_cbs_with_holdout.csv"_s), &error);
        QVERIFY2(rows, qPrintable(error));
        QList<CustomerSummary> calibration = summariesOf(*rows);
        // The model is fitted on the calibration period only; the holdout is the truth.
        const auto model = fitChurnModel(calibration, TimeUnit::Weeks, &error);
        QVERIFY2(model, qPrintable(error));
        QVERIFY(!model->usesFallback());
        double results[2][2] = {};
        for (const bool repeatOnly : { false, true }) {
            QList<double> engine, baseline;
            QList<bool> lapsed;
            for (const SummaryRow &row : *rows) {
                if (repeatOnly && row.summary.frequency == 0)
                    continue;
                engine.append(assessChurnRisk(*model, row.summary, 39).riskScore);
                baseline.append(row.summary.age - row.summary.recency);
                lapsed.append(row.holdoutPurchases == 0);
            }
            results[repeatOnly][0] = areaUnderCurve(engine, lapsed);
            results[repeatOnly][1] = areaUnderCurve(baseline, lapsed);
        }
        qInfo("AUC all customers: engine %.4f, days since last purchase %.4f", results[0][0],
              results[0][1]);
        qInfo("AUC repeat buyers: engine %.4f, days since last purchase %.4f", results[1][0],
              results[1][1]);
        // The baseline as published (README): about 0.771 and 0.712.
        QVERIFY(std::abs(results[0][1] - 0.771) < 0.005);
        QVERIFY(std::abs(results[1][1] - 0.712) < 0.005);
        QVERIFY2(results[0][0] >= results[0][1], "the engine ranks worse than the baseline");
        QVERIFY2(results[1][0] >= results[1][1],
                 "the engine ranks repeat buyers worse than the baseline");
    }
};

QTEST_GUILESS_MAIN(TestChurnAuc)
#include "tst_churnauc.moc"
