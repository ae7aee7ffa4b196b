// Segment counts over a generated store of N customers (default 100,000, ~1M purchases):
// five typical rules, each counted for the whole store (a manager) and for one guide's
// book, p50/p95 ms over R rounds, as the segment worker counts them (tag and risk-band
// conditions from its cached customer sets; the first count after a change, which reads
// those sets, is printed apart as "cold"), and with --compare also as the plain SQL. A sixth rule,
// by churn-risk band, is timed apart (its first count scores every customer). Also prints
// each rule's query plan. Figures go to
// docs/performance.md. Run it through scripts/with-keyring.sh --private (the store's key
// lives in the keychain, as in the app).
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/segmentcache.h"
#include "segments/segmentqueries.h"
#include "segments/segmentservice.h"
#include "store/database.h"
#include "store/keychainkeystore.h"
#include "store/storeopener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::segments;

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

struct NamedRule
{
    QString label;
    QString json;
};

QList<NamedRule> typicalRules(const QStringList &commonTags)
{
    const QString t0 = commonTags.value(0), t1 = commonTags.value(1), t2 = commonTags.value(2);
    return {
        { u"lapsed VIPs (gold/platinum, last visit > 90 days)"_s,
          u"{\"version\":1,\"conditions\":[{\"kind\":\"member_level\",\"levels\":[\"gold\","
          "\"platinum\"]},{\"kind\":\"last_visit_days_ago\",\"more_than\":90}]}"_s },
        { u"any of 2 tags, spend >= 1000 yuan"_s,
          u"{\"version\":1,\"conditions\":[{\"kind\":\"tags_any\",\"tags\":[\"%1\",\"%2\"]},"
          "{\"kind\":\"spend_range\",\"min_cents\":100000}]}"_s.arg(t0, t1) },
        { u"birthday in March, 2+ visits"_s,
          u"{\"version\":1,\"conditions\":[{\"kind\":\"birthday_month\",\"months\":[3]},"
          "{\"kind\":\"visit_count_range\",\"min\":2}]}"_s },
        { u"all of 2 tags, none of a third"_s,
          u"{\"version\":1,\"conditions\":[{\"kind\":\"tags_all\",\"tags\":[\"%1\",\"%2\"]},"
          "{\"kind\":\"tags_none\",\"tags\":[\"%3\"]}]}"_s.arg(t0, t1, t2) },
        { u"spend 500-5000 yuan, 1-3 visits, visited this year"_s,
          u"{\"version\":1,\"conditions\":[{\"kind\":\"spend_range\",\"min_cents\":50000,"
          "\"max_cents\":500000},{\"kind\":\"visit_count_range\",\"min\":1,\"max\":3},"
          "{\"kind\":\"last_visit_after\",\"date\":\"2026-01-01\"}]}"_s },
    };
}

struct Bench
{
    store::Database &db;
    QDate today;
    bool plain = false;
    int rounds = 30;
    bool plans = false;
};

