#include "apiclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {

// Large enough for a 5000-row pull page on a slow link; small enough that a dead
// connection is noticed.
constexpr int transferTimeoutMs = 60'000;

// A pull page of 5000 rows is a few MiB; anything far beyond is not the API talking, and
// must not be allowed to eat the tablet's memory.
constexpr qint64 maxReplyBytes = 64 * 1024 * 1024;
const char *const tooLargeProperty = "gd_reply_too_large";

bool isTlsFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

QString ApiError::describe() const
{
    switch (kind) {
    case Kind::Network:
        return u"network: %1"_s.arg(message);
    case Kind::Tls:
        return u"TLS: %1"_s.arg(message);
    case Kind::Http:
        return u"HTTP %1 %2: %3"_s.arg(httpStatus).arg(code, message);
    case Kind::Protocol:
        return u"protocol: %1"_s.arg(message);
    }
    return message;
}

ApiClient::ApiClient(QUrl baseUrl, QList<QSslCertificate> extraCaCertificates, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!extraCaCertificates.isEmpty())
        m_tls.addCaCertificates(extraCaCertificates);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_network.setAutoDeleteReplies(false);
}

QNetworkRequest ApiClient::request(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("GuideDesk-Schema", QByteArray::number(clientSchemaVersion));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return request;
}

QNetworkReply *ApiClient::postJson(const QString &path, const QJsonObject &body,
                                   std::function<void(const ApiResult &)> done)
{
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    req.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    reply->setParent(this);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxReplyBytes) {
            reply->setProperty(tooLargeProperty, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(resultOf(reply));
    });
    return reply;
}

QNetworkReply *ApiClient::openStream(const QString &path, const QByteArray &lastEventId)
{
    QNetworkRequest req = request(path);
    req.setRawHeader("Accept", "text/event-stream");
    req.setRawHeader("Cache-Control", "no-cache");
    if (!lastEventId.isEmpty())
        req.setRawHeader("Last-Event-ID", lastEventId);
    // The stream is long-lived; the watchdog in EventStream notices silence instead.
    req.setTransferTimeout(0);
    QNetworkReply *reply = m_network.get(req);
    reply->setParent(this);
    return reply;
}

ApiResult ApiClient::resultOf(QNetworkReply *reply)
{
    if (reply->property(tooLargeProperty).toBool()) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.code = u"reply_too_large"_s;
        error.message = u"the server's reply exceeded %1 MiB"_s.arg(maxReplyBytes >> 20);
        return error;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    // No status: never got an answer. A 2xx with an error: the answer was cut short.
    const bool cut = status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError;
    if (status == 0 || cut) {
        ApiError error;
        error.kind = isTlsFailure(reply->error()) ? ApiError::Kind::Tls : ApiError::Kind::Network;
        error.code = error.kind == ApiError::Kind::Tls ? u"tls"_s : u"network"_s;
        error.message = reply->errorString();
        return error;
    }
    if (status >= 200 && status < 300)
        return body;
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    const QJsonObject detail = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    error.code = detail.value(u"code"_s).toString(u"http_%1"_s.arg(status));
    error.message = detail.value(u"message"_s).toString(reply->errorString());
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
    if (ok && retryAfter >= 0)
        error.retryAfterSeconds = retryAfter;
    return error;
}

QList<QSslCertificate> loadCaCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            u"Cannot read the CA certificate %1: %2"_s.arg(path, file.errorString()).toStdString());
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    if (certificates.isEmpty())
        throw std::runtime_error(u"%1 holds no PEM certificate."_s.arg(path).toStdString());
    return certificates;
}

} // namespace gd::sync
