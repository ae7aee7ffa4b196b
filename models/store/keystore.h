// Where database keys live. The real one is the OS keychain (KeychainKeyStore); tests of
// other parts may use an in-memory fake. There is deliberately no file-backed store.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <stdexcept>

namespace gd::store {

// The keychain itself failed (no Secret Service, locked, access denied): not "no key".
class KeyStoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class KeyStore
{
public:
    virtual ~KeyStore() = default;
    // The secret stored under `account`, or nothing when there is no such entry.
    [[nodiscard]] virtual std::optional<QByteArray> read(const QString &account) = 0;
    virtual void write(const QString &account, const QByteArray &secret) = 0;
    virtual void remove(const QString &account) = 0;
};

} // namespace gd::store