void benchRules(const Bench &bench, const QList<NamedRule> &rules, const SegmentScope &scope,
                const QString &label)
{
    QList<double> all;
    const int rounds = bench.rounds;
    for (const NamedRule &named : rules) {
        const SegmentRule rule = SegmentRule::fromJsonText(named.json);
        // A new cache per rule: its first count reads the sets (cold), the rest reuse them.
        SegmentCache cache;
        SegmentQueries queries(bench.db, bench.plain ? nullptr : &cache);
        queries.setToday(bench.today);
        QElapsedTimer coldTimer;
        coldTimer.start();
        qint64 count = queries.count(rule, scope);
        const double cold = coldTimer.nsecsElapsed() / 1e6;
        QList<double> times;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer timer;
            timer.start();
            count = queries.count(rule, scope);
            times << timer.nsecsElapsed() / 1e6;
        }
        all << times;
        printLine(u"  %1 | %2  count %3  p50 %4 ms  p95 %5 ms  cold %6 ms"_s.arg(label, named.label)
                      .arg(count, 6)
                      .arg(percentile(times, 0.5), 0, 'f', 2)
                      .arg(percentile(times, 0.95), 0, 'f', 2)
                      .arg(cold, 0, 'f', 2));
        if (bench.plans)
            printLine(u"      plan: "_s + queries.countPlan(rule, scope).join(u" / "_s));
    }
    printLine(u"segment count, %1 (%6 rule(s) x %2): p50 %3 ms, p95 %4 ms, max %5 ms"_s.arg(label)
                  .arg(rounds)
                  .arg(percentile(all, 0.5), 0, 'f', 2)
                  .arg(percentile(all, 0.95), 0, 'f', 2)
                  .arg(percentile(all, 1.0), 0, 'f', 2)
                  .arg(rules.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"GuideDesk"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"customers"_s, u"How many customers."_s, u"N"_s, u"100000"_s });
    parser.addOption({ u"rounds"_s, u"Rounds per rule."_s, u"N"_s, u"30"_s });
    parser.addOption({ u"plans"_s, u"Print each rule's query plan."_s });
    parser.addOption({ u"compare"_s, u"Also count with the plain SQL (no cached sets)."_s });
    parser.process(app);
    const int count = parser.value(u"customers"_s).toInt();
    const int rounds = parser.value(u"rounds"_s).toInt();

    QTemporaryDir dir;
    store::KeychainKeyStore keys(u"GuideDesk-bench"_s);
    const QString dbPath = dir.filePath(u"bench.db"_s);
    auto db = store::openLocalStore({ dbPath, dir.filePath(u"backups"_s), true }, keys);
    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    customers::CustomerSearchIndex index(*db, pinyin, variants);
    const QDate today(2026, 11, 22);
    const demo::DemoGenerator generator(20240601, count, today);
    QElapsedTimer build;
    build.start();
    seed::seedDemoData(*db, index, generator);
    printLine(u"store: %1 customers, %2 purchases, %3 customer tags (built in %4 s)"_s.arg(count)
                  .arg(db->scalar(u"SELECT count(*) FROM purchases"_s))
                  .arg(db->scalar(u"SELECT count(*) FROM customer_tags"_s))
                  .arg(build.elapsed() / 1000.0, 0, 'f', 1));

    QStringList commonTags;
    {
        // The most used tag of each of the three busiest groups (tags of one single-choice
        // group exclude each other, which would make "all of" empty).
        auto q = db->prepare(
            u"SELECT tag_id FROM (SELECT t.group_id, ct.tag_id, count(*) n FROM customer_tags ct"
            " JOIN tags t ON t.id = ct.tag_id WHERE ct.deleted = 0 GROUP BY ct.tag_id)"
            " GROUP BY group_id HAVING n = max(n) ORDER BY n DESC LIMIT 3"_s);
        while (q->step())
            commonTags << q->text(0);
    }
    // The app counts on the segment worker's connection: configured the same way here.
    SegmentService::configureWorkerConnection(*db);
    const QList<NamedRule> rules = typicalRules(commonTags);
    if (parser.isSet(u"compare"_s)) {
        const Bench plain { *db, today, true, rounds, parser.isSet(u"plans"_s) };
        printLine(u"counting with the plain SQL"_s);
        benchRules(plain, rules, {}, u"whole store"_s);
        benchRules(plain, rules, { seed::demoGuideId(generator), {} }, u"one guide"_s);
    }
    const Bench bench { *db, today, false, rounds, parser.isSet(u"plans"_s) };
    printLine(u"counting as the segment worker does (cached customer sets)"_s);
    benchRules(bench, rules, {}, u"whole store"_s);
    benchRules(bench, rules, { seed::demoGuideId(generator), {} }, u"one guide"_s);
    {
        const QList<NamedRule> risk { { u"high churn risk, gold/platinum"_s,
                                        u"{\"version\":1,\"conditions\":[{\"kind\":\"risk_band\","
                                        "\"bands\":[\"high\"]},{\"kind\":\"member_level\","
                                        "\"levels\":[\"gold\",\"platinum\"]}]}"_s } };
        benchRules(bench, risk, {}, u"whole store, risk band"_s);
        benchRules(bench, risk, { seed::demoGuideId(generator), {} }, u"one guide, risk band"_s);
    }
    db.reset();
    keys.remove(store::keyAccountFor(dbPath));
    return 0;
}
