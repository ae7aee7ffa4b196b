#include "serversignin.h"

#include "commandline.h"
#include "store/keystore.h"
#include "sync/apiclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace gd::app {

namespace {

QString readPassword(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("main", "Cannot read the password file %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString sentenceFor(const sync::ApiError &error)
{
    if (error.kind == sync::ApiError::Kind::Tls)
        return QCoreApplication::translate("main",
                                           "The server's certificate is not trusted, so "
                                           "GuideDesk did not send your password. (%1)")
            .arg(error.message);
    if (error.kind == sync::ApiError::Kind::Network)
        return QCoreApplication::translate("main",
                                           "The server cannot be reached, and this device has "
                                           "not signed in before. (%1)")
            .arg(error.message);
    if (error.code == u"bad_credentials"_s)
        return QCoreApplication::translate("main", "The user name or password is wrong.");
    return QCoreApplication::translate("main", "Signing in failed: %1").arg(error.describe());
}

} // namespace

SignInOutcome signInToServer(const Options &options, store::KeyStore &keys)
{
    QList<QSslCertificate> ca;
    try {
        if (!options.caCertificate.isEmpty())
            ca = sync::loadCaCertificates(options.caCertificate);
    } catch (const std::exception &e) {
        return { std::nullopt, QString::fromUtf8(e.what()) };
    }
    sync::ApiClient api(QUrl(options.serverUrl), ca);
    sync::Session session(api, keys);
    try {
        if (session.restore(options.username))
            return { session.user(), {} };
    } catch (const store::KeyStoreError &e) {
        return { std::nullopt, QString::fromUtf8(e.what()) };
    }
    if (options.passwordFile.isEmpty())
        return { std::nullopt,
                 QCoreApplication::translate("main",
                                             "This device has no session for %1 yet: give "
                                             "--password-file to sign in.")
                     .arg(options.username) };
    QString error;
    const QString password = readPassword(options.passwordFile, &error);
    if (!error.isEmpty())
        return { std::nullopt, error };

    QEventLoop loop;
    std::optional<sync::ApiError> failure;
    session.login(options.username, password, [&](const std::optional<sync::ApiError> &e) {
        failure = e;
        loop.quit();
    });
    loop.exec();
    if (failure)
        return { std::nullopt, sentenceFor(*failure) };
    return { session.user(), {} };
}

} // namespace gd::app
