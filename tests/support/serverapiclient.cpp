#include "serverapiclient.h"

#include "serverprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::testsupport {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject ApiReply::result(int i) const
{
    return json.value(u"results"_s).toArray().at(i).toObject();
}

QString ApiReply::resultStatus(int i) const
{
    return result(i).value(u"status"_s).toString();
}

QString ApiReply::resultCode(int i) const
{
    return result(i).value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString ApiReply::resultMessage(int i) const
{
    return result(i).value(u"error"_s).toObject().value(u"message"_s).toString();
}

QString ApiReply::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

ServerApiClient::ServerApiClient(const ServerProcess &server)
    : m_server(server)
{ }

QSslConfiguration ServerApiClient::tls() const
{
    if (!m_tls) {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls->addCaCertificates(m_server.caCertificatePath());
    }
    return *m_tls;
}

QNetworkRequest ServerApiClient::request(const QString &path, const QString &token) const
{
    QUrl url = m_server.baseUrl();
    // setPath() alone would percent-encode a query into the path.
    const qsizetype query = path.indexOf(u'?');
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest r(url);
    r.setSslConfiguration(tls());
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return r;
}

ApiReply ServerApiClient::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const QString &token, const Headers &headers)
{
    QNetworkRequest r = request(path, token);
    for (const auto &[name, value] : headers)
        r.setRawHeader(name, value);
    return wait(m_network.sendCustomRequest(r, method, body));
}

ApiReply ServerApiClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return wait(postAsync(path, body, token));
}

ApiReply ServerApiClient::get(const QString &path, const QString &token)
{
    return wait(m_network.get(request(path, token)));
}

QNetworkReply *ServerApiClient::postAsync(const QString &path, const QJsonObject &body,
                                          const QString &token)
{
    return m_network.post(request(path, token), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply ServerApiClient::wait(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // A server that hangs fails the test's checks on status 0 instead of its timeout.
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.json = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

QJsonObject ServerApiClient::login(const QString &user)
{
    return post(u"/api/v1/auth/login"_s,
                { { u"username"_s, user }, { u"password"_s, m_server.password() } })
        .json;
}

QString ServerApiClient::tokenOf(const QString &user)
{
    return login(user).value(u"access_token"_s).toString();
}

ApiReply ServerApiClient::push(const QString &token, const QString &clientId,
                               const QJsonArray &mutations)
{
    return post(
        u"/api/v1/sync/push"_s,
        { { u"schema_version"_s, 3 }, { u"client_id"_s, clientId }, { u"mutations"_s, mutations } },
        token);
}

QList<ApiReply> ServerApiClient::pullPages(const QString &token, const QString &clientId, int limit)
{
    QList<ApiReply> pages;
    QString cookie;
    for (bool more = true; more;) {
        pages << post(u"/api/v1/sync/pull"_s,
                      { { u"client_id"_s, clientId },
                        { u"cookie"_s, cookie.isEmpty() ? QJsonValue() : cookie },
                        { u"limit"_s, limit } },
                      token);
        if (pages.last().status != 200)
            break;
        cookie = pages.last().json.value(u"cookie"_s).toString();
        more = pages.last().json.value(u"more"_s).toBool();
    }
    return pages;
}

} // namespace gd::testsupport
