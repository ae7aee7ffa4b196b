#include "storeopener.h"

#include "keystore.h"
#include "migrations.h"
#include "sqlerror.h"

#include <QDir>
#include <QFileInfo>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace gd::store {

QByteArray generateDatabaseKey()
{
    QByteArray key(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        throw KeyStoreError("OpenSSL could not produce a random database key");
    return key;
}

QString keyAccountFor(const QString &path)
{
    return u"database-key:"_s + QFileInfo(path).absoluteFilePath();
}

std::unique_ptr<Database> openLocalStore(const StoreOptions &options, KeyStore &keys)
{
    const QString account = keyAccountFor(options.path);
    const bool exists = QFileInfo::exists(options.path);
    std::unique_ptr<Database> db;
    if (exists) {
        const std::optional<QByteArray> key = keys.read(account);
        if (!key)
            throw OpenError(OpenError::Kind::MissingKey,
                            u"The key of the local database %1 is not in the system keychain, "
                            "so its data cannot be read. The file is left untouched; sign in "
                            "on this device again or restore the keychain."_s.arg(options.path));
        db = Database::open(options.path, *key, Database::OpenMode::OpenExisting);
    } else {
        if (!options.allowCreate)
            throw OpenError(OpenError::Kind::Io,
                            u"The local database %1 does not exist."_s.arg(options.path));
        QDir().mkpath(QFileInfo(options.path).absolutePath());
        const QByteArray key = generateDatabaseKey();
        // Key first: a database must never exist whose key was not stored.
        keys.write(account, key);
        db = Database::open(options.path, key, Database::OpenMode::CreateIfMissing);
    }
    Migrator(guideDeskMigrations(), options.backupDirectory).migrate(*db);
    return db;
}

} // namespace gd::store
