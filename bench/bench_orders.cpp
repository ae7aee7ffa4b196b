// Prints the live-order figures (docs/performance.md, "Orders (issue 6)"), against the real
// guidedesk-server over TLS on loopback, with the sync engine on its own thread as in the
// app (SyncService) and the Orders page's desk (OrderDesk: list model, counts, banner; its
// re-reads on a worker of their own, their results applied on this, the GUI, thread):
//   - a mall order posted → its row visible in the list model, p50/p95 ms, at 1 order/s;
//   - the same during a burst of 500 orders posted back to back;
//   - the GUI thread's work per re-read of the desk (list, counts, banner; at most one a
//     frame, however many batches were pulled) in the burst: the longest and p95, against
//     a 16 ms frame.
// Run through scripts/with-keyring.sh --private; build Release for meaningful figures.
//   guidedesk-bench-orders [--customers 2000] [--steady 30] [--burst 500] [--history 0]
#include "mallclient.h"
#include "orderdesk.h"
#include "orders/orderlistmodel.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "segments/segmentservice.h"
#include "serverprocess.h"
#include "store/storeopener.h"
#include "store/threadsafekeystore.h"
#include "sync/apiclient.h"
#include "sync/syncservice.h"
#include "sync/syncstatus.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
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
    return values.at(qsizetype(p * double(values.size() - 1)));
}

