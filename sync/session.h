// Who is signed in, and their tokens. Tokens (never the password) live in the OS keychain
// under one entry per server and user, so the app starts signed in — and offline — the
// next time. Refresh tokens rotate: each refresh stores the new pair before using it.
#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace gd::store {
class KeyStore;
}

namespace gd::sync {

class ApiClient;

struct SignedInUser
{
    QString username;
    QString guideId;
    QString name;
    QString role; // "guide" or "manager"
    QString storeId;
    QString storeName;
    [[nodiscard]] bool isManager() const { return role == u"manager"; }
};

struct SessionTokens
{
    QString access;
    QDateTime accessExpiresAt;
    QString refresh;
};

class Session : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<ApiError> &)>;

    Session(ApiClient &api, store::KeyStore &keys, QObject *parent = nullptr);

    // The keychain entry for a user of a server.
    [[nodiscard]] static QString keychainAccount(const QUrl &server, const QString &username);

    // Loads a previous session of `username` from the keychain; false when there is none.
    bool restore(const QString &username);
    void login(const QString &username, const QString &password, Done done);
    // Gets a new access token with the refresh token (rotating both).
    void refresh(Done done);
    // Forgets the tokens here and (best effort) on the server.
    void signOut();

    [[nodiscard]] bool isSignedIn() const { return !m_tokens.refresh.isEmpty(); }
    [[nodiscard]] const SignedInUser &user() const { return m_user; }
    [[nodiscard]] const SessionTokens &tokens() const { return m_tokens; }

Q_SIGNALS:
    // The refresh token was refused: the user must sign in again.
    void expired(const QString &reason);

private:
    void accept(const QByteArray &body, const QString &username);
    void persist();

    ApiClient &m_api;
    store::KeyStore &m_keys;
    SignedInUser m_user;
    SessionTokens m_tokens;
};

} // namespace gd::sync

Q_DECLARE_METATYPE(gd::sync::SignedInUser)
