// Prints the churn engine's figures (docs/performance.md):
//   - the CDNOW fit (2,357 customers, weeks), from cdnow_customers_summary.csv;
//   - the fit on N simulated customers (default 100,000; whole days, as the app sees them);
//   - scoring N customers (risk, P(alive), expected purchases, P(no purchase), value at stake
//     over a 90-day horizon), as a client does for a guide's book;
//   - reading that book from an (in-memory, encrypted) store's aggregates, and read + score.
// Each is run --rounds times; the best and the median are printed.
#include "churn/bgnbdsimulation.h"
#include "churn/churncsv.h"
#include "churn/churnrisk.h"
#include "churn/churnscorer.h"
#include "demo/demorandom.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace gd::churn;

namespace {

void printLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

template<typename Work> void measure(const QString &label, int rounds, Work work)
{
    QList<double> times, cpu;
    QString detail;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        detail = work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    // CPU time as well: on a busy machine it says what the wall time would be on a quiet one.
    printLine(u"%1: wall best %2 ms, median %3 ms; CPU best %4 ms (%5 rounds) — %6"_s.arg(label)
                  .arg(times.first(), 0, 'f', 1)
                  .arg(times.at(times.size() / 2), 0, 'f', 1)
                  .arg(cpu.first(), 0, 'f', 1)
                  .arg(rounds)
                  .arg(detail));
}

QList<CustomerSummary> storeCustomers(int count)
{
    // A store in days: visits every couple of months, a third lapse after each visit, cards
    // opened over the last three years; spend per visit around ¥400.
    SimulationSetting setting;
    setting.parameters = { 0.8, 60, 0.5, 1.0 };
    setting.customers = count;
    setting.minimumAge = 30;
    setting.maximumAge = 3 * 365;
    setting.wholeTimeUnits = true;
    setting.seed = 20261202;
    QList<CustomerSummary> customers = simulateBgNbd(setting);
    // Spend from the Gamma-Gamma process (p = 4, q = 3, γ = 200: about ¥400 a visit): the
    // mean of x Gamma(p, ν) visits is Gamma(p x, ν x), ν ~ Gamma(q, γ).
    gd::demo::DemoRandom random(setting.seed + 1);
    for (CustomerSummary &c : customers) {
        const double nu = random.gamma(3, 1.0 / 200);
        const double mean = random.gamma(4.0 * c.frequency + 1e-9, 1 / (nu * c.frequency + 1e-9));
        c.repeatSpend = c.frequency > 0 ? mean : 0;
    }
    return customers;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(u"customers"_s, u"Simulated customers."_s, u"N"_s,
                                             u"100000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Repetitions of each figure."_s, u"R"_s,
                                          u"5"_s);
    const QCommandLineOption cdnowOption(u"cdnow"_s, u"The CDNOW data folder."_s, u"DIR"_s,
                                         QString::fromUtf8(GUIDEDESK_CDNOW_DIR));
    parser.addOptions({ customersOption, roundsOption, cdnowOption });
    parser.process(app);
    const int count = std::max(1, parser.value(customersOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QString error;
    const QString cdnowFile
        = QDir(parser.value(cdnowOption)).filePath(u"cdnow_customers_summary.csv"_s);
    if (const auto rows = readSummaryCsv(cdnowFile, &error)) {
        QList<CustomerSummary> cdnow;
        for (const SummaryRow &row : *rows)
            cdnow.append(row.summary);
        measure(u"CDNOW fit (%1 customers)"_s.arg(cdnow.size()), rounds, [&] {
            const auto fit = fitBgNbd(cdnow, &error);
            return fit ? u"LL %1, %2 evaluations"_s.arg(fit->logLikelihood, 0, 'f', 3)
                             .arg(fit->evaluations)
                       : error;
        });
    } else {
        printLine(u"CDNOW fit: skipped (%1)"_s.arg(error));
    }

    const QList<CustomerSummary> customers = storeCustomers(count);
    measure(u"BG/NBD fit alone on %1 simulated customers"_s.arg(count), rounds, [&] {
        const auto fit = fitBgNbd(customers, &error);
        return fit ? u"%1 evaluations"_s.arg(fit->evaluations) : error;
    });
    measure(u"Gamma-Gamma fit alone on %1 simulated customers"_s.arg(count), rounds, [&] {
        const auto fit = fitGammaGamma(customers, &error);
        return fit
            ? u"p %1 q %2 v %3 (true 4 3 200) on %4 buyers"_s.arg(fit->parameters.p, 0, 'f', 3)
                  .arg(fit->parameters.q, 0, 'f', 3)
                  .arg(fit->parameters.v, 0, 'f', 2)
                  .arg(fit->customers)
            : error;
    });
    std::optional<ChurnModel> model;
    measure(u"fit (both models) on %1 simulated customers"_s.arg(count), rounds, [&] {
        model = fitChurnModel(customers, TimeUnit::Days, &error);
        if (!model)
            return error;
        const BgNbdParameters &p = model->bgNbd;
        return u"r %1 α %2 a %3 b %4 (true 0.8 60 0.5 1.0), fallback %5"_s.arg(p.r, 0, 'f', 3)
            .arg(p.alpha, 0, 'f', 2)
            .arg(p.a, 0, 'f', 3)
            .arg(p.b, 0, 'f', 3)
            .arg(fallbackCauseName(model->fallback));
    });
    if (!model)
        return 1;
    QList<ChurnRisk> risks(customers.size());
    measure(u"scoring %1 customers (90-day horizon)"_s.arg(count), rounds, [&] {
        for (qsizetype i = 0; i < customers.size(); ++i)
            risks[i] = assessChurnRisk(*model, customers.at(i), 90);
        const auto atRisk = revisitOrder(risks).size();
        return u"%1 at risk"_s.arg(atRisk);
    });

    // The same customers as a store's rows (aggregates only), read and scored as the app does.
    auto db = gd::store::Database::open(u":memory:"_s, QByteArray(32, 'b'),
                                        gd::store::Database::OpenMode::CreateIfMissing);
    gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*db);
    const QDate today(2026, 12, 1);
    {
        gd::store::Transaction transaction(*db);
        db->exec(u"INSERT INTO stores (id, name) VALUES ('s1', 'Store');"
                 "INSERT INTO guides (id, store_id, name) VALUES ('g1', 's1', 'Guide')"_s);
        auto insert = db->prepare(
            u"INSERT INTO customers (id, store_id, owner_guide_id, name, visit_count,"
            " first_visit_on, last_visit_on, total_spend_cents) VALUES (?, 's1', 'g1', ?, ?, ?,"
            " ?, ?)"_s);
        for (qsizetype i = 0; i < customers.size(); ++i) {
            const CustomerSummary &c = customers.at(i);
            const QDate first = today.addDays(-qint64(c.age));
            insert->bindAll(u"c%1"_s.arg(i), u"Customer %1"_s.arg(i), qint64(c.frequency + 1),
                            first.toString(Qt::ISODate),
                            first.addDays(qint64(c.recency)).toString(Qt::ISODate),
                            qint64(c.repeatSpend * 100 * (c.frequency + 1)));
            insert->run();
        }
        transaction.commit();
    }
    ChurnScorer scorer(*db);
    QList<BookCustomer> book;
    measure(u"reading a book of %1 customers from the store (aggregates)"_s.arg(count), rounds,
            [&] {
                book = scorer.readBook(u"g1"_s, today);
                return u"%1 customers"_s.arg(book.size());
            });
    measure(u"reading and scoring a book of %1 customers"_s.arg(count), rounds, [&] {
        book = scorer.readBook(u"g1"_s, today);
        const auto risks = ChurnScorer::score(*model, book, 90);
        return u"%1 on the revisit list"_s.arg(ChurnScorer::revisitList(book, risks).size());
    });
    return 0;
}
