// The reference server as a child process, for the integration tests and benchmarks: its
// own folder (database, certificates, the demo password, the mall key), a free port on
// loopback, and stop / kill / start again on the same port with the same data.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace gd::store {
class Database;
}

namespace gd::testsupport {

class ServerProcess
{
public:
    struct Options
    {
        int seedCustomers = 200;
        double ordersPerMinute = 0;
        int tokenTtlSeconds = 3600;
        QStringList extraArgs;
    };

    ServerProcess();
    explicit ServerProcess(Options options);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // First start: any free port; later starts: the same one. Waits for the server's
    // "listening" line (seeding a large demo store takes minutes).
    bool start(QString *error = nullptr);
    void stop(); // SIGTERM, then SIGKILL after 10 s
    void kill(); // SIGKILL

    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString caCertificatePath() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] QString mallKey() const;
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QByteArray standardError() const { return m_stderr; }

    // The server's database opened beside it (SQLite takes a second connection), for the
    // checks a test makes behind the API.
    [[nodiscard]] std::unique_ptr<store::Database> openDatabase() const;
    // The first customer the guide owns (every seeded guide has some); empty without one.
    [[nodiscard]] QString firstCustomerOf(const QString &guideId) const;

private:
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_stderr;
};

} // namespace gd::testsupport
