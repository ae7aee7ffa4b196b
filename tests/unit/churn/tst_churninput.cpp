// The churn engine's edges: summaries from dated purchases, junk input on every entry point
// (clear errors, no crash), 2F1 against closed forms, the fallback on thin data, reasons
// and the revisit order.
#include "churn/bgnbdfit.h"
#include "churn/bgnbdsimulation.h"
#include "churn/churncsv.h"
#include "churn/churnrisk.h"
#include "churn/hypergeometric.h"
#include "churn/newtonpolish.h"
#include "demo/demorandom.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace gd::churn;

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

QList<CustomerSummary> storeCustomers(int count, std::uint64_t seed)
{
    SimulationSetting setting;
    setting.parameters = { 0.8, 60, 0.5, 1.5 };
    setting.customers = count;
    setting.minimumAge = 200;
    setting.maximumAge = 730;
    setting.wholeTimeUnits = true;
    setting.seed = seed;
    QList<CustomerSummary> customers = simulateBgNbd(setting);
    // Spend from the Gamma-Gamma process (p = 4, q = 3, γ = 100): a mean of x Gamma(p, ν)
    // occasions is Gamma(p x, ν x), ν ~ Gamma(q, γ).
    gd::demo::DemoRandom random(seed + 1);
    for (CustomerSummary &c : customers) {
        const double nu = random.gamma(3, 1.0 / 100);
        const double mean = random.gamma(4.0 * c.frequency + 1e-9, 1 / (nu * c.frequency + 1e-9));
        c.repeatSpend = c.frequency > 0 ? mean : 0;
    }
    return customers;
}

} // namespace

class TestChurnInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarisesDatedPurchases()
    {
        const QDate d(2026, 1, 1);
        QString error;
        CustomerSummary s;
        // Two purchases on one day are one occasion; the one after the end is ignored.
        QVERIFY(summarisePurchases({ { d.addDays(10), 50 },
                                     { d, 100 },
                                     { d.addDays(10), 30 },
                                     { d.addDays(24), 20 },
                                     { d.addDays(100), 999 } },
                                   d.addDays(30), TimeUnit::Days, &s, &error));
        QCOMPARE(s.frequency, 2);
        QCOMPARE(s.recency, 24.0);
        QCOMPARE(s.age, 30.0);
        QCOMPARE(s.repeatSpend, 50.0); // (80 + 20) / 2
        QVERIFY(summarisePurchases({ { d, 10 } }, d.addDays(14), TimeUnit::Weeks, &s, &error));
        QCOMPARE(s.frequency, 0);
        QCOMPARE(s.recency, 0.0);
        QCOMPARE(s.age, 2.0);
        QCOMPARE(occasionsBetween({ { d, 1 }, { d.addDays(3), 1 }, { d.addDays(3), 1 } }, d,
                                  d.addDays(5)),
                 1);
    }

    void rejectsJunkPurchases()
    {
        const QDate d(2026, 1, 1);
        QString error;
        CustomerSummary s;
        QVERIFY(!summarisePurchases({}, d, TimeUnit::Days, &s, &error));
        QVERIFY(error.contains(u"no purchase"_s));
        QVERIFY(!summarisePurchases({ { d.addDays(1), 1 } }, d, TimeUnit::Days, &s, &error));
        QVERIFY(!summarisePurchases({ { QDate(), 1 } }, d, TimeUnit::Days, &s, &error));
        QVERIFY(error.contains(u"date"_s));
        QVERIFY(!summarisePurchases({ { d, -5 } }, d, TimeUnit::Days, &s, &error));
        QVERIFY(!summarisePurchases({ { d, notANumber } }, d, TimeUnit::Days, &s, &error));
        QVERIFY(error.contains(u"amount"_s));
        QVERIFY(!summarisePurchases({ { d, 1 } }, QDate(), TimeUnit::Days, &s, &error));
    }

    void rejectsJunkSummaries_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<double>("tx");
        QTest::addColumn<double>("age");
        QTest::addColumn<double>("spend");
        QTest::addColumn<QString>("says");
        QTest::newRow("negative x") << -1 << 0.0 << 10.0 << 0.0 << u"negative"_s;
        QTest::newRow("negative T") << 0 << 0.0 << -3.0 << 0.0 << u"negative"_s;
        QTest::newRow("NaN t_x") << 1 << notANumber << 10.0 << 0.0 << u"finite"_s;
        QTest::newRow("infinite T") << 1 << 1.0 << infinity << 0.0 << u"finite"_s;
        QTest::newRow("t_x after T") << 2 << 11.0 << 10.0 << 0.0 << u"later than T"_s;
        QTest::newRow("x > 0, t_x = 0") << 3 << 0.0 << 10.0 << 0.0 << u"need t_x > 0"_s;
        QTest::newRow("x = 0, t_x > 0") << 0 << 4.0 << 10.0 << 0.0 << u"x = 0"_s;
        QTest::newRow("negative spend") << 1 << 4.0 << 10.0 << -2.0 << u"negative"_s;
    }

    void rejectsJunkSummaries()
    {
        QFETCH(int, x);
        QFETCH(double, tx);
        QFETCH(double, age);
        QFETCH(double, spend);
        QFETCH(QString, says);
        const CustomerSummary junk { x, tx, age, spend };
        QVERIFY(summaryError(junk).contains(says));
        QList<CustomerSummary> customers = storeCustomers(300, 7);
        customers.insert(120, junk);
        QString error;
        QVERIFY(!fitBgNbd(customers, &error));
        QVERIFY2(error.startsWith(u"customer 121: "_s), qPrintable(error));
        QVERIFY(!fitChurnModel(customers, TimeUnit::Days, &error));
        QVERIFY(error.contains(says));
    }

    void rejectsEmptyInput()
    {
        QString error;
        QVERIFY(!fitBgNbd({}, &error));
        QVERIFY(error.contains(u"no customers"_s));
        QVERIFY(!fitChurnModel({}, TimeUnit::Days, &error));
        QVERIFY(!fitGammaGamma({}, &error));
        BgNbdFitOptions bad;
        bad.lowerBound = 0;
        QVERIFY(!fitBgNbd(storeCustomers(10, 1), &error, bad));
        QVERIFY(error.contains(u"bounds"_s));
    }

    void rejectsJunkFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!readSummaryCsv(dir.filePath(u"missing.csv"_s), &error));
        QVERIFY(error.contains(u"cannot read"_s));
        QVERIFY(!readSummaryCsv(writeFile(dir, u"empty.csv"_s, ""), &error));
        QVERIFY(error.contains(u"empty"_s));
        QVERIFY(!readSummaryCsv(writeFile(dir, u"cols.csv"_s, "ID,a,b\n1,2,3\n"), &error));
        QVERIFY(error.contains(u"columns"_s));
        QVERIFY(!readSummaryCsv(writeFile(dir, u"notANumber.csv"_s, "ID,x,t_x,T\n1,1,abc,3\n"),
                                &error));
        QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
        QVERIFY(!readSummaryCsv(writeFile(dir, u"frac.csv"_s, "ID,x,t_x,T\n1,1.5,1,3\n"), &error));
        QVERIFY(error.contains(u"whole"_s));
        QVERIFY(!readSummaryCsv(writeFile(dir, u"bad.csv"_s, "ID,x,t_x,T\n1,1,0,3\n2,0,0,1\n"),
                                &error));
        QVERIFY(error.contains(u"line 2"_s) && error.contains(u"t_x > 0"_s));
        QVERIFY(!readSummaryCsv(writeFile(dir, u"header.csv"_s, "ID,x,t_x,T\n"), &error));
        QVERIFY(error.contains(u"no customers"_s));
        const auto ok = readSummaryCsv(
            writeFile(dir, u"ok.csv"_s, "ID,frequency,recency,T\r\n7,1,2.5,3\r\n\r\n8,0,0,4\r\n"),
            &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->size(), 2);
        QCOMPARE(ok->at(1).id, u"8"_s);
        QCOMPARE(ok->at(0).summary.recency, 2.5);

        QVERIFY(!readPurchaseLogCsv(writeFile(dir, u"l1.csv"_s, "who,date\n1,19970101\n"), &error));
        QVERIFY(error.contains(u"masterid"_s));
        QVERIFY(!readPurchaseLogCsv(
            writeFile(dir, u"l2.csv"_s, "custid,date,sales\n1,1997-01-01,3\n"), &error));
        QVERIFY(error.contains(u"YYYYMMDD"_s));
        QVERIFY(!readPurchaseLogCsv(
            writeFile(dir, u"l3.csv"_s, "custid,date,sales\n1,19970101,-3\n"), &error));
        QVERIFY(error.contains(u"negative"_s));
        QVERIFY(!readPurchaseLogCsv(writeFile(dir, u"l4.csv"_s, "custid,date,sales\n,19970101,3\n"),
                                    &error));
        const auto log = readPurchaseLogCsv(
            writeFile(dir, u"l5.csv"_s,
                      "custid,date,sales\n9,19970101,3\n4,19970102,1\n9,19970105,2\n"),
            &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).id, u"9"_s);
        QCOMPARE(log->at(0).purchases.size(), 2);
    }

    void hypergeometricMatchesClosedForms()
    {
        for (const double z : { 0.0, 0.1, 0.5, 0.74, 0.76, 0.9, 0.99, 0.999 }) {
            // 2F1(1, 1; 2; z) = -ln(1 - z) / z; 2F1(a, b; b; z) = (1 - z)^-a (c - a - b
            // integer: the direct series), 2F1(0.5, 1; 1.5; z) = atanh(√z) / √z.
            const double log = z == 0 ? 1 : -std::log1p(-z) / z;
            QVERIFY(std::abs(hypergeometric2F1(1, 1, 2, z) - log) <= 1e-10 * log);
            const double power = std::pow(1 - z, -0.7);
            QVERIFY(std::abs(hypergeometric2F1(0.7, 2.3, 2.3, z) - power) <= 1e-10 * power);
            const double root = std::sqrt(z);
            const double atanh = z == 0 ? 1 : std::atanh(root) / root;
            QVERIFY(std::abs(hypergeometric2F1(0.5, 1, 1.5, z) - atanh) <= 1e-10 * atanh);
        }
        // The transformation near z = 1 agrees with the (slow) direct series, with the
        // kind of arguments the BG/NBD gives (c − a − b = a − 1 − r − x, not an integer).
        for (const double z : { 0.8, 0.9, 0.95, 0.99 }) {
            const double transformed = hypergeometric2F1(2.2426, 4.4259, 4.2188, z);
            const double direct = hypergeometric2F1Series(2.2426, 4.4259, 4.2188, z, 10000000);
            QVERIFY2(
                std::abs(transformed - direct) <= 1e-9 * std::abs(direct),
                qPrintable(u"%1 vs %2"_s.arg(transformed, 0, 'g', 16).arg(direct, 0, 'g', 16)));
        }
        QVERIFY(std::isnan(hypergeometric2F1(1, 1, 2, 1)));
        QVERIFY(std::isnan(hypergeometric2F1(1, 1, 2, -0.1)));
        QVERIFY(std::isnan(hypergeometric2F1(1, 1, -2, 0.5)));
        QVERIFY(std::isnan(hypergeometric2F1(notANumber, 1, 2, 0.5)));
    }

    void minimisersFindKnownMinima()
    {
        // Rosenbrock's valley, minimum at (1, 1); and a bowl whose minimum (3, −2) lies
        // outside the box [−1, 2]²: the answer is the box's corner (2, −1).
        const Objective valley = [](const std::vector<double> &v) {
            return 100 * std::pow(v[1] - v[0] * v[0], 2) + std::pow(1 - v[0], 2);
        };
        const std::vector<double> wide { -5, -5 }, wider { 5, 5 };
        const SimplexResult simplex = minimiseInBox(valley, { -1.2, 1 }, wide, wider);
        QVERIFY(simplex.converged);
        QVERIFY(std::abs(simplex.point[0] - 1) < 1e-6 && std::abs(simplex.point[1] - 1) < 1e-6);
        const SimplexResult newton = polishWithNewton(valley, { 0.9, 0.8 }, wide, wider);
        QVERIFY(newton.converged);
        QVERIFY(std::abs(newton.point[0] - 1) < 1e-6 && std::abs(newton.point[1] - 1) < 1e-6);
        QVERIFY(newton.evaluations < simplex.evaluations);

        const Objective bowl = [](const std::vector<double> &v) {
            return std::pow(v[0] - 3, 2) + std::pow(v[1] + 2, 2);
        };
        const std::vector<double> lower { -1, -1 }, upper { 2, 2 };
        const SimplexResult boxed = minimiseInBox(bowl, { 0, 0 }, lower, upper);
        QVERIFY(std::abs(boxed.point[0] - 2) < 1e-6 && std::abs(boxed.point[1] + 1) < 1e-6);
        // Non-finite values are avoided, not followed.
        const Objective holed = [](const std::vector<double> &v) {
            return v[0] < 0.5 ? std::numeric_limits<double>::quiet_NaN() : std::pow(v[0] - 1, 2);
        };
        const SimplexResult avoided = minimiseInBox(holed, { 2 }, { -5 }, { 5 });
        QVERIFY(std::abs(avoided.point[0] - 1) < 1e-6);
    }

    void predictionsAreConsistent()
    {
        const BgNbdParameters p { 0.8, 60, 0.5, 1.5 };
        const CustomerSummary recent { 5, 300, 310, 0 }, gone { 5, 100, 700, 0 };
        QVERIFY(probabilityAlive(p, recent) > probabilityAlive(p, gone));
        QVERIFY(expectedPurchases(p, recent, 90) > expectedPurchases(p, gone, 90));
        QCOMPARE(expectedPurchases(p, recent, 0), 0.0);
        QCOMPARE(probabilityAlive(p, CustomerSummary { 0, 0, 500, 0 }), 1.0);
        // Long histories neither overflow nor underflow.
        const CustomerSummary heavy { 5000, 700, 730, 0 };
        QVERIFY(std::isfinite(bgNbdLogLikelihood(p, heavy)));
        QVERIFY(std::isfinite(probabilityAlive(p, heavy)));
        // a = 1 (the formula's 0/0) is continuous with its neighbours.
        const double at = expectedPurchases({ 0.8, 60, 1, 1.5 }, recent, 90);
        const double near = expectedPurchases({ 0.8, 60, 1.001, 1.5 }, recent, 90);
        QVERIFY(std::isfinite(at) && std::abs(at - near) < 1e-2);
        const double none = probabilityNoPurchase(p, recent, 90);
        QVERIFY(none > 0 && none < 1);
        QVERIFY(probabilityNoPurchase(p, recent, 30) > none);
        // The shared-work prediction agrees with the separate formulas.
        for (const CustomerSummary &c : { recent, gone, heavy, CustomerSummary { 0, 0, 40, 0 } }) {
            const BgNbdPrediction all = predictBgNbd(p, c, 90);
            QCOMPARE(all.probabilityAlive, probabilityAlive(p, c));
            QVERIFY(qFuzzyCompare(all.expectedPurchases, expectedPurchases(p, c, 90)));
            QVERIFY(qFuzzyCompare(all.probabilityNoPurchase, probabilityNoPurchase(p, c, 90)));
            QVERIFY(qFuzzyCompare(all.expectedRateNow, expectedRateNow(p, c)));
        }
    }

    void fallsBackOnThinData()
    {
        QString error;
        // 150 customers: fewer than 200 repeat buyers.
        const auto thin = fitChurnModel(storeCustomers(150, 3), TimeUnit::Days, &error);
        QVERIFY2(thin, qPrintable(error));
        QCOMPARE(thin->fallback, FallbackCause::FewRepeatBuyers);
        QCOMPARE(fallbackCauseName(thin->fallback), u"few_repeat_buyers"_s);
        QVERIFY(thin->populationGap > 0);
        // Own gap 30 days: 90 days since the last purchase is three gaps, 0.75 risk.
        const ChurnRisk overdue = assessChurnRisk(*thin, { 4, 120, 210, 400 }, 90);
        QVERIFY(overdue.fallback);
        QCOMPARE(overdue.riskScore, 0.75);
        QCOMPARE(overdue.reason.kind, ChurnReasonKind::OverdueVsUsualGap);
        QCOMPARE(overdue.reason.usualGapDays, 30.0);
        QCOMPARE(overdue.reason.daysSinceLastPurchase, 90.0);
        QCOMPARE(overdue.reason.overdueFactor, 3.0);
        QCOMPARE(overdue.expectedSpend, thin->hasSpendModel ? overdue.expectedSpend : 400.0);
        const ChurnRisk due = assessChurnRisk(*thin, { 4, 120, 130, 400 }, 90);
        QVERIFY(due.riskScore < 0.5);
        QCOMPARE(due.reason.kind, ChurnReasonKind::OnTrack);
        // A one-time buyer is measured against the store's usual gap.
        const ChurnRisk fresh = assessChurnRisk(*thin, { 0, 0, thin->populationGap / 2, 0 }, 90);
        QCOMPARE(fresh.reason.kind, ChurnReasonKind::TooEarly);
        const ChurnRisk once = assessChurnRisk(*thin, { 0, 0, thin->populationGap * 4, 0 }, 90);
        QCOMPARE(once.reason.kind, ChurnReasonKind::OneTimeBuyer);
        QVERIFY(once.riskScore > fresh.riskScore);

        // A store of one-time buyers: no gap to compare with, still no crash.
        const QList<CustomerSummary> nobody(50, CustomerSummary { 0, 0, 100, 0 });
        const auto none = fitChurnModel(nobody, TimeUnit::Days, &error);
        QVERIFY(none && none->usesFallback() && !none->hasSpendModel);
        const ChurnRisk lone = assessChurnRisk(*none, nobody.first(), 90);
        QVERIFY(std::isfinite(lone.riskScore) && std::isfinite(lone.valueAtStake));

        // Parameters pushed to a bound: flagged, not used.
        ChurnFitOptions narrow;
        narrow.bgNbd.upperBound = 10; // α = 60 cannot be reached
        const auto bounded = fitChurnModel(storeCustomers(3000, 4), TimeUnit::Days, &error, narrow);
        QVERIFY2(bounded, qPrintable(error));
        QCOMPARE(bounded->fallback, FallbackCause::ParametersAtBounds);
    }

    void usesTheModelOnEnoughData()
    {
        QString error;
        const QList<CustomerSummary> customers = storeCustomers(3000, 5);
        const auto model = fitChurnModel(customers, TimeUnit::Days, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->fallback, FallbackCause::None);
        QVERIFY(model->hasSpendModel);
        const ChurnRisk regular = assessChurnRisk(*model, { 8, 400, 410, 300 }, 90);
        const ChurnRisk lapsed = assessChurnRisk(*model, { 8, 200, 700, 300 }, 90);
        const ChurnRisk once = assessChurnRisk(*model, { 0, 0, 600, 0 }, 90);
        QVERIFY(!regular.fallback);
        QVERIFY(regular.riskScore < 0.5 && lapsed.riskScore > 0.5);
        QCOMPARE(regular.reason.kind, ChurnReasonKind::OnTrack);
        QCOMPARE(lapsed.reason.kind, ChurnReasonKind::OverdueVsUsualGap);
        QCOMPARE(lapsed.reason.usualGapDays, 25.0);
        QCOMPARE(once.reason.kind, ChurnReasonKind::OneTimeBuyer);
        QCOMPARE(once.probabilityAlive, 1.0); // the trap: yet the risk is high
        QVERIFY(once.riskScore > 0.5);
        QVERIFY(lapsed.expectedPurchases < regular.expectedPurchases);
        QVERIFY(lapsed.probabilityNoPurchase > regular.probabilityNoPurchase);

        // The revisit list: at-risk only, by value at stake.
        QList<ChurnRisk> risks { regular, lapsed, once };
        ChurnRisk rich = lapsed;
        rich.valueAtStake *= 10;
        risks.append(rich);
        const QList<qsizetype> order = revisitOrder(risks);
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.first(), 3);
        QVERIFY(!order.contains(0));
        for (qsizetype i = 1; i < order.size(); ++i)
            QVERIFY(risks.at(order.at(i - 1)).valueAtStake >= risks.at(order.at(i)).valueAtStake);
    }
};

QTEST_GUILESS_MAIN(TestChurnInput)
#include "tst_churninput.moc"
