// HTTPS + JSON to the GuideDesk sync API (docs/sync-api.md). One QNetworkAccessManager;
// certificates are always verified, against the system CAs plus the CA the user configured.
// Lives on the sync thread.
#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <variant>

namespace gd::sync {

inline constexpr int clientSchemaVersion = 3;

using ApiResult = std::variant<QByteArray, ApiError>;

class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QUrl baseUrl, QList<QSslCertificate> extraCaCertificates, QObject *parent = nullptr);

    [[nodiscard]] const QUrl &baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    [[nodiscard]] const QString &accessToken() const { return m_accessToken; }

    // POSTs `body` to `path` ("/api/v1/sync/push"); `done` gets the 2xx body or the error.
    // The reply is a child of this object; aborting it reports a Network error.
    QNetworkReply *postJson(const QString &path, const QJsonObject &body,
                            std::function<void(const ApiResult &)> done);
    // A streaming GET (Server-Sent Events): the caller reads the reply as it arrives.
    QNetworkReply *openStream(const QString &path, const QByteArray &lastEventId);

    // Turns a finished reply into its body or an ApiError.
    [[nodiscard]] static ApiResult resultOf(QNetworkReply *reply);

private:
    QNetworkRequest request(const QString &path) const;

    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    QString m_accessToken;
    QNetworkAccessManager m_network;
};

// Reads a CA certificate file (PEM) for --ca-cert; throws std::runtime_error with a sentence.
QList<QSslCertificate> loadCaCertificates(const QString &path);

} // namespace gd::sync
