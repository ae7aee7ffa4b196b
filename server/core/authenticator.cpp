#include "authenticator.h"

#include "jsonresponse.h"
#include "passwords.h"
#include "store/database.h"

#include <QDateTime>
#include <QHttpServer>
#include <QUuid>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace gd::server::core {

namespace {

// A rotated refresh token still works this long (see docs/sync-api.md).
constexpr qint64 rotationGraceSeconds = 60;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

} // namespace

Authenticator::Authenticator(store::Database &db, TokenLifetimes lifetimes)
    : m_db(db)
    , m_lifetimes(lifetimes)
{ }

void Authenticator::setPassword(const QString &guideId, const QString &username,
                                const QString &password)
{
    const PasswordHash hash = hashPassword(password);
    auto q = m_db.prepare(u"INSERT OR REPLACE INTO users (guide_id, username, salt, hash,"
                          " iterations) VALUES (?, ?, ?, ?, ?)"_s);
    q->bindAll(guideId, username, hash.salt, hash.hash, hash.iterations);
    q->run();
}

std::optional<AuthenticatedUser> Authenticator::userById(const QString &guideId)
{
    auto q = m_db.prepare(u"SELECT g.id, g.store_id, g.role, g.name FROM guides g"
                          " WHERE g.id = ? AND g.deleted = 0 AND g.active = 1"_s);
    q->bind(1, guideId);
    if (!q->step())
        return std::nullopt;
    return AuthenticatedUser { q->text(0), q->text(1), q->text(2), q->text(3) };
}

std::variant<AuthenticatedUser, QHttpServerResponse>
Authenticator::authenticate(const QHttpServerRequest &request)
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        return jsonError(Status::Unauthorized, u"unauthorized"_s,
                         u"Sign in first: no bearer token."_s);
    auto q = m_db.prepare(u"SELECT guide_id, expires_at, revoked FROM tokens WHERE hash = ? AND"
                          " kind = 'access'"_s);
    q->bind(1, sha256Hex(token));
    if (!q->step() || q->int64(2) != 0)
        return jsonError(Status::Unauthorized, u"unauthorized"_s,
                         u"The access token is unknown or revoked."_s);
    if (q->int64(1) <= now())
        return jsonError(Status::Unauthorized, u"token_expired"_s,
                         u"The access token has expired."_s);
    const auto user = userById(q->text(0));
    if (!user)
        return jsonError(Status::Unauthorized, u"unauthorized"_s, u"The account is disabled."_s);
    return *user;
}

QJsonObject Authenticator::issueTokens(const QString &guideId, const QString &family)
{
    const QString access = randomToken(32);
    const QString refresh = randomToken(32);
    auto insert = m_db.prepare(u"INSERT INTO tokens (hash, kind, guide_id, family, expires_at)"
                               " VALUES (?, ?, ?, ?, ?)"_s);
    insert->bindAll(sha256Hex(access), u"access"_s, guideId, family,
                    now() + m_lifetimes.accessSeconds);
    insert->run();
    insert->bindAll(sha256Hex(refresh), u"refresh"_s, guideId, family,
                    now() + m_lifetimes.refreshSeconds);
    insert->run();
    const AuthenticatedUser user = *userById(guideId);
    QString storeName;
    {
        auto store = m_db.prepare(u"SELECT name FROM stores WHERE id = ?"_s);
        store->bind(1, user.storeId);
        if (store->step())
            storeName = store->text(0);
    }
    return { { u"access_token"_s, access },
             { u"access_expires_in"_s, m_lifetimes.accessSeconds },
             { u"refresh_token"_s, refresh },
             { u"refresh_expires_in"_s, m_lifetimes.refreshSeconds },
             { u"user"_s,
               QJsonObject { { u"guide_id"_s, user.guideId },
                             { u"name"_s, user.name },
                             { u"role"_s, user.role },
                             { u"store_id"_s, user.storeId },
                             { u"store_name"_s, storeName } } } };
}

