// The BG/NBD fit and predictions against the published CDNOW figures (Fader, Hardie & Lee
// 2005; BTYD; lifetimes), from the summary file and from the raw purchase log.
#include "cdnowdata.h"
#include "churn/bgnbdfit.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace gd::churn;
using namespace gd::churn::testing;

namespace {

void compareParameters(const BgNbdFit &fit)
{
    const BgNbdParameters &p = fit.parameters;
    qInfo("r %.6f alpha %.6f a %.6f b %.6f LL %.6f (%d evaluations)", p.r, p.alpha, p.a, p.b,
          fit.logLikelihood, fit.evaluations);
    QVERIFY2(std::abs(p.r - 0.2426) <= 0.001, qPrintable(QString::number(p.r, 'g', 10)));
    QVERIFY2(std::abs(p.alpha - 4.4135) <= 0.001, qPrintable(QString::number(p.alpha, 'g', 10)));
    QVERIFY2(std::abs(p.a - 0.7929) <= 0.001, qPrintable(QString::number(p.a, 'g', 10)));
    QVERIFY2(std::abs(p.b - 2.4258) <= 0.001, qPrintable(QString::number(p.b, 'g', 10)));
    QVERIFY2(std::abs(fit.logLikelihood - -9582.43) <= 0.01,
             qPrintable(QString::number(fit.logLikelihood, 'f', 4)));
    QVERIFY(fit.converged);
    QVERIFY(!fit.atBound);
    QCOMPARE(fit.customers, 2357);
    QCOMPARE(fit.repeatCustomers, 946);
}

} // namespace

class TestBgNbdCdnow : public QObject
{
    Q_OBJECT

private:
    BgNbdParameters m_fitted;

private Q_SLOTS:
    void fitsTheSummaryToThePublishedParameters()
    {
        GD_REQUIRE_CDNOW(u"cdnow_customers_summary.csv"_s);
        QString error;
        const auto rows = readSummaryCsv(cdnowFile(u"cdnow_customers_summary.csv"_s), &error);
        QVERIFY2(rows, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        const auto fit = fitBgNbd(summariesOf(*rows), &error);
        qInfo("CDNOW fit: %lld ms", timer.elapsed());
        QVERIFY2(fit, qPrintable(error));
        compareParameters(*fit);
    }

    void fitsTheRawLogToThePublishedParameters()
    {
        GD_REQUIRE_CDNOW(u"cdnowElog.csv"_s);
        QString error;
        const auto log = readPurchaseLogCsv(cdnowFile(u"cdnowElog.csv"_s), &error);
        QVERIFY2(log, qPrintable(error));
        QList<CustomerSummary> summaries;
        for (const LoggedCustomer &customer : *log) {
            CustomerSummary s;
            QVERIFY2(summarisePurchases(customer.purchases, cdnowCalibrationEnd(), TimeUnit::Weeks,
                                        &s, &error),
                     qPrintable(error));
            summaries.append(s);
        }
        const auto fit = fitBgNbd(summaries, &error);
        QVERIFY2(fit, qPrintable(error));
        compareParameters(*fit);
        // The customer-level figures were published from this fit (BTYD, unrounded times).
        m_fitted = fit->parameters;
    }

    void likelihoodAtThePublishedParameters()
    {
        GD_REQUIRE_CDNOW(u"cdnow_customers_summary.csv"_s);
        QString error;
        const auto rows = readSummaryCsv(cdnowFile(u"cdnow_customers_summary.csv"_s), &error);
        QVERIFY2(rows, qPrintable(error));
        // BTYD's estimates to their printed precision: the likelihood there is -9582.43.
        const BgNbdParameters published { 0.2425945, 4.4136019, 0.7929199, 2.4258881 };
        const double ll = totalBgNbdLogLikelihood(published, summariesOf(*rows));
        QVERIFY2(std::abs(ll - -9582.43) <= 0.01, qPrintable(QString::number(ll, 'f', 4)));
    }

    void customerLevelFigures()
    {
        if (!isValid(m_fitted))
            QSKIP("needs the fit of the raw log (fitsTheRawLogToThePublishedParameters)");
        const BgNbdParameters &p = m_fitted;
        // Within 1e-4, relative for figures above 1: the published 25.75659 is not the value
        // at the maximum-likelihood estimate (BTYD's own unrounded estimate gives 25.75736;
        // 25.7565 comes from parameters rounded to three decimals), and a change of 1e-4 in
        // the parameters moves it by about 4e-4.
        const auto near = [](double actual, double expected) {
            qInfo("%.8f (published %.8f)", actual, expected);
            if (std::abs(actual - expected) <= 1e-4 * std::max(1.0, std::abs(expected)))
                return true;
            qWarning("got %.8f, published %.8f", actual, expected);
            return false;
        };
        const CustomerSummary one { 2, 30.43, 38.86, 0 };
        QVERIFY(near(expectedPurchases(p, one, 39), 1.226));
        QVERIFY(near(probabilityAlive(p, one), 0.7266));
        const CustomerSummary regular { 26, 30.85714, 31, 0 };
        QVERIFY(near(expectedPurchases(p, regular, 52), 25.75659));
        QVERIFY(near(probabilityAlive(p, regular), 0.9688523));
        QVERIFY(near(expectedPurchasesNewCustomer(p, 52), 1.444004));
        const double expected[] = { 0.3474606, 0.04283391, 0.004158973, 0.0003583685 };
        for (int i = 0; i < 4; ++i) {
            const CustomerSummary c { 10 + 5 * i, 20, 39, 0 };
            QVERIFY(near(expectedPurchases(p, c, 52), expected[i]));
        }
    }

    void holdoutTotal()
    {
        GD_REQUIRE_CDNOW(u"cdnow_cbs_with_holdout.csv"_s);
        if (!isValid(m_fitted))
            QSKIP("needs the fit of the raw log (fitsTheRawLogToThePublishedParameters)");
        QString error;
        const auto rows = readSummaryCsv(cdnowFile(u"cdnow_cbs_with_holdout.csv"_s), &error);
        QVERIFY2(rows, qPrintable(error));
        double predicted = 0;
        int actual = 0;
        for (const SummaryRow &row : *rows) {
            predicted += expectedPurchases(m_fitted, row.summary, 39);
            actual += row.holdoutPurchases;
        }
        qInfo("holdout: predicted %.1f, actual %d", predicted, actual);
        QCOMPARE(actual, 1882);
        QVERIFY2(std::abs(predicted - 1653) < 5, qPrintable(QString::number(predicted)));
    }
};

QTEST_GUILESS_MAIN(TestBgNbdCdnow)
#include "tst_bgnbdcdnow.moc"
