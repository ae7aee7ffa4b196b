#include "keychainkeystore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace gd::store {

namespace {
// QtKeychain's jobs are asynchronous; the key is needed before anything else can happen, so
// wait here (with a local loop: the GUI keeps painting while the keychain prompts).
void runToCompletion(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

[[noreturn]] void fail(const QKeychain::Job &job, const char *what)
{
    throw KeyStoreError(u"The system keychain could not %1 the database key: %2"_s
                            .arg(QLatin1StringView(what), job.errorString())
                            .toStdString());
}
} // namespace

KeychainKeyStore::KeychainKeyStore(QString service)
    : m_service(std::move(service))
{ }

std::optional<QByteArray> KeychainKeyStore::read(const QString &account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    runToCompletion(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError)
        fail(job, "read");
    return job.binaryData();
}

void KeychainKeyStore::write(const QString &account, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setBinaryData(secret);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        fail(job, "store");
}

void KeychainKeyStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        fail(job, "delete");
}

} // namespace gd::store
