// Calls the reference server's JSON API for the server integration tests: one network
// manager, TLS that trusts this server's CA only (each ServerProcess makes its own CA with
// the same name), and requests that wait for their answer, 30 s at most.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPair>
#include <QSslConfiguration>
#include <optional>

class QNetworkReply;

namespace gd::testsupport {

class ServerProcess;

// A fresh id (a UUID) for a device, a mutation's row or a pull, as the apps make them.
[[nodiscard]] QString newId();

// One answer: the HTTP status (0 without an answer), the body as sent and as JSON.
struct ApiReply
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;

    // A push's `results[i]`: its `status`, and the `error` of a rejected mutation.
    [[nodiscard]] QJsonObject result(int i = 0) const;
    [[nodiscard]] QString resultStatus(int i = 0) const;
    [[nodiscard]] QString resultCode(int i = 0) const;
    [[nodiscard]] QString resultMessage(int i = 0) const;
    // The request's own `error.code`, when the server refused the whole request.
    [[nodiscard]] QString errorCode() const;
};

class ServerApiClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // May be made before the server starts (as a test's member): it reads the CA, which the
    // server writes when it starts, at the first request.
    explicit ServerApiClient(const ServerProcess &server);

    // `path` may end in a query (`/api/v1/orders/response-times?days=7`). Every request is
    // sent as JSON; `token` is the bearer, none when empty.
    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &token = {}, const Headers &headers = {});
    ApiReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    ApiReply get(const QString &path, const QString &token = {});
    // For requests that must be in flight at the same moment: start several, then wait.
    QNetworkReply *postAsync(const QString &path, const QJsonObject &body,
                             const QString &token = {});
    static ApiReply wait(QNetworkReply *reply);

    // The login answer (`access_token`, `refresh_token`, `user`) with the demo password.
    QJsonObject login(const QString &user);
    QString tokenOf(const QString &user);
    // A push of `mutations` (schema 3) as the device `clientId`.
    ApiReply push(const QString &token, const QString &clientId, const QJsonArray &mutations);
    // Every page of a pull from scratch as `clientId`, following the cookie while `more`; a
    // page that is not 200 ends the list, so the caller sees it last.
    QList<ApiReply> pullPages(const QString &token, const QString &clientId, int limit);

    // For what the calls above do not cover (an event stream, a raw TLS socket).
    [[nodiscard]] QNetworkRequest request(const QString &path, const QString &token = {}) const;
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }
    [[nodiscard]] QSslConfiguration tls() const;
    [[nodiscard]] const ServerProcess &server() const { return m_server; }

private:
    const ServerProcess &m_server;
    QNetworkAccessManager m_network;
    mutable std::optional<QSslConfiguration> m_tls;
};

} // namespace gd::testsupport
