// What `guidedesk` was asked to do on its command line.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace gd::app {

struct Options
{
    bool demo = false; // open a store seeded with generated demo data
    int demoCustomers = 2000;
    quint64 demoSeed = 20240601;
    QString databasePath; // empty: the default place for the mode
    bool selfTest = false; // load every page offscreen, exit 0 only without QML warnings
    bool startupReport = false; // print first-frame time and RSS as JSON, then quit
    QString language; // empty: the saved choice or the system's

    // Sync with a retailer's server (docs/sync-api.md). Empty: the embedded store only.
    QString serverUrl; // https://host:port
    QString caCertificate; // PEM file of a private CA to trust besides the system's
    QString username;
    QString passwordFile; // read once to sign in when the keychain has no session

    [[nodiscard]] bool usesServer() const { return !serverUrl.isEmpty(); }
};

// Parses the arguments; on a usage error returns nothing and `error` says why.
[[nodiscard]] std::optional<Options> parseCommandLine(const QStringList &arguments, QString *error);

} // namespace gd::app
