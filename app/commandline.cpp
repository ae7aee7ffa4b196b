#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gd::app {

std::optional<Options> parseCommandLine(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "GuideDesk — the shopping guide's workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Open a local store with demo data."));
    const QCommandLineOption customers(
        u"demo-customers"_s,
        QCoreApplication::translate("main", "Number of demo customers (100–200000)."), u"N"_s,
        u"2000"_s);
    const QCommandLineOption seed(u"demo-seed"_s,
                                  QCoreApplication::translate("main", "Seed of the demo data."),
                                  u"SEED"_s, u"20240601"_s);
    const QCommandLineOption database(
        u"database"_s, QCoreApplication::translate("main", "Path of the local database."),
        u"PATH"_s);
    const QCommandLineOption selfTest(
        u"self-test"_s,
        QCoreApplication::translate("main", "Load every page, then exit (0 when clean)."));
    const QCommandLineOption startupReport(
        u"startup-report"_s,
        QCoreApplication::translate("main", "Print start-up time and memory, then exit."));
    const QCommandLineOption language(
        u"lang"_s, QCoreApplication::translate("main", "Interface language: zh_CN, zh_TW or en."),
        u"LANG"_s);
    const QCommandLineOption server(
        u"server"_s,
        QCoreApplication::translate("main", "Sync with the GuideDesk server at this HTTPS URL."),
        u"URL"_s);
    const QCommandLineOption caCert(
        u"ca-cert"_s,
        QCoreApplication::translate("main", "Also trust this CA certificate (PEM) for the server."),
        u"FILE"_s);
    const QCommandLineOption user(
        u"user"_s, QCoreApplication::translate("main", "Sign in to the server as this user."),
        u"NAME"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s,
        QCoreApplication::translate("main",
                                    "Read the password from this file to sign in (only when "
                                    "the keychain holds no session)."),
        u"FILE"_s);
    parser.addOptions({ demo, customers, seed, database, selfTest, startupReport, language, server,
                        caCert, user, passwordFile });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s)) {
        // Both print and exit, the way every command-line tool does.
        if (parser.isSet(u"version"_s))
            parser.showVersion();
        parser.showHelp(0);
    }
    Options options;
    options.demo = parser.isSet(demo);
    bool ok = false;
    options.demoCustomers = parser.value(customers).toInt(&ok);
    if (!ok || options.demoCustomers < 100 || options.demoCustomers > 200000) {
        *error = QCoreApplication::translate("main",
                                             "--demo-customers takes a number from 100 "
                                             "to 200000, not \"%1\".")
                     .arg(parser.value(customers));
        return std::nullopt;
    }
    options.demoSeed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        *error = QCoreApplication::translate("main",
                                             "--demo-seed takes a whole number, not "
                                             "\"%1\".")
                     .arg(parser.value(seed));
        return std::nullopt;
    }
    options.databasePath = parser.value(database);
    options.selfTest = parser.isSet(selfTest);
    options.startupReport = parser.isSet(startupReport);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && options.language != u"zh_CN"_s
        && options.language != u"zh_TW"_s && options.language != u"en"_s) {
        *error = QCoreApplication::translate("main", "--lang takes zh_CN, zh_TW or en, not \"%1\".")
                     .arg(options.language);
        return std::nullopt;
    }
    options.serverUrl = parser.value(server);
    options.caCertificate = parser.value(caCert);
    options.username = parser.value(user);
    options.passwordFile = parser.value(passwordFile);
    if (options.usesServer()) {
        const QUrl url(options.serverUrl);
        if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty()) {
            *error = QCoreApplication::translate("main",
                                                 "--server takes an https:// address, not "
                                                 "\"%1\".")
                         .arg(options.serverUrl);
            return std::nullopt;
        }
        if (options.username.isEmpty()) {
            *error = QCoreApplication::translate("main", "--server needs --user.");
            return std::nullopt;
        }
        if (options.demo) {
            *error = QCoreApplication::translate(
                "main", "--demo and --server exclude each other: the server has its own data.");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace gd::app
