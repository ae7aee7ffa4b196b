// Prints the dashboard's figures (issue 6) for N generated customers (default 100,000, about
// 770k purchases with the demo generator) and a guide with a few thousand online orders:
//   - the figures of one guide's dashboard, read as the worker reads them (sales of the
//     month and the 14-day chart, targets, orders waiting, new members, tag coverage, the
//     at-risk customers scored by the churn engine), first read and then p50/p95, and the
//     re-read after a change to orders alone (online sales and orders waiting only);
//   - opening the dashboard with all nine widgets in a new QML engine: until the first frame,
//     and until every widget shows its figures (the worker's read done and drawn).
// Release build, offscreen platform. The store is encrypted as the app's is (a fixed key).
// Figures go to docs/performance.md.
#include "appcontext.h"
#include "churn/churnmodelrow.h"
#include "customers/customersearchindex.h"
#include "dashboard/dashboardfigures.h"
#include "dashboard/dashboardfiguresmodel.h"
#include "dashboard/dashboardlayoutmodel.h"
#include "dashboard/dashboardlayoutwriter.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/segmentservice.h"
#include "store/database.h"
#include "store/migrations.h"
#include "sync/syncstatus.h"
#include "taskboard.h"
#include "tasks/churnrevisitcandidates.h"
#include "tasks/taskwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(GuideDeskPlugin)

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

void printTimes(const QString &label, const QList<double> &times)
{
    printLine(u"%1: p50 %2 ms, p95 %3 ms, max %4 ms (%5 runs)"_s.arg(label)
                  .arg(percentile(times, 0.5), 0, 'f', 1)
                  .arg(percentile(times, 0.95), 0, 'f', 1)
                  .arg(percentile(times, 1.0), 0, 'f', 1)
                  .arg(times.size()));
}

// A guide's online orders over the last 60 days, in every status.
void addOrders(store::Database &db, const QString &guideId, const QString &storeId, int count,
               const QDate &today)
{
    static const QStringList statuses
        = { u"pending_payment"_s, u"paid"_s,      u"to_ship"_s,  u"ready_for_pickup"_s,
            u"completed"_s,       u"completed"_s, u"refunded"_s, u"refund_requested"_s };
    QStringList customers;
    {
        auto q = db.prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? LIMIT 500"_s);
        q->bind(1, guideId);
        while (q->step())
            customers << q->text(0);
    }
    QRandomGenerator random(11);
    store::Transaction transaction(db);
    auto insert = db.prepare(u"INSERT INTO orders (id, order_no, customer_id, guide_id, store_id,"
                             " status, amount_cents, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < count; ++i) {
        const QDateTime placed(today.addDays(-random.bounded(60)),
                               QTime(random.bounded(24), random.bounded(60)));
        insert->bindAll(u"bench-order-%1"_s.arg(i), u"N%1"_s.arg(i),
                        customers.at(random.bounded(int(customers.size()))), guideId, storeId,
                        statuses.at(random.bounded(int(statuses.size()))),
                        qint64(5000 + random.bounded(200000)),
                        placed.toUTC().toString(Qt::ISODateWithMs));
        insert->run();
        insert->reset();
    }
    transaction.commit();
}

