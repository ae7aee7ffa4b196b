// Posts orders to the reference server as a mini-program mall would (bearer = mall key),
// for the order tests and the benchmark.
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace gd::testsupport {

class ServerProcess;

class MallClient
{
public:
    explicit MallClient(const ServerProcess &server);

    // A paid order of one scarf for the customer, placed now.
    [[nodiscard]] static QJsonObject paidOrder(const QString &orderNo, const QString &customerId);
    // Posts and waits (10 s at most); returns the HTTP status, 0 without an answer.
    int post(const QJsonObject &order, const QString &mallKey = {});

private:
    const ServerProcess &m_server;
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
};

} // namespace gd::testsupport