QHttpServerResponse Authenticator::login(const QJsonObject &body)
{
    const QJsonValue username = body.value(u"username"_s);
    const QJsonValue password = body.value(u"password"_s);
    if (!username.isString() || !password.isString() || username.toString().size() > 100
        || password.toString().size() > 1000)
        return jsonError(Status::BadRequest, u"bad_request"_s,
                         u"username and password must be strings."_s);
    auto q
        = m_db.prepare(u"SELECT guide_id, salt, hash, iterations FROM users WHERE username = ?"_s);
    q->bind(1, username.toString());
    // The same answer, after the same work, for an unknown user and a wrong password.
    PasswordHash stored;
    QString guideId;
    if (q->step()) {
        guideId = q->text(0);
        stored = { q->blob(1), q->blob(2), q->integer(3) };
    } else {
        stored = hashPassword(u"-"_s, 120000);
        stored.hash.fill('x');
    }
    if (!verifyPassword(password.toString(), stored) || guideId.isEmpty() || !userById(guideId))
        return jsonError(Status::Unauthorized, u"bad_credentials"_s,
                         u"The user name or password is wrong."_s);
    store::Transaction transaction(m_db);
    const QJsonObject reply
        = issueTokens(guideId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    transaction.commit();
    return jsonReply(reply);
}

QHttpServerResponse Authenticator::refresh(const QJsonObject &body)
{
    const QString token = body.value(u"refresh_token"_s).toString();
    if (token.isEmpty())
        return jsonError(Status::BadRequest, u"bad_request"_s, u"refresh_token is missing."_s);
    store::Transaction transaction(m_db);
    auto q = m_db.prepare(u"SELECT guide_id, family, expires_at, rotated_at, revoked FROM tokens"
                          " WHERE hash = ? AND kind = 'refresh'"_s);
    q->bind(1, sha256Hex(token));
    if (!q->step())
        return jsonError(Status::Unauthorized, u"refresh_invalid"_s,
                         u"The refresh token is unknown."_s);
    const QString guideId = q->text(0);
    const QString family = q->text(1);
    const bool expired = q->int64(2) <= now();
    const bool rotatedLongAgo = !q->isNull(3) && now() - q->int64(3) > rotationGraceSeconds;
    const bool revoked = q->int64(4) != 0;
    if (expired || revoked || rotatedLongAgo) {
        if (rotatedLongAgo) {
            // A used refresh token again, long after: someone else has it. End the family.
            auto revoke = m_db.prepare(u"UPDATE tokens SET revoked = 1 WHERE family = ?"_s);
            revoke->bind(1, family);
            revoke->run();
            transaction.commit();
        }
        return jsonError(Status::Unauthorized, u"refresh_invalid"_s,
                         u"The refresh token has expired, was revoked or was already used."_s);
    }
    if (!userById(guideId))
        return jsonError(Status::Unauthorized, u"refresh_invalid"_s, u"The account is disabled."_s);
    auto rotate = m_db.prepare(u"UPDATE tokens SET rotated_at = coalesce(rotated_at, ?) WHERE"
                               " hash = ?"_s);
    rotate->bindAll(now(), sha256Hex(token));
    rotate->run();
    const QJsonObject reply = issueTokens(guideId, family);
    transaction.commit();
    return jsonReply(reply);
}

QHttpServerResponse Authenticator::logout(const QHttpServerRequest &request)
{
    const QString token = bearerToken(request);
    auto q = m_db.prepare(u"SELECT family FROM tokens WHERE hash = ? AND kind = 'access'"_s);
    q->bind(1, sha256Hex(token));
    if (!q->step())
        return jsonError(Status::Unauthorized, u"unauthorized"_s, u"Not signed in."_s);
    auto revoke = m_db.prepare(u"UPDATE tokens SET revoked = 1 WHERE family = ?"_s);
    revoke->bind(1, q->text(0));
    revoke->run();
    return QHttpServerResponse(Status::NoContent);
}

void Authenticator::registerRoutes(QHttpServer &server)
{
    server.route(u"/api/v1/auth/login"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     auto body = parseJsonObject(request);
                     if (auto *error = std::get_if<QHttpServerResponse>(&body))
                         return std::move(*error);
                     return login(std::get<QJsonObject>(body));
                 });
    server.route(u"/api/v1/auth/refresh"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     auto body = parseJsonObject(request);
                     if (auto *error = std::get_if<QHttpServerResponse>(&body))
                         return std::move(*error);
                     return refresh(std::get<QJsonObject>(body));
                 });
    server.route(u"/api/v1/auth/logout"_s, QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return logout(request); });
}

} // namespace gd::server::core
