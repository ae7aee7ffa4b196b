// Prints the foundation's figures for N generated customers (default 100,000):
//   - store build: seeding the encrypted store (customers, tags, purchases, search index);
//   - search latency p50/p95 over 20 typical queries (initials, full pinyin, hanzi, last-4),
//     for the whole store and for one guide's book;
//   - app cold start to first frame offscreen, and RSS with the list shown (runs the real
//     `guidedesk --startup-report` several times against the same database).
// Run it through scripts/with-keyring.sh --private: the app reads the key from the keychain.
// Figures go to docs/performance.md.
#include "customers/customersearchindex.h"
#include "customers/sqlcustomerrepository.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/keychainkeystore.h"
#include "store/storeopener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index
        = qsizetype(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values.at(index);
}

void printLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

const QStringList typicalQueries
    = { u"zs"_s,   u"wl"_s,     u"lj"_s,     u"zh"_s,   u"zhang"_s, u"zhangs"_s, u"zhang san"_s,
        u"wang"_s, u"liting"_s, u"ouyang"_s, u"zeng"_s, u"张"_s,    u"張"_s,     u"王"_s,
        u"李娜"_s, u"欧阳"_s,   u"1234"_s,   u"88"_s,   u"5678"_s,  u"红色"_s };

void benchSearch(customers::SqlCustomerRepository &repo, const QString &ownerGuideId,
                 const QString &label, int rounds)
{
    QList<double> all;
    for (const QString &query : typicalQueries) {
        QList<double> times;
        qsizetype hits = 0;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer timer;
            timer.start();
            const auto ids
                = repo.findRowIds({ ownerGuideId, query, customers::CustomerSort::Name });
            // The list shows its first page at once: fetch it as part of the search.
            (void)repo.rowsByRowIds(ids.mid(0, 100));
            times << timer.nsecsElapsed() / 1e6;
            hits = ids.size();
        }
        all << times;
        printLine(u"  %1 %2  hits %3  p50 %4 ms  p95 %5 ms"_s.arg(label, query.leftJustified(10))
                      .arg(hits, 6)
                      .arg(percentile(times, 0.5), 0, 'f', 2)
                      .arg(percentile(times, 0.95), 0, 'f', 2));
    }
    printLine(u"search %1 (20 queries x %2): p50 %3 ms, p95 %4 ms, max %5 ms"_s.arg(label)
                  .arg(rounds)
                  .arg(percentile(all, 0.5), 0, 'f', 2)
                  .arg(percentile(all, 0.95), 0, 'f', 2)
                  .arg(percentile(all, 1.0), 0, 'f', 2));
}

void benchColdStart(const QString &appPath, const QString &dbPath, int runs)
{
    QList<double> frames;
    QList<double> rss;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        app.start(appPath, { u"--database"_s, dbPath, u"--startup-report"_s });
        if (!app.waitForFinished(60000) || app.exitCode() != 0) {
            printLine(u"cold start: the app failed: %1"_s.arg(
                QString::fromUtf8(app.readAllStandardError().right(2000))));
            return;
        }
        const QList<QByteArray> lines = app.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject report = QJsonDocument::fromJson(line).object();
            if (report.contains(u"first_frame_ms"_s)) {
                frames << report.value(u"first_frame_ms"_s).toDouble();
                rss << report.value(u"rss_kb"_s).toDouble() / 1024.0;
            }
        }
    }
    printLine(u"cold start to first frame (offscreen, %1 runs): median %2 ms, max %3 ms"_s.arg(runs)
                  .arg(percentile(frames, 0.5), 0, 'f', 0)
                  .arg(percentile(frames, 1.0), 0, 'f', 0));
    printLine(u"RSS with the customer list shown: median %1 MB, max %2 MB"_s
                  .arg(percentile(rss, 0.5), 0, 'f', 1)
                  .arg(percentile(rss, 1.0), 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"GuideDesk"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"customers"_s, u"How many customers."_s, u"N"_s, u"100000"_s });
    parser.addOption({ u"rounds"_s, u"Rounds per search query."_s, u"N"_s, u"30"_s });
    parser.addOption(
        { u"app"_s, u"The guidedesk executable for the cold start figures."_s, u"PATH"_s });
    parser.addOption({ u"starts"_s, u"Cold starts to measure."_s, u"N"_s, u"5"_s });
    parser.process(app);
    const int count = parser.value(u"customers"_s).toInt();

    QTemporaryDir dir;
    store::KeychainKeyStore keys(u"GuideDesk"_s); // the app's own service: it must find the key
    const QString dbPath = dir.filePath(u"bench.db"_s);
    auto db = store::openLocalStore({ dbPath, dir.filePath(u"backups"_s), true }, keys);

    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    customers::CustomerSearchIndex index(*db, pinyin, variants);
    const demo::DemoGenerator generator(20240601, count, QDate(2026, 11, 22));

    QElapsedTimer timer;
    timer.start();
    seed::seedDemoData(*db, index, generator);
    const double seconds = timer.elapsed() / 1000.0;
    const qint64 purchases = db->scalar(u"SELECT count(*) FROM purchases"_s);
    const qint64 tags = db->scalar(u"SELECT count(*) FROM customer_tags"_s);
    printLine(u"store build: %1 customers, %2 purchases, %3 customer tags in %4 s (%5 rows/s)"_s
                  .arg(count)
                  .arg(purchases)
                  .arg(tags)
                  .arg(seconds, 0, 'f', 2)
                  .arg((count + purchases + tags) / seconds, 0, 'f', 0));

    customers::SqlCustomerRepository repo(*db, pinyin, variants);
    const int rounds = parser.value(u"rounds"_s).toInt();
    benchSearch(repo, {}, u"whole store"_s, rounds);
    benchSearch(repo, seed::demoGuideId(generator), u"one guide"_s, rounds);

    QList<double> listTimes;
    for (auto sort : { customers::CustomerSort::Name, customers::CustomerSort::LastVisit,
                       customers::CustomerSort::Spend }) {
        QElapsedTimer t;
        t.start();
        const auto ids = repo.findRowIds({ {}, {}, sort });
        (void)repo.rowsByRowIds(ids.mid(0, 100));
        listTimes << t.nsecsElapsed() / 1e6;
    }
    printLine(u"unfiltered list of %1 (ids + first page), by name/visit/spend: %2 / %3 / %4 ms"_s
                  .arg(count)
                  .arg(listTimes.at(0), 0, 'f', 1)
                  .arg(listTimes.at(1), 0, 'f', 1)
                  .arg(listTimes.at(2), 0, 'f', 1));

    if (parser.isSet(u"app"_s)) {
        db.reset(); // the app opens it alone
        benchColdStart(parser.value(u"app"_s), dbPath, parser.value(u"starts"_s).toInt());
    }
    keys.remove(store::keyAccountFor(dbPath));
    return 0;
}
