#include "serverprocess.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace gd::testsupport {

namespace {
QString readTrimmed(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}
} // namespace

ServerProcess::ServerProcess()
    : ServerProcess(Options())
{ }

ServerProcess::ServerProcess(Options options)
    : m_options(std::move(options))
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_stderr += m_process.readAllStandardError(); });
    // A test that crashes or is killed must not leave its server running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(QString *error)
{
    if (m_process.state() != QProcess::NotRunning)
        return true;
    QStringList arguments = {
        u"--listen"_s,
        u"127.0.0.1:%1"_s.arg(m_port),
        u"--generate-tls"_s,
        m_dir.filePath(u"tls"_s),
        u"--db"_s,
        databasePath(),
        u"--seed"_s,
        QString::number(m_options.seedCustomers),
        u"--seed-password-file"_s,
        m_dir.filePath(u"password"_s),
        u"--mall-key-file"_s,
        m_dir.filePath(u"mall-key"_s),
        u"--orders-per-minute"_s,
        QString::number(m_options.ordersPerMinute),
        u"--token-ttl"_s,
        QString::number(m_options.tokenTtlSeconds),
    };
    arguments += m_options.extraArgs;
    m_process.start(QStringLiteral(GUIDEDESK_SERVER_BINARY), arguments);
    QByteArray out;
    // Seeding is most of the start-up: a benchmark's 200,000 customers take minutes, more on
    // a busy machine.
    const QDeadlineTimer deadline(300'000 + qint64(m_options.seedCustomers) * 5);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200)) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        out += m_process.readAllStandardOutput();
        const qsizetype newline = out.indexOf('\n');
        if (newline < 0)
            continue;
        const QJsonObject line = QJsonDocument::fromJson(out.left(newline)).object();
        if (line.value(u"event"_s).toString() == u"listening"_s) {
            m_port = quint16(QUrl(line.value(u"url"_s).toString()).port());
            return true;
        }
    }
    m_stderr += m_process.readAllStandardError();
    if (error)
        *error
            = u"guidedesk-server did not start: %1"_s.arg(QString::fromUtf8(m_stderr.right(2000)));
    m_process.kill();
    m_process.waitForFinished();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished();
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(u"https://localhost:%1"_s.arg(m_port));
}

QString ServerProcess::caCertificatePath() const
{
    return m_dir.filePath(u"tls/ca.pem"_s);
}

QString ServerProcess::databasePath() const
{
    return m_dir.filePath(u"server.db"_s);
}

std::unique_ptr<store::Database> ServerProcess::openDatabase() const
{
    return store::Database::openUnencrypted(databasePath(),
                                            store::Database::OpenMode::OpenExisting);
}

QString ServerProcess::firstCustomerOf(const QString &guideId) const
{
    auto db = openDatabase();
    auto q = db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? LIMIT 1"_s);
    q->bind(1, guideId);
    return q->step() ? q->text(0) : QString();
}

QString ServerProcess::password() const
{
    return readTrimmed(m_dir.filePath(u"password"_s));
}

QString ServerProcess::mallKey() const
{
    return readTrimmed(m_dir.filePath(u"mall-key"_s));
}

} // namespace gd::testsupport
