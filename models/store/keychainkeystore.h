// KeyStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows). Never falls back to a plain file.
#pragma once

#include "keystore.h"

namespace gd::store {

class KeychainKeyStore : public KeyStore
{
public:
    explicit KeychainKeyStore(QString service);

    [[nodiscard]] std::optional<QByteArray> read(const QString &account) override;
    void write(const QString &account, const QByteArray &secret) override;
    void remove(const QString &account) override;

private:
    QString m_service;
};

} // namespace gd::store
