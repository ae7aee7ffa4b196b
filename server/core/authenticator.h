// Accounts and tokens: login, refresh (rotating), logout, and who a request's bearer token
// belongs to (docs/sync-api.md, "Authentication").
#pragma once

#include "authenticateduser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <variant>

class QHttpServer;

namespace gd::store {
class Database;
}

namespace gd::server::core {

struct TokenLifetimes
{
    int accessSeconds = 3600;
    int refreshSeconds = 30 * 24 * 3600;
};

class Authenticator
{
public:
    Authenticator(store::Database &db, TokenLifetimes lifetimes);

    // The user whose bearer access token the request carries, or the 401 reply to send.
    std::variant<AuthenticatedUser, QHttpServerResponse>
    authenticate(const QHttpServerRequest &request);

    void registerRoutes(QHttpServer &server);

    // Creates or replaces the account of a guide (seeding).
    void setPassword(const QString &guideId, const QString &username, const QString &password);

private:
    QHttpServerResponse login(const QJsonObject &body);
    QHttpServerResponse refresh(const QJsonObject &body);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QJsonObject issueTokens(const QString &guideId, const QString &family);
    std::optional<AuthenticatedUser> userById(const QString &guideId);

    store::Database &m_db;
    TokenLifetimes m_lifetimes;
};

} // namespace gd::server::core
