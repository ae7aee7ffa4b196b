// An in-memory KeyStore for tests of code *around* the keychain (the store opener, the app's
// start-up). The keychain itself is tested for real in tst_keychainkeystore.
#pragma once

#include "store/keystore.h"

#include <QHash>

namespace gd::test {

class FakeKeyStore : public store::KeyStore
{
public:
    std::optional<QByteArray> read(const QString &account) override
    {
        auto it = secrets.constFind(account);
        return it == secrets.constEnd() ? std::nullopt : std::optional(*it);
    }
    void write(const QString &account, const QByteArray &secret) override
    {
        secrets.insert(account, secret);
    }
    void remove(const QString &account) override { secrets.remove(account); }

    QHash<QString, QByteArray> secrets;
};

} // namespace gd::test
