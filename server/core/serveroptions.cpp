#include "serveroptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace gd::server::core {

std::optional<ServerOptions> parseServerOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"guidedesk-server: the GuideDesk reference backend (docs/sync-api.md). HTTPS only."_s);
    parser.addHelpOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port (port 0: any free one)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption cert(u"tls-cert"_s, u"Server certificate (PEM)."_s, u"FILE"_s);
    const QCommandLineOption key(u"tls-key"_s, u"Server private key (PEM)."_s, u"FILE"_s);
    const QCommandLineOption generate(
        u"generate-tls"_s,
        u"Make a private CA and a certificate for localhost in DIR (kept if they exist)."_s,
        u"DIR"_s);
    const QCommandLineOption db(u"db"_s, u"Database file."_s, u"PATH"_s, u"guidedesk-server.db"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed N demo customers into an empty database."_s,
                                  u"N"_s, u"0"_s);
    const QCommandLineOption seedValue(u"seed-value"_s, u"Seed of the demo generator."_s, u"S"_s,
                                       u"20261122"_s);
    const QCommandLineOption password(
        u"seed-password-file"_s,
        u"The demo accounts' password: read from FILE, or made and written there."_s, u"FILE"_s);
    const QCommandLineOption mallKey(
        u"mall-key-file"_s,
        u"The mall's key for /api/v1/mall/orders and /api/v1/mall/coupons/redeem (read or made)."_s,
        u"FILE"_s);
    const QCommandLineOption orders(u"orders-per-minute"_s, u"Simulated orders a minute."_s, u"R"_s,
                                    u"0"_s);
    const QCommandLineOption escalate(
        u"escalate-after-minutes"_s,
        u"Minutes a paid order may wait unclaimed before it goes to the floor manager"
        " (0: never)."_s,
        u"MINUTES"_s, u"10"_s);
    const QCommandLineOption tokenTtl(u"token-ttl"_s, u"Access token lifetime in seconds."_s,
                                      u"SECONDS"_s, u"3600"_s);
    const QCommandLineOption refreshTtl(u"refresh-ttl"_s, u"Refresh token lifetime in seconds."_s,
                                        u"SECONDS"_s, u"2592000"_s);
    const QCommandLineOption redeemFraction(
        u"coupon-redeem-fraction"_s,
        u"Fraction of issued coupons the simulator redeems (0: none)."_s, u"F"_s, u"0.3"_s);
    const QCommandLineOption redeemAfter(u"coupon-redeem-after"_s,
                                         u"Seconds after issuing before a simulated redemption."_s,
                                         u"SECONDS"_s, u"120"_s);
    parser.addOptions({ listen, cert, key, generate, db, seed, seedValue, password, mallKey, orders,
                        escalate, tokenTtl, refreshTtl, redeemFraction, redeemAfter });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    ServerOptions options;
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    bool ok = false;
    const int port = listenValue.mid(colon + 1).toInt(&ok);
    QString host = listenValue.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (colon <= 0 || !ok || port < 0 || port > 65535 || !options.address.setAddress(host)) {
        *error = u"--listen takes HOST:PORT (e.g. 127.0.0.1:8443), not \"%1\"."_s.arg(listenValue);
        return std::nullopt;
    }
    options.port = quint16(port);
    options.tlsCertificate = parser.value(cert);
    options.tlsKey = parser.value(key);
    options.generateTlsDirectory = parser.value(generate);
    if (options.generateTlsDirectory.isEmpty()
        && (options.tlsCertificate.isEmpty() || options.tlsKey.isEmpty())) {
        *error = u"HTTPS only: give --tls-cert and --tls-key, or --generate-tls DIR."_s;
        return std::nullopt;
    }
    options.databasePath = parser.value(db);
    const auto number = [&](const QCommandLineOption &option, double min, double max, double *out) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value < min || value > max) {
            *error = u"--%1 takes a number from %2 to %3, not \"%4\"."_s.arg(option.names().first())
                         .arg(min)
                         .arg(max)
                         .arg(parser.value(option));
            return false;
        }
        *out = value;
        return true;
    };
    double value = 0;
    if (!number(seed, 0, 200000, &value))
        return std::nullopt;
    options.seedCustomers = int(value);
    if (options.seedCustomers > 0 && options.seedCustomers < 100) {
        *error = u"--seed takes 0 or 100 to 200000 customers."_s;
        return std::nullopt;
    }
    options.seedValue = parser.value(seedValue).toULongLong(&ok);
    if (!ok) {
        *error = u"--seed-value takes a whole number."_s;
        return std::nullopt;
    }
    options.seedPasswordFile = parser.value(password);
    if (options.seedCustomers > 0 && options.seedPasswordFile.isEmpty()) {
        *error = u"--seed needs --seed-password-file (where the demo password is kept)."_s;
        return std::nullopt;
    }
    options.mallKeyFile = parser.value(mallKey);
    if (!number(orders, 0, 6000, &options.ordersPerMinute))
        return std::nullopt;
    if (!number(escalate, 0, 60 * 24 * 7, &options.escalateAfterMinutes))
        return std::nullopt;
    if (!number(tokenTtl, 1, 86400 * 30, &value))
        return std::nullopt;
    options.tokenTtlSeconds = int(value);
    if (!number(refreshTtl, 60, 86400 * 365, &value))
        return std::nullopt;
    options.refreshTtlSeconds = int(value);
    if (!number(redeemFraction, 0, 1, &options.couponRedeemFraction))
        return std::nullopt;
    if (!number(redeemAfter, 0, 86400 * 30, &value))
        return std::nullopt;
    options.couponRedeemAfterSeconds = int(value);
    return options;
}

} // namespace gd::server::core
