// The random generator and its distributions: reference values, moments, formats, and the
// libm-free log/exp they rest on.
#include "demo/demomath.h"
#include "demo/demorandom.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace gd::demo;

namespace {

struct Moments
{
    double mean = 0;
    double variance = 0;
};

template<typename Draw> Moments momentsOf(int n, Draw draw)
{
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; ++i) {
        const double x = draw();
        sum += x;
        squares += x * x;
    }
    const double mean = sum / n;
    return { mean, squares / n - mean * mean };
}

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

} // namespace

class TestDemoRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitmix64MatchesTheReference()
    {
        // The first outputs of Vigna's splitmix64.c seeded with 0.
        DemoRandom r(0);
        QCOMPARE(r.next(), 0xe220a8397b1dcdafULL);
        QCOMPARE(r.next(), 0x6e789e6aa1b965f4ULL);
        QCOMPARE(r.next(), 0x06c45d188009454fULL);
    }

    void uniformStaysInRange()
    {
        DemoRandom r(1);
        int seen[7] = {};
        for (int i = 0; i < 70000; ++i) {
            const double u = r.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            const int k = r.uniformInt(-3, 3);
            QVERIFY(k >= -3 && k <= 3);
            ++seen[k + 3];
        }
        for (int count : seen)
            QVERIFY2(count > 9000 && count < 11000, qPrintable(QString::number(count)));
        QCOMPARE(r.uniformInt(5, 5), 5);
        bool negative = false;
        bool positive = false;
        for (int i = 0; i < 100; ++i) {
            const int k = r.uniformInt(INT_MIN, INT_MAX); // the widest range must not overflow
            negative |= k < 0;
            positive |= k > 0;
        }
        QVERIFY(negative && positive);
    }

    void distributionsHaveTheirMoments()
    {
        DemoRandom r(2);
        const int n = 200000;
        const Moments normal = momentsOf(n, [&] { return r.normal(); });
        QVERIFY2(std::abs(normal.mean) < 0.01, qPrintable(QString::number(normal.mean)));
        QVERIFY(near(normal.variance, 1.0, 0.02));
        const Moments exponential = momentsOf(n, [&] { return r.exponential(40.0); });
        QVERIFY(near(exponential.mean, 40.0, 0.02));
        QVERIFY(near(exponential.variance, 1600.0, 0.05));
        // Both branches of the gamma sampler: shape below and above 1.
        const Moments small = momentsOf(n, [&] { return r.gamma(0.9, 1.0 / 55.0); });
        QVERIFY(near(small.mean, 0.9 / 55.0, 0.02));
        QVERIFY(near(small.variance, 0.9 / (55.0 * 55.0), 0.05));
        const Moments large = momentsOf(n, [&] { return r.gamma(3.0, 2.0); });
        QVERIFY(near(large.mean, 6.0, 0.02));
        QVERIFY(near(large.variance, 12.0, 0.05));
        const Moments beta = momentsOf(n, [&] { return r.beta(0.7, 3.2); });
        QVERIFY(near(beta.mean, 0.7 / 3.9, 0.02));
        QVERIFY(near(beta.variance, 0.7 * 3.2 / (3.9 * 3.9 * 4.9), 0.05));
    }

    void weightedFollowsTheWeights()
    {
        DemoRandom r(3);
        const int weights[] = { 1, 0, 3 };
        int seen[3] = {};
        for (int i = 0; i < 40000; ++i)
            ++seen[r.weighted(weights)];
        QCOMPARE(seen[1], 0);
        QVERIFY(seen[0] > 9000 && seen[0] < 11000);
        QVERIFY(seen[2] > 29000 && seen[2] < 31000);
    }

    void uuidsAreVersion4()
    {
        DemoRandom r(4);
        const QRegularExpression format(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString id = r.uuid();
            QVERIFY2(format.match(id).hasMatch(), qPrintable(id));
            const QUuid parsed = QUuid::fromString(id);
            QCOMPARE(parsed.version(), QUuid::Random);
            QCOMPARE(parsed.toString(QUuid::WithoutBraces), id);
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 10000);
    }

    void streamsAreDistinct()
    {
        QSet<quint64> seeds;
        for (quint64 stream = 0; stream < 100000; ++stream)
            seeds.insert(streamSeed(42, stream));
        QCOMPARE(seeds.size(), 100000);
        QVERIFY(streamSeed(42, 1) != streamSeed(43, 1));
    }

    void ownLogAndExpAgreeWithTheLibrary()
    {
        DemoRandom r(5);
        const auto closeTo = [](double ours, double library) {
            return std::abs(ours - library)
                <= 4 * std::numeric_limits<double>::epsilon() * std::max(std::abs(library), 1e-300);
        };
        for (int i = 0; i < 100000; ++i) {
            const double x = std::ldexp(0.5 + r.uniform(), r.uniformInt(-60, 60));
            QVERIFY2(closeTo(math::log(x), std::log(x)), qPrintable(QString::number(x, 'g', 17)));
            const double y = 1400.0 * r.uniform() - 700.0;
            QVERIFY2(closeTo(math::exp(y), std::exp(y)), qPrintable(QString::number(y, 'g', 17)));
        }
        for (double x : { 1e-300, 1e-10, 0.5, 1.0, 2.0, 10.0, 1e10, 1e300 })
            QVERIFY(closeTo(math::log(x), std::log(x)));
        QCOMPARE(math::log(1.0), 0.0);
        QCOMPARE(math::exp(0.0), 1.0);
        QCOMPARE(math::exp(-800.0), 0.0);
        QVERIFY(std::isinf(math::exp(800.0)));
    }
};

QTEST_GUILESS_MAIN(TestDemoRandom)
#include "tst_demorandom.moc"
