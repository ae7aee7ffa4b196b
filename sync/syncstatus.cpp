#include "syncstatus.h"

namespace gd::sync {

static_assert(int(SyncStatus::State::Offline) == int(SyncState::Offline));
static_assert(int(SyncStatus::State::Syncing) == int(SyncState::Syncing));
static_assert(int(SyncStatus::State::Online) == int(SyncState::Online));
static_assert(int(SyncStatus::State::Error) == int(SyncState::Error));
static_assert(int(SyncStatus::State::SignedOut) == int(SyncState::SignedOut));

SyncStatus::SyncStatus(bool enabled, QString username, QObject *parent)
    : QObject(parent)
    , m_enabled(enabled)
    , m_username(std::move(username))
{
    if (!enabled)
        m_snapshot.initialSyncDone = true;
}

double SyncStatus::progress() const
{
    if (m_snapshot.initialSyncDone)
        return 1.0;
    const qint64 total = m_snapshot.pulledRows + m_snapshot.remainingRows;
    return total > 0 ? double(m_snapshot.pulledRows) / double(total) : 0.0;
}

void SyncStatus::update(const SyncSnapshot &snapshot)
{
    m_snapshot = snapshot;
    Q_EMIT changed();
}

void SyncStatus::signIn(const QString &password)
{
    if (m_signingIn || password.isEmpty())
        return;
    m_signingIn = true;
    Q_EMIT signingInChanged();
    Q_EMIT signInRequested(password);
}

void SyncStatus::finishSignIn(const QString &errorCode, const QString &detail)
{
    m_signingIn = false;
    Q_EMIT signingInChanged();
    Q_EMIT signInFinished(errorCode, detail);
}

} // namespace gd::sync
