#include "threadsafekeystore.h"

#include <QThread>
#include <exception>

namespace gd::store {

ThreadSafeKeyStore::ThreadSafeKeyStore(KeyStore &inner)
    : m_inner(inner)
{ }

template<typename Call> auto ThreadSafeKeyStore::onOwnerThread(Call call)
{
    if (QThread::currentThread() == m_anchor.thread())
        return call();
    // Run on the owner's thread and wait; an exception there is rethrown here.
    decltype(call()) result {};
    std::exception_ptr failure;
    QMetaObject::invokeMethod(
        &m_anchor,
        [&] {
            try {
                result = call();
            } catch (...) {
                failure = std::current_exception();
            }
        },
        Qt::BlockingQueuedConnection);
    if (failure)
        std::rethrow_exception(failure);
    return result;
}

std::optional<QByteArray> ThreadSafeKeyStore::read(const QString &account)
{
    return onOwnerThread([&] { return m_inner.read(account); });
}

void ThreadSafeKeyStore::write(const QString &account, const QByteArray &secret)
{
    onOwnerThread([&] {
        m_inner.write(account, secret);
        return true;
    });
}

void ThreadSafeKeyStore::remove(const QString &account)
{
    onOwnerThread([&] {
        m_inner.remove(account);
        return true;
    });
}

} // namespace gd::store
