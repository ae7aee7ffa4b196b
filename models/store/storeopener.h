// Opens the app's local store: finds or creates the database key in the key store, opens
// the encrypted database and brings its schema up to date.
#pragma once

#include "database.h"

#include <memory>

namespace gd::store {

class KeyStore;

// A fresh random 256-bit key from OpenSSL's CSPRNG.
[[nodiscard]] QByteArray generateDatabaseKey();

// The key store account that holds the key of the database at `path`.
[[nodiscard]] QString keyAccountFor(const QString &path);

struct StoreOptions
{
    QString path; // database file
    QString backupDirectory; // where backups before destructive migrations go
    bool allowCreate = true; // create database + key when the file does not exist
};

// Throws OpenError with a sentence for the user: MissingKey when the file exists but the
// key store has no key for it (never replaced by a new empty database), WrongKey when the
// key does not decrypt it, SchemaTooNew for a database of a newer app. KeyStoreError when
// the keychain itself fails.
[[nodiscard]] std::unique_ptr<Database> openLocalStore(const StoreOptions &options, KeyStore &keys);

} // namespace gd::store
