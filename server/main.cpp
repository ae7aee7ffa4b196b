// guidedesk-server: the reference retailer backend (docs/sync-api.md). Wires the pieces
// together; each lives in server/core, server/events or server/orders.
#include "core/authenticator.h"
#include "core/changelog.h"
#include "core/churnfitcommand.h"
#include "core/churnfitter.h"
#include "core/demoseeding.h"
#include "core/jsonresponse.h"
#include "core/mutationapplier.h"
#include "core/serverdatabase.h"
#include "core/serveroptions.h"
#include "core/shutdownsignal.h"
#include "core/syncendpoints.h"
#include "coupons/couponredemptions.h"
#include "coupons/redemptionsimulator.h"
#include "events/eventhub.h"
#include "orders/orderescalator.h"
#include "orders/orderservice.h"
#include "orders/ordersimulator.h"
#include "orders/responsetimes.h"
#include "search/pinyinconverter.h"
#include "store/database.h"
#include "tls/certificategenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gd::server;
using Status = QHttpServerResponse::StatusCode;

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "guidedesk-server: %s\n", qPrintable(why));
    return 1;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

const QStringList knownPaths = { u"/api/v1/health"_s,
                                 u"/api/v1/auth/login"_s,
                                 u"/api/v1/auth/refresh"_s,
                                 u"/api/v1/auth/logout"_s,
                                 u"/api/v1/sync/push"_s,
                                 u"/api/v1/sync/pull"_s,
                                 u"/api/v1/events"_s,
                                 u"/api/v1/mall/orders"_s,
                                 u"/api/v1/mall/coupons/redeem"_s,
                                 u"/api/v1/churn/fit"_s,
                                 u"/api/v1/orders/response-times"_s };

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"guidedesk-server"_s);
    if (core::isFitChurnCommand(QCoreApplication::arguments()))
        return core::runFitChurnCommand(QCoreApplication::arguments());
    QString error;
    const auto options = core::parseServerOptions(QCoreApplication::arguments(), &error);
    if (!options)
        return fail(error);

    QString certificatePath = options->tlsCertificate;
    QString keyPath = options->tlsKey;
    QString caPath;
    try {
        if (!options->generateTlsDirectory.isEmpty()) {
            const auto files = gd::tls::ensureCertificates(options->generateTlsDirectory);
            certificatePath = files.serverCertificate;
            keyPath = files.serverKey;
            caPath = files.caCertificate;
        }
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    const QSslCertificate certificate(readFile(certificatePath, &error));
    if (!error.isEmpty() || certificate.isNull())
        return fail(error.isEmpty() ? u"%1 holds no PEM certificate."_s.arg(certificatePath)
                                    : error);
    const QByteArray keyBytes = readFile(keyPath, &error);
    QSslKey key(keyBytes, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Rsa);
    if (!error.isEmpty() || key.isNull())
        return fail(error.isEmpty() ? u"%1 holds no PEM private key."_s.arg(keyPath) : error);

    std::unique_ptr<gd::store::Database> db;
    try {
        db = core::openServerDatabase(options->databasePath);
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    core::ChangeLog changes(*db);
    core::Authenticator auth(*db, { options->tokenTtlSeconds, options->refreshTtlSeconds });
    QString mallKey;
    try {
        if (options->seedCustomers > 0)
            core::seedDemoServer(*db, changes, auth, options->seedCustomers, options->seedValue,
                                 core::readOrCreateSecret(options->seedPasswordFile));
        if (!options->mallKeyFile.isEmpty())
            mallKey = core::readOrCreateSecret(options->mallKeyFile);
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }

    gd::search::PinyinConverter pinyin;
    core::MutationApplier mutations(*db, changes, pinyin);
    core::SyncEndpoints sync(*db, auth, changes, mutations);
    events::EventHub hub(*db, auth);
    orders::OrderService orderService(*db, changes, hub, mallKey);
    // Order events from pushes and escalations go out once their transaction is committed.
    const auto publishLater = [&hub](qint64 seq) {
        QMetaObject::invokeMethod(
            &hub, [&hub, seq] { hub.publish(seq); }, Qt::QueuedConnection);
    };
    mutations.orderMutations().setPublisher(publishLater);
    orders::OrderEscalator escalator(*db, changes, options->escalateAfterMinutes, publishLater);
    orders::ResponseTimes responseTimes(*db, auth);
    orders::OrderSimulator simulator(*db, orderService, options->ordersPerMinute,
                                     options->seedValue);
    coupons::CouponRedemptions redemptions(*db, changes, mallKey);
    coupons::RedemptionSimulator redemptionSimulator(
        *db, redemptions, options->couponRedeemFraction, options->couponRedeemAfterSeconds);
    // Each store's churn model: fitted now, then nightly, and on a manager's demand.
    core::ChurnFitter churnFitter(*db, changes, auth);
    churnFitter.fitAllStores(QDateTime::currentDateTimeUtc().date());
    churnFitter.startSchedule(std::chrono::hours(24));

    QHttpServer server;
    server.route(u"/api/v1/health"_s, QHttpServerRequest::Method::Get, [] {
        return core::jsonReply(
            { { u"status"_s, u"ok"_s },
              { u"server_time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
              { u"schema_versions"_s, QJsonArray { 3 } } });
    });
    auth.registerRoutes(server);
    sync.registerRoutes(server);
    hub.registerRoutes(server);
    orderService.registerRoutes(server);
    redemptions.registerRoutes(server);
    churnFitter.registerRoutes(server);
    responseTimes.registerRoutes(server);
    server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const bool known = knownPaths.contains(request.url().path());
            const QJsonObject body {
                { u"error"_s,
                  QJsonObject {
                      { u"code"_s, known ? u"method_not_allowed"_s : u"not_found"_s },
                      { u"message"_s,
                        known ? u"Wrong method for this path."_s : u"No such endpoint."_s } } }
            };
            responder.write(QJsonDocument(body),
                            known ? QHttpServerResponder::StatusCode::MethodNotAllowed
                                  : QHttpServerResponder::StatusCode::NotFound);
        });
    server.sslSetup(certificate, key);
    const quint16 port = server.listen(options->address, options->port);
    if (port == 0)
        return fail(
            u"Cannot listen on %1:%2."_s.arg(options->address.toString()).arg(options->port));
    core::quitOnTerminationSignals();
    simulator.start();
    escalator.start();
    redemptionSimulator.start();
    const QJsonObject listening { { u"event"_s, u"listening"_s },
                                  { u"url"_s, u"https://localhost:%1"_s.arg(port) },
                                  { u"ca"_s, caPath } };
    std::fprintf(stdout, "%s\n",
                 QJsonDocument(listening).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
