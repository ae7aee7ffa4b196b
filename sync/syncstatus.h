// The sync engine's state for QML, on the GUI thread: fed by the engine's snapshots across
// threads, read by the status indicator and the initial-sync progress. Registered for QML
// in ui/qmlregistration.h.
#pragma once

#include "syncsnapshot.h"

#include <QObject>

namespace gd::sync {

class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString reasonCode READ reasonCode NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(int rejectedChanges READ rejectedChanges NOTIFY changed)
    Q_PROPERTY(bool initialSyncDone READ initialSyncDone NOTIFY changed)
    // Doubles, not qint64: QML has no 64-bit integer type.
    Q_PROPERTY(double pulledRows READ pulledRows NOTIFY changed)
    Q_PROPERTY(double remainingRows READ remainingRows NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY changed)
    Q_PROPERTY(QDateTime nextAttemptAt READ nextAttemptAt NOTIFY changed)
    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    Q_PROPERTY(QString username READ username CONSTANT)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)
public:
    enum class State
    {
        Offline,
        Syncing,
        Online,
        Error,
        SignedOut
    };
    Q_ENUM(State)

    // `enabled` false: the app runs on its embedded demo store and nothing syncs.
    explicit SyncStatus(bool enabled, QString username = {}, QObject *parent = nullptr);

    [[nodiscard]] State state() const { return State(int(m_snapshot.state)); }
    [[nodiscard]] QString reasonCode() const { return m_snapshot.reasonCode; }
    [[nodiscard]] QString detail() const { return m_snapshot.detail; }
    [[nodiscard]] int pendingChanges() const { return m_snapshot.pendingChanges; }
    [[nodiscard]] int rejectedChanges() const { return m_snapshot.rejectedChanges; }
    [[nodiscard]] bool initialSyncDone() const { return m_snapshot.initialSyncDone; }
    [[nodiscard]] double pulledRows() const { return double(m_snapshot.pulledRows); }
    [[nodiscard]] double remainingRows() const { return double(m_snapshot.remainingRows); }
    // Of the initial sync, 0..1.
    [[nodiscard]] double progress() const;
    [[nodiscard]] QDateTime lastSyncedAt() const { return m_snapshot.lastSyncedAt; }
    [[nodiscard]] QDateTime nextAttemptAt() const { return m_snapshot.nextAttemptAt; }
    [[nodiscard]] bool enabled() const { return m_enabled; }
    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] bool signingIn() const { return m_signingIn; }

    // Try now instead of waiting for the next attempt.
    Q_INVOKABLE void syncNow() { Q_EMIT syncRequested(); }
    // Signs in again with this password; the answer comes as signInFinished.
    Q_INVOKABLE void signIn(const QString &password);

public Q_SLOTS:
    void update(const gd::sync::SyncSnapshot &snapshot);
    void finishSignIn(const QString &errorCode, const QString &detail);

Q_SIGNALS:
    void changed();
    void syncRequested();
    void signInRequested(const QString &password);
    void signingInChanged();
    // errorCode empty: signed in. Else bad_credentials, network, tls, … (QML words it).
    void signInFinished(const QString &errorCode, const QString &detail);

private:
    SyncSnapshot m_snapshot;
    bool m_enabled;
    QString m_username;
    bool m_signingIn = false;
};

} // namespace gd::sync
