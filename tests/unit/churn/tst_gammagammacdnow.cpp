// The Gamma-Gamma spend model against the published CDNOW figures (BTYD: p = 6.25,
// q = 3.74, v = 15.44 on the 946 repeat buyers' mean repeat spend in the calibration period).
#include "cdnowdata.h"
#include "churn/gammagamma.h"

#include <cmath>

using namespace Qt::StringLiterals;
using namespace gd::churn;
using namespace gd::churn::testing;

class TestGammaGammaCdnow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsThePublishedParameters()
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
        const auto fit = fitGammaGamma(summaries, &error);
        QVERIFY2(fit, qPrintable(error));
        const GammaGammaParameters &g = fit->parameters;
        qInfo("p %.6f q %.6f v %.6f LL %.4f on %d buyers", g.p, g.q, g.v, fit->logLikelihood,
              fit->customers);
        QCOMPARE(fit->customers, 946);
        // The published precision: two decimals.
        QVERIFY2(std::abs(g.p - 6.25) <= 0.005, qPrintable(QString::number(g.p, 'g', 8)));
        QVERIFY2(std::abs(g.q - 3.74) <= 0.005, qPrintable(QString::number(g.q, 'g', 8)));
        QVERIFY2(std::abs(g.v - 15.44) <= 0.005, qPrintable(QString::number(g.v, 'g', 8)));
        QVERIFY(!fit->atBound);

        // Conditional expected spend shrinks the own mean towards the population mean.
        const double population = g.p * g.v / (g.q - 1);
        const CustomerSummary once { 1, 10, 30, 100 };
        const CustomerSummary often { 20, 30, 31, 100 };
        const double fewSeen = expectedSpend(g, once);
        const double manySeen = expectedSpend(g, often);
        QVERIFY(fewSeen > population && fewSeen < 100);
        QVERIFY(manySeen > fewSeen && manySeen < 100);
        QCOMPARE(expectedSpend(g, CustomerSummary {}), population);
    }

    void rejectsTooFewBuyers()
    {
        QString error;
        const QList<CustomerSummary> few(5, CustomerSummary { 2, 5, 10, 20 });
        QVERIFY(!fitGammaGamma(few, &error));
        QVERIFY(error.contains(u"at least 10"_s));
        QVERIFY(!fitGammaGamma({ CustomerSummary { 1, 5, 3, 20 } }, &error));
        QVERIFY2(error.contains(u"later than T"_s), qPrintable(error));
        QVERIFY(!fitGammaGamma({ CustomerSummary { 1, 5, 10, -1 } }, &error));
        QVERIFY2(error.contains(u"negative"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGammaGammaCdnow)
#include "tst_gammagammacdnow.moc"
