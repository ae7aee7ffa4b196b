// guidedesk-server's command line.
#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

namespace gd::server::core {

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString tlsCertificate;
    QString tlsKey;
    QString generateTlsDirectory; // make (or reuse) a CA and a certificate here
    QString databasePath = QStringLiteral("guidedesk-server.db");
    int seedCustomers = 0; // 0: no demo data
    quint64 seedValue = 20261122;
    QString seedPasswordFile;
    QString mallKeyFile;
    double ordersPerMinute = 0;
    double escalateAfterMinutes = 10; // a paid order unclaimed this long escalates (0: never)
    double couponRedeemFraction = 0.3; // of issued coupons, redeemed by the simulator
    int couponRedeemAfterSeconds = 120;
    int tokenTtlSeconds = 3600;
    int refreshTtlSeconds = 30 * 24 * 3600;
};

// Parses the arguments (exits for --help); nullopt with `error` on a usage error.
std::optional<ServerOptions> parseServerOptions(const QStringList &arguments, QString *error);

} // namespace gd::server::core
