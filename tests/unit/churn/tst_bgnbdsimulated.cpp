// The fit recovers known parameters from customers simulated by the BG/NBD process itself,
// in weeks (continuous times, as CDNOW) and in whole days (as the app sees its customers).
#include "churn/bgnbdfit.h"
#include "churn/bgnbdsimulation.h"

#include <QTest>
#include <cmath>

using namespace gd::churn;

namespace {

// Relative error; the sampling error of a and b (the drop-out Beta) is the largest.
double relativeError(double actual, double expected)
{
    return std::abs(actual - expected) / expected;
}

} // namespace

class TestBgNbdSimulated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversTheParameters_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("maximumAge");
        QTest::addColumn<bool>("wholeDays");
        QTest::addColumn<double>("dropoutTolerance");
        // Relative tolerances. The purchase rate's (r, α) is 10 %. The drop-out Beta's
        // spread (a and b separately) is weakly identified where customers buy rarely: with
        // 8,000 CDNOW-like customers its sampling error is about 30 % (it shrinks with more
        // customers: 0.846 / 2.616 at 40,000), while its mean a / (a + b) stays within 5 %.
        QTest::newRow("weeks, CDNOW-like") << 0.25 << 4.0 << 0.8 << 2.5 << 78.0 << false << 0.4;
        // A store, in days: buyers every few months, a quarter lapse after each visit.
        QTest::newRow("days") << 0.8 << 60.0 << 0.5 << 1.5 << 730.0 << true << 0.15;
        // Loyal customers: rarely drop out (small a / (a + b)).
        QTest::newRow("days, loyal") << 1.5 << 30.0 << 0.3 << 6.0 << 365.0 << true << 0.15;
    }

    void recoversTheParameters()
    {
        QFETCH(double, r);
        QFETCH(double, alpha);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, maximumAge);
        QFETCH(bool, wholeDays);
        QFETCH(double, dropoutTolerance);
        SimulationSetting setting;
        setting.parameters = { r, alpha, a, b };
        setting.customers = 8000;
        setting.minimumAge = maximumAge / 3;
        setting.maximumAge = maximumAge;
        setting.wholeTimeUnits = wholeDays;
        setting.seed = 20261202;
        const QList<CustomerSummary> customers = simulateBgNbd(setting);
        QString error;
        const auto fit = fitBgNbd(customers, &error);
        QVERIFY2(fit, qPrintable(error));
        const BgNbdParameters &p = fit->parameters;
        qInfo("true r %.3f alpha %.3f a %.3f b %.3f; fitted %.3f %.3f %.3f %.3f", r, alpha, a, b,
              p.r, p.alpha, p.a, p.b);
        QVERIFY(fit->converged);
        QVERIFY(!fit->atBound);
        QVERIFY2(relativeError(p.r, r) < 0.1, "r");
        QVERIFY2(relativeError(p.alpha, alpha) < 0.1, "alpha");
        QVERIFY2(relativeError(p.a / (p.a + p.b), a / (a + b)) < 0.05, "mean drop-out a / (a + b)");
        QVERIFY2(relativeError(p.a, a) < dropoutTolerance, "a");
        QVERIFY2(relativeError(p.b, b) < dropoutTolerance, "b");
        // The fitted model beats the truth on the likelihood (it is the maximum) but not by
        // much: a few units per parameter.
        const double atTruth = totalBgNbdLogLikelihood(setting.parameters, customers);
        QVERIFY(fit->logLikelihood >= atTruth - 1e-6);
        QVERIFY2(fit->logLikelihood - atTruth < 20, qPrintable(QString::number(atTruth)));
    }

    void differentSeedsGiveDifferentCustomers()
    {
        SimulationSetting setting;
        setting.parameters = { 0.5, 10, 0.7, 2 };
        setting.customers = 200;
        const auto first = simulateBgNbd(setting);
        QCOMPARE(simulateBgNbd(setting).size(), 200);
        QCOMPARE(simulateBgNbd(setting).at(17).recency, first.at(17).recency);
        setting.seed = 2;
        const auto other = simulateBgNbd(setting);
        int same = 0;
        for (int i = 0; i < 200; ++i)
            same += other.at(i).age == first.at(i).age ? 1 : 0;
        QVERIFY(same < 5);
    }
};

QTEST_GUILESS_MAIN(TestBgNbdSimulated)
#include "tst_bgnbdsimulated.moc"
