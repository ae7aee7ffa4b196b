// What the sync engine tells the UI about itself; a plain value so it can cross threads.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace gd::sync {

enum class SyncState
{
    Offline, // the server cannot be reached; local work continues and waits in the outbox
    Syncing, // pushing or pulling right now
    Online, // in step with the server, live events connected
    Error, // the server is reachable but something is wrong (reasonCode says what)
    SignedOut // the session ended; nothing syncs until the user signs in again
};

struct SyncSnapshot
{
    SyncState state = SyncState::Offline;
    // Why Offline/Error/SignedOut: network, tls, server, protocol, store, signed_out.
    QString reasonCode;
    QString detail; // technical English, shown small under the translated sentence
    int pendingChanges = 0;
    int rejectedChanges = 0;
    bool initialSyncDone = false;
    qint64 pulledRows = 0; // rows written by the current initial sync
    qint64 remainingRows = 0; // rows the server still has for it
    QDateTime lastSyncedAt; // invalid: never
    QDateTime nextAttemptAt; // invalid: none scheduled
};

} // namespace gd::sync

Q_DECLARE_METATYPE(gd::sync::SyncSnapshot)
