#include "mallclient.h"

#include "serverprocess.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gd::testsupport {

MallClient::MallClient(const ServerProcess &server)
    : m_server(server)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.addCaCertificates(server.caCertificatePath());
}

QJsonObject MallClient::paidOrder(const QString &orderNo, const QString &customerId)
{
    return {
        { u"order_no"_s, orderNo },
        { u"customer_id"_s, customerId },
        { u"channel"_s, u"mini_program"_s },
        { u"status"_s, u"paid"_s },
        { u"amount_cents"_s, 59900 },
        { u"items"_s,
          QJsonArray { QJsonObject { { u"sku"_s, u"K-1001"_s },
                                     { u"name"_s, u"羊绒围巾"_s },
                                     { u"qty"_s, 1 },
                                     { u"price_cents"_s, 59900 } } } },
        { u"placed_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { u"city"_s, u"上海"_s },
    };
}

int MallClient::post(const QJsonObject &order, const QString &mallKey)
{
    QUrl url = m_server.baseUrl();
    url.setPath(u"/api/v1/mall/orders"_s);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QString key = mallKey.isEmpty() ? m_server.mallKey() : mallKey;
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    QNetworkReply *reply = m_network.post(request, QJsonDocument(order).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace gd::testsupport