void figure(const char *name, double value, const char *unit)
{
    std::printf("%-52s %10.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Watches the list model for order numbers posted and not yet seen.
struct Arrivals
{
    QHash<QString, qint64> postedAtNs; // order_no → when its post started
    QList<double> latenciesMs;
    QList<double> refreshWorkMs; // the desk's re-reads (one per frame with changes at most)
    QElapsedTimer clock;

    void scan(orders::OrderListModel &model)
    {
        if (postedAtNs.isEmpty())
            return;
        const qint64 now = clock.nsecsElapsed();
        // New orders are inserted on top; the newest few hundred rows hold every new one.
        const int rows = std::min(model.count(), int(postedAtNs.size()) + 600);
        for (int row = 0; row < rows && !postedAtNs.isEmpty(); ++row) {
            const QString orderNo
                = model.data(model.index(row), orders::OrderListModel::OrderNoRole).toString();
            const auto it = postedAtNs.find(orderNo);
            if (it != postedAtNs.end()) {
                latenciesMs << double(now - *it) / 1e6;
                postedAtNs.erase(it);
            }
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customers(u"customers"_s, u"demo customers on the server"_s, u"N"_s,
                                       u"2000"_s);
    const QCommandLineOption steadyOption(u"steady"_s, u"orders at 1 order/s"_s, u"N"_s, u"30"_s);
    const QCommandLineOption burstOption(u"burst"_s, u"orders in the burst"_s, u"N"_s, u"500"_s);
    const QCommandLineOption historyOption(
        u"history"_s, u"orders the store already has before timing (a store's past months)"_s,
        u"N"_s, u"0"_s);
    parser.addOptions({ customers, steadyOption, burstOption, historyOption });
    parser.addHelpOption();
    parser.process(app);

    testsupport::ServerProcess server(
        { parser.value(customers).toInt(), 0, 3600, { u"--escalate-after-minutes"_s, u"0"_s } });
    QString error;
    if (!server.start(&error))
        qFatal("server: %s", qPrintable(error));
    QTemporaryDir dir;
    // A manager sees the whole store's orders: every posted order lands in the list.
    const QString user = u"G1001"_s;
    testsupport::SyncTestClient client({ server.baseUrl(), server.caCertificatePath(), user,
                                         dir.filePath(u"orders.db"_s), 5000, false });
    if (!client.signIn(server.password(), &error))
        qFatal("sign-in: %s", qPrintable(error));
    if (!client.syncUntilIdle(600000, &error))
        qFatal("initial sync: %s", qPrintable(error));
    client.stopEngine();

    // The app's arrangement: the engine on its own thread, the desk here.
    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    store::ThreadSafeKeyStore keys(client.keys());
    sync::SyncStatus status(true, user);
    sync::SyncConfig config;
    config.server = server.baseUrl();
    config.caCertificates = sync::loadCaCertificates(server.caCertificatePath());
    config.databasePath = dir.filePath(u"orders.db"_s);
    config.databaseKey = *client.keys().read(store::keyAccountFor(config.databasePath));
    config.username = user;
    sync::SyncService service(std::move(config), keys, pinyin, variants, status);
    // The desk re-reads on a worker of its own, as in the app (Composition::newWorker).
    const QString storePath = dir.filePath(u"orders.db"_s);
    const QByteArray storeKey = *client.keys().read(store::keyAccountFor(storePath));
    segments::SegmentService reader([storePath, storeKey] {
        return store::Database::open(storePath, storeKey, store::Database::OpenMode::OpenExisting);
    });
    ui::OrderDesk desk(client.db(), nullptr, &reader);
    desk.setActor({ client.user().guideId, client.user().storeId, client.user().isManager() });
    Arrivals arrivals;
    arrivals.clock.start();
    // As in the app: pulled batches reach the desk, which re-reads at most once a frame.
    int pulledBatches = 0;
    QObject::connect(&service, &sync::SyncService::tablesChanged, &desk,
                     [&](const QStringList &tables) {
                         if (tables.contains(u"orders"_s))
                             ++pulledBatches;
                         desk.storeChanged(tables);
                     });
    QObject::connect(&desk, &ui::OrderDesk::refreshed, &desk, [&] {
        arrivals.refreshWorkMs << double(desk.lastRefreshNsecs()) / 1e6;
        arrivals.scan(*desk.orders());
    });
    service.start();
    spin(2000); // the engine's first cycle and the event stream connect

    testsupport::MallClient mall(server);
    QStringList customerIds;
    {
        auto q = client.db().prepare(u"SELECT id FROM customers WHERE store_id = ? AND deleted = 0"
                                     " ORDER BY rowid LIMIT 200"_s);
        q->bind(1, client.user().storeId);
        while (q->step())
            customerIds << q->text(0);
    }
    if (customerIds.isEmpty())
        qFatal("no customers in the manager's store");
    const auto post = [&](const QString &orderNo, int i) {
        arrivals.postedAtNs.insert(orderNo, arrivals.clock.nsecsElapsed());
        if (mall.post(
                testsupport::MallClient::paidOrder(orderNo, customerIds.at(i % customerIds.size())))
            != 201)
            qFatal("the mall's post failed");
    };
    const auto waitForAll = [&](int timeoutMs) {
        QElapsedTimer waited;
        waited.start();
        while (!arrivals.postedAtNs.isEmpty() && waited.elapsed() < timeoutMs)
            spin(20);
        for (auto it = arrivals.postedAtNs.cbegin(); it != arrivals.postedAtNs.cend(); ++it)
            arrivals.latenciesMs << double(timeoutMs); // never arrived: counted as the timeout
        const int missed = int(arrivals.postedAtNs.size());
        arrivals.postedAtNs.clear();
        return missed;
    };

    // 0. The store's past: orders the list and counts already hold (not timed).
    const int history = parser.value(historyOption).toInt();
    for (int i = 0; i < history; ++i)
        post(u"MPHIST%1"_s.arg(i, 6, 10, QLatin1Char('0')), i);
    if (history > 0) {
        const int notSeen = waitForAll(120000);
        arrivals.latenciesMs.clear();
        arrivals.refreshWorkMs.clear();
        figure("history: orders in the list before timing", desk.orders()->count(), "");
        if (notSeen > 0)
            figure("history: orders not seen within 120 s", notSeen, "");
    }

    // 1. One order a second.
    const int steady = parser.value(steadyOption).toInt();
    for (int i = 0; i < steady; ++i) {
        post(u"MPSTEADY%1"_s.arg(i, 5, 10, QLatin1Char('0')), i);
        spin(1000);
    }
    int missed = waitForAll(10000);
    figure("1 order/s: event -> row in the model p50", percentile(arrivals.latenciesMs, 0.5), "ms");
    figure("1 order/s: event -> row in the model p95", percentile(arrivals.latenciesMs, 0.95),
           "ms");
    figure("1 order/s: GUI work per re-read, longest",
           arrivals.refreshWorkMs.isEmpty()
               ? 0
               : *std::max_element(arrivals.refreshWorkMs.cbegin(), arrivals.refreshWorkMs.cend()),
           "ms");
    if (missed > 0)
        figure("1 order/s: orders not seen within 10 s", missed, "");

    // 2. A burst, posted back to back.
    arrivals.latenciesMs.clear();
    arrivals.refreshWorkMs.clear();
    pulledBatches = 0;
    const int burst = parser.value(burstOption).toInt();
    QElapsedTimer posting;
    posting.start();
    for (int i = 0; i < burst; ++i)
        post(u"MPBURST%1"_s.arg(i, 5, 10, QLatin1Char('0')), i);
    const double postingSeconds = double(posting.elapsed()) / 1000;
    missed = waitForAll(30000);
    figure("burst: orders posted", burst, "");
    figure("burst: posting took", postingSeconds, "s");
    figure("burst: event -> row in the model p50", percentile(arrivals.latenciesMs, 0.5), "ms");
    figure("burst: event -> row in the model p95", percentile(arrivals.latenciesMs, 0.95), "ms");
    figure("burst: pulled batches with orders", double(pulledBatches), "");
    figure("burst: the desk's re-reads", double(arrivals.refreshWorkMs.size()), "");
    figure("burst: GUI work per re-read p95", percentile(arrivals.refreshWorkMs, 0.95), "ms");
    figure("burst: GUI work per re-read, longest",
           arrivals.refreshWorkMs.isEmpty()
               ? 0
               : *std::max_element(arrivals.refreshWorkMs.cbegin(), arrivals.refreshWorkMs.cend()),
           "ms");
    figure("burst: rows in the list", desk.orders()->count(), "");
    if (missed > 0)
        figure("burst: orders not seen within 30 s", missed, "");
    return 0;
}