const char *dashboardQml = R"(
import QtQuick
import GuideDesk
Window {
    id: window
    required property AppContext context
    width: 1440; height: 900; visible: true
    DashboardGrid { x: 16; y: 16; width: 880; context: window.context }
})";

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"customers"_s, u"How many customers."_s, u"N"_s, u"100000"_s });
    parser.addOption({ u"orders"_s, u"Online orders of the guide."_s, u"N"_s, u"3000"_s });
    parser.addOption({ u"rounds"_s, u"Repetitions."_s, u"N"_s, u"11"_s });
    parser.process(app);
    const int count = parser.value(u"customers"_s).toInt();
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.db"_s);
    const QByteArray key(32, 'b');
    auto db = store::Database::open(path, key, store::Database::OpenMode::CreateIfMissing);
    store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
    const QDate today = QDate::currentDate();
    QString guide, storeId;
    {
        search::PinyinConverter pinyin;
        search::ChineseVariants variants;
        customers::CustomerSearchIndex index(*db, pinyin, variants);
        const demo::DemoGenerator generator(20240601, count, today);
        QElapsedTimer build;
        build.start();
        seed::seedDemoData(*db, index, generator);
        guide = seed::demoGuideId(generator);
        auto q = db->prepare(u"SELECT store_id FROM guides WHERE id = ?"_s);
        q->bind(1, guide);
        q->step();
        storeId = q->text(0);
        addOrders(*db, guide, storeId, parser.value(u"orders"_s).toInt(), today);
        printLine(
            u"store: %1 customers, %2 purchases, %3 orders; the guide's book: %4 customers"
            " (built in %5 s)"_s.arg(count)
                .arg(db->scalar(u"SELECT count(*) FROM purchases"_s))
                .arg(db->scalar(u"SELECT count(*) FROM orders"_s))
                .arg(db->scalar(
                    u"SELECT count(*) FROM customers WHERE owner_guide_id = '%1'"_s.arg(guide)))
                .arg(build.elapsed() / 1000.0, 0, 'f', 1));
    }

    // The figures as the worker reads them. No churn model has arrived from a server, so the
    // first read of the day fits one on the device (a demo or first-day store: the worst
    // case); the worker keeps it for the later reads.
    {
        tasks::ChurnRevisitCandidates scorer(*db);
        QList<double> times;
        dashboard::DashboardFigures figures;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            figures = dashboard::loadDashboardFigures(*db, guide, today, &scorer);
            times << timer.nsecsElapsed() / 1e6;
        }
        printLine(u"  first read (fits the store's churn model on the device): %1 ms"_s.arg(
            times.takeFirst(), 0, 'f', 1));
        printTimes(u"dashboard figures, one guide (all widgets), model kept"_s, times);
        printLine(u"  (today ¥%1, month ¥%2, %3 orders waiting, %4 at risk, coverage %5%)"_s
                      .arg(figures.today.totalCents() / 100)
                      .arg(figures.month.totalCents() / 100)
                      .arg(figures.ordersWaiting)
                      .arg(figures.atRiskCount)
                      .arg(figures.coveragePercent));
        QList<double> sales;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)dashboard::salesByDay(*db, guide, today.addDays(-44), today);
            sales << timer.nsecsElapsed() / 1e6;
        }
        printTimes(u"  sales by day, 45 days (in store + online)"_s, sales);
        // After a change to orders alone (a mall order, a claim): what a burst costs.
        QList<double> ordersOnly;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)dashboard::withOrdersReread(*db, guide, figures);
            ordersOnly << timer.nsecsElapsed() / 1e6;
        }
        printTimes(u"dashboard figures after a change to orders alone"_s, ordersOnly);
        // From here on the store has its model as a synced device does (the server fits it
        // nightly): what the app reads at start-up.
        if (scorer.model())
            churn::writeChurnModel(*db, storeId, *scorer.model());
        tasks::ChurnRevisitCandidates pulled(*db);
        QList<double> synced;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            (void)dashboard::loadDashboardFigures(*db, guide, today, &pulled);
            synced << timer.nsecsElapsed() / 1e6;
        }
        printTimes(u"dashboard figures, one guide (all widgets), model pulled"_s, synced);
    }

    // Opening the dashboard: all nine widgets, a new engine each round.
    outbox::Outbox outbox(*db);
    dashboard::DashboardLayoutWriter writer(*db, outbox);
    writer.setActor({ guide, storeId, false });
    dashboard::DashboardLayout all;
    for (const QString &kind : dashboard::widgetCatalogue()) {
        const bool sales = kind.startsWith(u"sales_"_s);
        all.widgets << dashboard::DashboardWidget { kind, { sales ? 2 : 1, 1 }, {} };
    }
    writer.save(all);
    tasks::TaskWriter taskWriter(*db, outbox, {});
    ui::TaskBoard board(*db, taskWriter);
    board.setActor({ guide, storeId, false }); // built at start-up in the app: not timed
    sync::SyncStatus syncStatus(false);
    segments::SegmentService worker([path, key] {
        return store::Database::open(path, key, store::Database::OpenMode::OpenExisting);
    });
    QList<double> firstFrames, allShown;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        dashboard::DashboardLayoutModel layout(writer);
        layout.setActor({ guide, storeId, false });
        dashboard::DashboardFiguresModel figures(*db, &worker);
        ui::AppContext context(nullptr, nullptr, nullptr, &syncStatus);
        context.setTaskBoard(&board);
        context.setDashboard(&layout, &figures);
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        engine.setInitialProperties({ { u"context"_s, QVariant::fromValue(&context) } });
        figures.setGuide(guide); // the read starts on the worker
        engine.loadData(dashboardQml);
        auto *window = engine.rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        auto *tiles = window ? window->findChild<QObject *>(u"dashboardRepeater"_s) : nullptr;
        if (!tiles || tiles->property("count").toInt() != int(all.widgets.size())) {
            printLine(u"the dashboard did not load with every widget"_s);
            return 1;
        }
        double firstFrame = -1, loaded = -1, shown = -1;
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
            const double now = timer.nsecsElapsed() / 1e6;
            if (firstFrame < 0)
                firstFrame = now;
            if (loaded >= 0 && shown < 0) {
                shown = now; // the first frame drawn after the figures arrived
                loop.quit();
            }
        });
        QObject::connect(&figures, &dashboard::DashboardFiguresModel::changed, &loop, [&] {
            if (loaded < 0)
                loaded = timer.nsecsElapsed() / 1e6;
            window->update();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        firstFrames << firstFrame;
        allShown << shown;
        if (i == 0)
            printLine(u"  first open: first frame %1 ms, figures read %2 ms, drawn %3 ms"_s
                          .arg(firstFrame, 0, 'f', 1)
                          .arg(loaded, 0, 'f', 1)
                          .arg(shown, 0, 'f', 1));
    }
    printTimes(u"dashboard open, all 9 widgets: first frame"_s, firstFrames);
    printTimes(u"dashboard open, all 9 widgets: every widget showing its figures"_s, allShown);
    return 0;
}
