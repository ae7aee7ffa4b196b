// Lets another thread use a KeyStore that must stay on its own thread. QtKeychain queues its
// jobs on an executor that lives where it was first used (the GUI thread); a job started
// from the sync thread was touched there after it died, and the app crashed. Calls from
// other threads are carried over to the owner's thread and waited for.
#pragma once

#include "keystore.h"

#include <QObject>

namespace gd::store {

class ThreadSafeKeyStore : public KeyStore
{
public:
    // `inner` is used on the thread this object is created on.
    explicit ThreadSafeKeyStore(KeyStore &inner);

    [[nodiscard]] std::optional<QByteArray> read(const QString &account) override;
    void write(const QString &account, const QByteArray &secret) override;
    void remove(const QString &account) override;

private:
    template<typename Call> auto onOwnerThread(Call call);

    KeyStore &m_inner;
    QObject m_anchor; // marks the owner's thread; calls are queued to it
};

} // namespace gd::store
