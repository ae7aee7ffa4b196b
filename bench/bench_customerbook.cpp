// Prints the customer book's figures for N generated customers (default 130,000, about a
// million purchases with the demo generator):
//   - profile open: the profile (basics, aggregates, tags, purchases), its timeline and its
//     tag picker, as the profile page opens them, p50/p95 over many customers;
//   - tag review: stale tags (count and the oldest 500), coverage per guide (store and one
//     guide), the size spot check of one guide's book — each timed on the review worker, as
//     the Tags page's models run it (a job on a thread with its own connection);
//   - and the GUI thread's part of a review: reload(), which only starts the job.
// The store is encrypted with SQLCipher as the app's is (a fixed bench key: no keychain).
// Figures go to docs/performance.md.
#include "customers/customerprofile.h"
#include "customers/customersearchindex.h"
#include "customers/customertimeline.h"
#include "customers/sqlcustomerrepository.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/segmentservice.h"
#include "store/database.h"
#include "store/migrations.h"
#include "tags/taglibrary.h"
#include "tags/tagpickermodel.h"
#include "tags/tagreview.h"
#include "tags/tagreviewmodels.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(
        qsizetype(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1))));
}

void printLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void printTimes(const QString &label, const QList<double> &times, int decimals = 2)
{
    printLine(u"%1: p50 %2 ms, p95 %3 ms, max %4 ms (%5 runs)"_s.arg(label)
                  .arg(percentile(times, 0.5), 0, 'f', decimals)
                  .arg(percentile(times, 0.95), 0, 'f', decimals)
                  .arg(percentile(times, 1.0), 0, 'f', decimals)
                  .arg(times.size()));
}

// Runs `work` `rounds` times; prints p50/p95/max in ms.
void measure(const QString &label, int rounds, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    printTimes(label, times);
}

// Runs `read` as a job on the worker `rounds` times, one after the other; prints the time
// each took there (with the worker's connection, as the review models' jobs).
void measureOnWorker(segments::SegmentService &worker, const QString &label, int rounds,
                     const std::function<void(store::Database &)> &read)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QEventLoop loop;
        worker.run<double>(
            &loop,
            [&read](store::Database &db) {
                QElapsedTimer timer;
                timer.start();
                read(db);
                return timer.nsecsElapsed() / 1e6;
            },
            [&](const double &ms, const QString &error) {
                if (!error.isEmpty())
                    printLine(u"  %1 failed: %2"_s.arg(label, error));
                times << ms;
                loop.quit();
            });
        loop.exec();
    }
    printTimes(label, times);
}

