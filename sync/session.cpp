#include "session.h"

#include "apiclient.h"
#include "store/keystore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {

QJsonObject userToJson(const SignedInUser &user)
{
    return { { u"username"_s, user.username }, { u"guide_id"_s, user.guideId },
             { u"name"_s, user.name },         { u"role"_s, user.role },
             { u"store_id"_s, user.storeId },  { u"store_name"_s, user.storeName } };
}

SignedInUser userFromJson(const QJsonObject &object, const QString &username)
{
    return { username,
             object.value(u"guide_id"_s).toString(),
             object.value(u"name"_s).toString(),
             object.value(u"role"_s).toString(),
             object.value(u"store_id"_s).toString(),
             object.value(u"store_name"_s).toString() };
}

ApiError protocolError(const QString &why)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.code = u"protocol"_s;
    error.message = why;
    return error;
}

// The keychain refused to store the new tokens: report it like any other failure rather
// than letting the exception escape into the event loop.
ApiError keychainError(const std::exception &e)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.code = u"keychain"_s;
    error.message = QString::fromUtf8(e.what());
    return error;
}

} // namespace

Session::Session(ApiClient &api, store::KeyStore &keys, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_keys(keys)
{ }

QString Session::keychainAccount(const QUrl &server, const QString &username)
{
    return u"session %1 %2"_s.arg(server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash),
                                  username);
}

bool Session::restore(const QString &username)
{
    const auto stored = m_keys.read(keychainAccount(m_api.baseUrl(), username));
    if (!stored)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(*stored).object();
    const QJsonObject user = object.value(u"user"_s).toObject();
    if (object.value(u"refresh"_s).toString().isEmpty() || user.isEmpty())
        return false;
    m_user = userFromJson(user, username);
    m_tokens = { object.value(u"access"_s).toString(),
                 QDateTime::fromString(object.value(u"access_expires_at"_s).toString(),
                                       Qt::ISODateWithMs),
                 object.value(u"refresh"_s).toString() };
    m_api.setAccessToken(m_tokens.access);
    return true;
}

void Session::login(const QString &username, const QString &password, Done done)
{
    m_api.setAccessToken({});
    m_api.postJson(u"/api/v1/auth/login"_s,
                   { { u"username"_s, username },
                     { u"password"_s, password },
                     { u"device_name"_s, u"GuideDesk"_s } },
                   [this, username, done = std::move(done)](const ApiResult &result) {
                       if (const auto *error = std::get_if<ApiError>(&result))
                           return done(*error);
                       try {
                           accept(std::get<QByteArray>(result), username);
                       } catch (const ApiError &error) {
                           return done(error);
                       } catch (const std::exception &e) {
                           return done(keychainError(e));
                       }
                       done(std::nullopt);
                   });
}

void Session::refresh(Done done)
{
    m_api.setAccessToken({});
    m_api.postJson(u"/api/v1/auth/refresh"_s, { { u"refresh_token"_s, m_tokens.refresh } },
                   [this, done = std::move(done)](const ApiResult &result) {
                       if (const auto *error = std::get_if<ApiError>(&result)) {
                           if (error->kind == ApiError::Kind::Http && error->httpStatus == 401)
                               Q_EMIT expired(error->message);
                           return done(*error);
                       }
                       try {
                           accept(std::get<QByteArray>(result), m_user.username);
                       } catch (const ApiError &error) {
                           return done(error);
                       } catch (const std::exception &e) {
                           return done(keychainError(e));
                       }
                       done(std::nullopt);
                   });
}

void Session::signOut()
{
    if (!m_tokens.access.isEmpty())
        m_api.postJson(u"/api/v1/auth/logout"_s, {}, [](const ApiResult &) {});
    m_keys.remove(keychainAccount(m_api.baseUrl(), m_user.username));
    m_tokens = {};
    m_api.setAccessToken({});
}

void Session::accept(const QByteArray &body, const QString &username)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString access = object.value(u"access_token"_s).toString();
    const QString refresh = object.value(u"refresh_token"_s).toString();
    const QJsonObject user = object.value(u"user"_s).toObject();
    if (access.isEmpty() || refresh.isEmpty() || user.value(u"guide_id"_s).toString().isEmpty())
        throw protocolError(u"the sign-in reply has no tokens or no user"_s);
    m_user = userFromJson(user, username);
    const int expiresIn = object.value(u"access_expires_in"_s).toInt(3600);
    m_tokens = { access, QDateTime::currentDateTimeUtc().addSecs(expiresIn), refresh };
    m_api.setAccessToken(access);
    persist();
}

void Session::persist()
{
    const QJsonObject object { { u"access"_s, m_tokens.access },
                               { u"access_expires_at"_s,
                                 m_tokens.accessExpiresAt.toString(Qt::ISODateWithMs) },
                               { u"refresh"_s, m_tokens.refresh },
                               { u"user"_s, userToJson(m_user) } };
    m_keys.write(keychainAccount(m_api.baseUrl(), m_user.username),
                 QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace gd::sync
