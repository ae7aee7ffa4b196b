// Prints the sync figures (docs/performance.md), against the real guidedesk-server over TLS
// on loopback:
//   - initial sync of a store (a manager's view) through the engine: seconds, rows/s;
//   - in the same run, the time to only download the same pages, and to only write them
//     into a fresh store (parse + apply), so we know how close to the limit the engine is;
//   - incremental sync of one change: round trip (write → push → pull → idle), p50/p95;
//   - an order posted by the mall → its row in the client's store, p50/p95 (live events).
// Run through scripts/with-keyring.sh --private (tokens and keys live in the keychain).
//   guidedesk-bench-sync [--customers 200000] [--user G1001] [--page 5000] [--orders 30]
#include "customers/customersearchindex.h"
#include "mallclient.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "serverprocess.h"
#include "store/keychainkeystore.h"
#include "store/storeopener.h"
#include "sync/apiclient.h"
#include "sync/deferredindexes.h"
#include "sync/pullapplier.h"
#include "sync/session.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

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

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void figure(const char *name, double value, const char *unit)
{
    std::printf("%-44s %12.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Pulls every page once, keeping the bodies: the "download only" baseline.
QList<QByteArray> downloadAll(testsupport::ServerProcess &server, const QString &user, int page,
                              store::KeyStore &keys)
{
    sync::ApiClient api(server.baseUrl(), sync::loadCaCertificates(server.caCertificatePath()));
    sync::Session session(api, keys);
    session.restore(user);
    QList<QByteArray> bodies;
    QString cookie;
    for (;;) {
        QEventLoop loop;
        QByteArray body;
        api.postJson(u"/api/v1/sync/pull"_s,
                     { { u"schema_version"_s, sync::clientSchemaVersion },
                       { u"client_id"_s, u"bench-download"_s },
                       { u"cookie"_s, cookie.isEmpty() ? QJsonValue() : QJsonValue(cookie) },
                       { u"limit"_s, page } },
                     [&](const sync::ApiResult &result) {
                         if (const auto *bytes = std::get_if<QByteArray>(&result))
                             body = *bytes;
                         loop.quit();
                     });
        loop.exec();
        if (body.isEmpty())
            qFatal("download failed");
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        cookie = object.value(u"cookie"_s).toString();
        bodies << body;
        if (!object.value(u"more"_s).toBool())
            return bodies;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customers(u"customers"_s, u"demo customers on the server"_s, u"N"_s,
                                       u"200000"_s);
    const QCommandLineOption userOption(u"user"_s, u"account"_s, u"NAME"_s, u"G1001"_s);
    const QCommandLineOption pageOption(u"page"_s, u"rows per pull page"_s, u"N"_s, u"5000"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"orders to time"_s, u"N"_s, u"30"_s);
    const QCommandLineOption keepOption(
        u"keep"_s,
        u"keep the seeded server in DIR and reuse it next time (seeding 200k takes minutes)"_s,
        u"DIR"_s);
    const QCommandLineOption engineOnly(u"engine-only"_s, u"measure the initial sync only"_s);
    const QCommandLineOption commitOption(
        u"commit-ms"_s, u"how long a first sync keeps a transaction open (the engine's default)"_s,
        u"MS"_s, QString::number(sync::SyncConfig().bulkCommitMs));
    parser.addOptions(
        { customers, userOption, pageOption, ordersOption, keepOption, engineOnly, commitOption });
    parser.addHelpOption();
    parser.process(app);
    const QString user = parser.value(userOption);
    const int page = parser.value(pageOption).toInt();

    QElapsedTimer timer;
    timer.start();
    testsupport::ServerProcess server({ parser.value(customers).toInt(), 0, 3600, {} });
    const QString keep = parser.value(keepOption);
    const QStringList kept
        = { u"server.db"_s,  u"password"_s,       u"mall-key"_s,      u"tls/ca.pem"_s,
            u"tls/ca.key"_s, u"tls/server.pem"_s, u"tls/server.key"_s };
    const bool reuse = !keep.isEmpty() && QFile::exists(QDir(keep).filePath(u"server.db"_s));
    if (reuse) {
        QDir().mkpath(QDir(server.directory()).filePath(u"tls"_s));
        for (const QString &file : kept)
            QFile::copy(QDir(keep).filePath(file), QDir(server.directory()).filePath(file));
    }
    QString error;
    if (!server.start(&error))
        qFatal("server: %s", qPrintable(error));
    std::printf("server seeded with %s customers in %.1f s\n", qPrintable(parser.value(customers)),
                double(timer.elapsed()) / 1000);
    QTemporaryDir dir;

    // 1. The engine, end to end.
    testsupport::SyncTestClient client({ server.baseUrl(), server.caCertificatePath(), user,
                                         dir.filePath(u"engine.db"_s), page, false,
                                         parser.value(commitOption).toInt() });
    if (!client.signIn(server.password(), &error))
        qFatal("sign-in: %s", qPrintable(error));
    client.open();
    timer.restart();
    const double cpuBefore = processCpuSeconds();
    if (!client.syncUntilIdle(600000, &error))
        qFatal("initial sync: %s", qPrintable(error));
    const double engineSeconds = double(timer.elapsed()) / 1000;
    const double engineCpu = processCpuSeconds() - cpuBefore;
    qint64 rows = 0;
    for (const QString &table : sync::PullApplier::syncedTables())
        rows += client.db().scalar(u"SELECT count(*) FROM %1"_s.arg(table));
    const qint64 customerRows = client.db().scalar(u"SELECT count(*) FROM customers"_s);
    std::printf("initial sync as %s: %lld customers, %lld rows in all\n", qPrintable(user),
                customerRows, rows);
    figure("initial sync (engine)", engineSeconds, "s");
    figure("initial sync rate", double(rows) / engineSeconds, "rows/s");
    // The client's own threads (sync, writer, network), not the server's: on a machine
    // shared with other work this moves far less than the wall time.
    figure("initial sync, client CPU time", engineCpu, "s");
    client.stopEngine();
    if (parser.isSet(engineOnly))
        return 0;

    // 2. Download only.
    timer.restart();
    const QList<QByteArray> bodies = downloadAll(server, user, page, client.keys());
    const double downloadSeconds = double(timer.elapsed()) / 1000;
    qint64 bytes = 0;
    for (const QByteArray &body : bodies)
        bytes += body.size();
    figure("download only", downloadSeconds, "s");
    figure("pages", double(bodies.size()), "");
    figure("JSON downloaded", double(bytes) / (1024 * 1024), "MiB");

    // 3. Parse only, then write only (parse + apply into a fresh store).
    {
        timer.restart();
        qsizetype parsedRows = 0;
        for (const QByteArray &body : bodies)
            parsedRows += sync::parsePullPage(body).rowCount();
        figure("parse only", double(timer.elapsed()) / 1000, "s");
        figure("rows parsed", double(parsedRows), "");
    }
    {
        store::KeychainKeyStore keys(u"GuideDesk-bench"_s);
        auto db = store::openLocalStore({ dir.filePath(u"insert.db"_s), {}, true }, keys);
        // As the engine has it during a first sync.
        db->exec(u"PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144;"
                 " PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 50000"_s);
        search::PinyinConverter pinyin;
        search::ChineseVariants variants;
        customers::CustomerSearchIndex index(*db, pinyin, variants);
        outbox::Outbox outbox(*db);
        sync::PullApplier applier(*db, outbox, index);
        // The same bulk path the engine takes for a first sync: indexes deferred, a
        // transaction every few pages.
        timer.restart();
        {
            store::Transaction transaction(*db);
            sync::DeferredIndexes::defer(*db);
            transaction.commit();
        }
        applier.setBulkLoad(true);
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            if (i % 10 == 0)
                db->exec(u"BEGIN IMMEDIATE"_s);
            applier.apply(sync::parsePullPage(bodies.at(i)));
            if (i % 10 == 9 || i == bodies.size() - 1)
                db->exec(u"COMMIT"_s);
        }
        const double insertSeconds = double(timer.elapsed()) / 1000;
        figure("write only (parse + apply)", insertSeconds, "s");
        figure("download + write baseline", downloadSeconds + insertSeconds, "s");
        figure("engine / baseline", engineSeconds / (downloadSeconds + insertSeconds), "x");
    }

    // 4. One change, round trip.
    {
        QList<double> trips;
        // Read and let go: a statement left open would pin an old snapshot, and the write
        // below could not start its transaction.
        const QString customer = [&] {
            auto q = client.db().prepare(u"SELECT id FROM customers ORDER BY rowid LIMIT 1"_s);
            q->step();
            return q->text(0);
        }();
        client.syncUntilIdle(60000);
        for (int i = 0; i < 20; ++i) {
            timer.restart();
            client.writer().updateCustomer(customer,
                                           { { u"remark"_s, u"round trip %1"_s.arg(i) } });
            client.syncUntilIdle(60000);
            trips << double(timer.nsecsElapsed()) / 1e6;
        }
        figure("incremental sync, one change p50", percentile(trips, 0.5), "ms");
        figure("incremental sync, one change p95", percentile(trips, 0.95), "ms");
        client.stopEngine();
    }

    // 5. Order posted → row in the client's store, through the live event stream.
    {
        testsupport::SyncTestClient live({ server.baseUrl(), server.caCertificatePath(), user,
                                           dir.filePath(u"engine.db"_s), page, true });
        live.open();
        sync::SyncEngine &engine = live.startEngine();
        live.syncUntilIdle(60000);
        QEventLoop settle;
        QTimer::singleShot(1000, &settle, &QEventLoop::quit); // the stream connects
        settle.exec();
        testsupport::MallClient mall(server);
        const QString customer = [&] {
            auto q = live.db().prepare(u"SELECT id FROM customers ORDER BY rowid LIMIT 1"_s);
            q->step();
            return q->text(0);
        }();
        QList<double> latencies;
        const int orders = parser.value(ordersOption).toInt();
        for (int i = 0; i < orders; ++i) {
            const QString orderNo
                = u"MPBENCH%1%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(i);
            // The clock stops when the engine has written the order's row: watched from
            // before the post (which spins the event loop while it waits for its answer).
            QEventLoop wait;
            QElapsedTimer sincePost;
            double arrivedMs = -1;
            auto check = [&] {
                auto found = live.db().prepare(u"SELECT count(*) FROM orders WHERE order_no = ?"_s);
                found->bind(1, orderNo);
                found->step();
                if (found->int64(0) > 0 && arrivedMs < 0) {
                    arrivedMs = double(sincePost.nsecsElapsed()) / 1e6;
                    wait.quit();
                }
            };
            auto connection
                = QObject::connect(&engine, &sync::SyncEngine::tablesChanged, &wait, check);
            sincePost.start();
            mall.post(testsupport::MallClient::paidOrder(orderNo, customer));
            check();
            if (arrivedMs < 0) {
                QTimer::singleShot(10000, &wait, &QEventLoop::quit);
                wait.exec();
            }
            QObject::disconnect(connection);
            if (arrivedMs < 0)
                arrivedMs = 10000; // never arrived: counted as the timeout
            latencies << arrivedMs;
            QEventLoop pause;
            QTimer::singleShot(500, &pause, &QEventLoop::quit);
            pause.exec();
        }
        figure("order posted -> row in store p50", percentile(latencies, 0.5), "ms");
        figure("order posted -> row in store p95", percentile(latencies, 0.95), "ms");
        live.stopEngine();
    }
    if (!keep.isEmpty() && !reuse) {
        server.stop();
        QDir().mkpath(QDir(keep).filePath(u"tls"_s));
        for (const QString &file : kept)
            QFile::copy(QDir(server.directory()).filePath(file), QDir(keep).filePath(file));
    }
    return 0;
}
