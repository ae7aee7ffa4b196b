// guidedesk-syncdriver: a headless GuideDesk device for the kill -9 tests and the soak
// script. It does one thing per run and prints one JSON line; the tests kill it at random
// moments and check that nothing was lost or doubled.
//
//   guidedesk-syncdriver --server URL --ca FILE --user NAME --db PATH [--page ROWS]
//                        signin PASSWORD_FILE | sync | write-and-sync N | digest
#include "sync/pullapplier.h"
#include "syncclient.h"
#include "syncdigest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

int print(const QJsonObject &object, int code)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return code;
}

int fail(const QString &why)
{
    return print({ { u"ok"_s, false }, { u"error"_s, why } }, 1);
}

QString firstOwnCustomer(testsupport::SyncTestClient &client)
{
    auto q = client.db().prepare(u"SELECT id FROM customers WHERE deleted = 0 AND"
                                 " owner_guide_id = ? ORDER BY id LIMIT 1"_s);
    q->bind(1, client.user().guideId);
    return q->step() ? q->text(0) : QString();
}

qint64 syncedRows(testsupport::SyncTestClient &client)
{
    qint64 rows = 0;
    for (const QString &table : sync::PullApplier::syncedTables())
        rows += client.db().scalar(u"SELECT count(*) FROM %1"_s.arg(table));
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(u"server"_s, u"server URL"_s, u"URL"_s);
    const QCommandLineOption ca(u"ca"_s, u"CA certificate"_s, u"FILE"_s);
    const QCommandLineOption user(u"user"_s, u"user name"_s, u"NAME"_s);
    const QCommandLineOption db(u"db"_s, u"local store"_s, u"PATH"_s);
    const QCommandLineOption page(u"page"_s, u"pull page rows"_s, u"ROWS"_s, u"5000"_s);
    const QCommandLineOption timeout(u"timeout-ms"_s, u"give up after"_s, u"MS"_s, u"120000"_s);
    const QCommandLineOption batch(u"batch-ms"_s, u"first-sync commit interval"_s, u"MS"_s,
                                   u"1500"_s);
    parser.addOptions({ server, ca, user, db, page, timeout, batch });
    parser.addPositionalArgument(u"command"_s, u"signin FILE | sync | write-and-sync N | digest"_s);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(u"no command"_s);

    testsupport::SyncTestClient client(
        { QUrl(parser.value(server)), parser.value(ca), parser.value(user), parser.value(db),
          parser.value(page).toInt(), false, parser.value(batch).toInt() });
    const int timeoutMs = parser.value(timeout).toInt();
    try {
        const QString command = args.first();
        if (command == u"signin"_s && args.size() == 2) {
            QFile file(args.at(1));
            if (!file.open(QIODevice::ReadOnly))
                return fail(u"cannot read %1"_s.arg(args.at(1)));
            QString error;
            if (!client.signIn(QString::fromUtf8(file.readAll()).trimmed(), &error))
                return fail(error);
            client.open();
            return print({ { u"ok"_s, true },
                           { u"guide_id"_s, client.user().guideId },
                           { u"store_id"_s, client.user().storeId } },
                         0);
        }
        if (command == u"sync"_s) {
            QString error;
            const bool idle = client.syncUntilIdle(timeoutMs, &error);
            return idle ? print({ { u"ok"_s, true } }, 0) : fail(error);
        }
        if (command == u"write-and-sync"_s && args.size() == 2) {
            client.startEngine();
            const QString customer = firstOwnCustomer(client);
            if (customer.isEmpty())
                return fail(u"no customer of this guide in the local store"_s);
            const int count = args.at(1).toInt();
            for (int i = 0; i < count; ++i) {
                client.writer().addNote(customer, u"visit"_s, u"note %1 from the driver"_s.arg(i));
                // Let the engine push while we keep writing, as a guide would.
                QCoreApplication::processEvents();
            }
            QString error;
            const bool idle = client.syncUntilIdle(timeoutMs, &error);
            return idle ? print({ { u"ok"_s, true }, { u"written"_s, count } }, 0) : fail(error);
        }
        if (command == u"digest"_s) {
            client.open();
            const testsupport::SyncDigest digest = testsupport::digestFor(
                client.db(), client.user().isManager() ? QString() : client.user().guideId);
            return print({ { u"ok"_s, true },
                           { u"hash"_s, digest.hash },
                           { u"describe"_s, digest.describe() },
                           { u"pending"_s, client.outbox().pendingCount() },
                           { u"customers"_s, double(digest.customers) },
                           { u"rows"_s, double(syncedRows(client)) },
                           { u"has_cookie"_s,
                             client.db().scalar(u"SELECT count(*) FROM sync_state WHERE key ="
                                                " 'pull_cookie'"_s)
                                 > 0 },
                           { u"integrity"_s, client.db().integrityCheck() } },
                         0);
        }
        return fail(u"unknown command %1"_s.arg(command));
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}