// The GUI thread's part of a review: `reload` (the model's reload()) only starts the job.
// Timed alone; the result is waited for, untimed, before the next round.
void measureReload(tags::TagReviewListModel &model, const QString &label, int rounds,
                   const std::function<void()> &reload)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QEventLoop loop;
        const auto done = QObject::connect(&model, &tags::TagReviewListModel::reloaded, &loop,
                                           &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        reload();
        times << timer.nsecsElapsed() / 1e6;
        loop.exec();
        QObject::disconnect(done);
        if (!model.error().isEmpty())
            printLine(u"  %1 failed: %2"_s.arg(label, model.error()));
    }
    printTimes(label, times, 3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"customers"_s, u"How many customers."_s, u"N"_s, u"130000"_s });
    parser.addOption({ u"profiles"_s, u"Profiles to open."_s, u"N"_s, u"300"_s });
    parser.addOption({ u"store"_s,
                       u"Keep the generated store in FILE and use it again next time (building"
                       " 130,000 customers takes minutes); it is migrated like a device's."_s,
                       u"FILE"_s });
    parser.process(app);
    const int count = parser.value(u"customers"_s).toInt();
    QTemporaryDir dir;
    const QString path
        = parser.isSet(u"store"_s) ? parser.value(u"store"_s) : dir.filePath(u"bench.db"_s);
    const bool reuse = QFile::exists(path);
    auto db = store::Database::open(path, QByteArray(32, 'b'),
                                    store::Database::OpenMode::CreateIfMissing);
    store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    customers::CustomerSearchIndex index(*db, pinyin, variants);
    const demo::DemoGenerator generator(20240601, count, QDate(2026, 11, 22));
    QElapsedTimer build;
    build.start();
    if (!reuse)
        seed::seedDemoData(*db, index, generator);
    printLine(u"store: %1 customers, %2 purchases, %3 customer tags (built in %4 s)"_s.arg(count)
                  .arg(db->scalar(u"SELECT count(*) FROM purchases"_s))
                  .arg(db->scalar(u"SELECT count(*) FROM customer_tags"_s))
                  .arg(build.elapsed() / 1000.0, 0, 'f', 1));

    QStringList ids;
    {
        auto q = db->prepare(u"SELECT id FROM customers"_s);
        while (q->step())
            ids << q->text(0);
    }
    const QString guide = seed::demoGuideId(generator);
    customers::SqlCustomerRepository repo(*db, pinyin, variants);
    tags::TagLibrary library(*db);
    QRandomGenerator random(7);
    const int profiles = parser.value(u"profiles"_s).toInt();
    measure(u"profile open (profile + timeline + tag picker)"_s, profiles, [&] {
        const QString id = ids.at(random.bounded(int(ids.size())));
        customers::CustomerProfile profile(repo, id);
        customers::TimelineModel timeline(*db, id);
        tags::TagPickerModel picker(library, nullptr, nullptr, id, guide, 180);
    });
    measure(u"  profile alone"_s, profiles, [&] {
        customers::CustomerProfile profile(repo, ids.at(random.bounded(int(ids.size()))));
    });

    // The review worker, as the app makes it: a thread with its own connection to the file.
    segments::SegmentService worker([path] {
        return store::Database::open(path, QByteArray(32, 'b'),
                                     store::Database::OpenMode::OpenExisting);
    });
    const QDate today(2026, 11, 22);
    measureOnWorker(worker, u"stale tags, one guide (count + oldest 500)"_s, 20,
                    [&](store::Database &on) {
                        // Always both (the model reads the count only when the list is full).
                        (void)tags::TagReview(on).staleCount(guide, 180, today);
                        (void)tags::TagReview(on).staleTags(guide, 180, today, 500);
                    });
    measureOnWorker(worker, u"stale tags, whole store (count + oldest 500)"_s, 20,
                    [&](store::Database &on) {
                        (void)tags::TagReview(on).staleCount({}, 180, today);
                        (void)tags::TagReview(on).staleTags({}, 180, today, 500);
                    });
    measureOnWorker(worker, u"tag coverage, one guide"_s, 20,
                    [&](store::Database &on) { (void)tags::TagReview(on).coverage(guide); });
    measureOnWorker(worker, u"tag coverage, every guide of the store"_s, 10,
                    [&](store::Database &on) { (void)tags::TagReview(on).coverage({}); });
    qsizetype mismatches = 0;
    measureOnWorker(worker, u"size spot check, one guide's book"_s, 10, [&](store::Database &on) {
        mismatches = tags::TagReview(on).sizeMismatches(guide, 500).size();
    });
    printLine(u"  (%1 size tags flagged in that book)"_s.arg(mismatches));

    tags::StaleTagModel stale(worker, {});
    stale.setToday(today);
    measureReload(stale, u"reload() on the GUI thread: stale tags, whole store"_s, 10,
                  [&] { stale.reload(180); });
    tags::CoverageModel coverage(worker, {});
    measureReload(coverage, u"reload() on the GUI thread: coverage, whole store"_s, 10,
                  [&] { coverage.reload(); });
    tags::SizeMismatchModel sizes(worker, guide);
    measureReload(sizes, u"reload() on the GUI thread: size spot check, one guide"_s, 10,
                  [&] { sizes.reload(); });
    return 0;
}
