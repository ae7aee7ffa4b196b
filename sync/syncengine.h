// The client side of sync (docs/sync-api.md): pushes the outbox in order, pulls pages into
// the store, listens to live events, and says at all times whether it is online. Runs on
// its own thread with its own connection to the store, so a 5000-row page never blocks the
// GUI; the GUI talks to it through queued calls (syncNow) and signals.
#pragma once

#include "apiclient.h"
#include "backoff.h"
#include "session.h"
#include "syncsnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

namespace gd::store {
class Database;
class KeyStore;
} // namespace gd::store
namespace gd::outbox {
class Outbox;
}
namespace gd::search {
class PinyinConverter;
class ChineseVariants;
} // namespace gd::search
namespace gd::customers {
class CustomerSearchIndex;
}

namespace gd::sync {

class EventStream;
class PageWriter;
class PullApplier;
struct PageWritten;
struct PullPage;

struct SyncConfig
{
    QUrl server;
    QList<QSslCertificate> caCertificates;
    QString databasePath;
    QByteArray databaseKey;
    QString username;
    int pullPageRows = 5000;
    int pushBatch = 100;
    int periodicSyncSeconds = 60;
    // How long a bulk first sync keeps one transaction open: longer is faster, shorter
    // loses less to a kill and keeps the GUI's writes waiting less.
    int bulkCommitMs = 1500;
    bool liveEvents = true;
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SyncConfig config, store::KeyStore &keys, const search::PinyinConverter &pinyin,
               const search::ChineseVariants &variants, QObject *parent = nullptr);
    ~SyncEngine() override;

    [[nodiscard]] const SyncSnapshot &snapshot() const { return m_snapshot; }

public Q_SLOTS:
    // Opens the store connection and the session (from the keychain) and starts syncing.
    void start();
    // Push, then pull until the server has nothing more; coalesces repeated calls.
    void syncNow();
    void stop();
    // Signs in again (after the session ended, or on a device that never signed in) with
    // the configured user name; the password is used once and not kept.
    void signIn(const QString &password);

Q_SIGNALS:
    void statusChanged(const gd::sync::SyncSnapshot &snapshot);
    // Rows of these tables changed in the store (the models re-read them).
    void tablesChanged(const QStringList &tables);
    // A cycle ended (for tests and benchmarks): ok or not.
    void cycleFinished(bool ok);
    // Who is signed in (after restoring the session or signing in).
    void userChanged(const gd::sync::SignedInUser &user);
    // The answer to signIn(): empty code on success, else the API's or "network"/"tls".
    void signInFinished(const QString &errorCode, const QString &detail);

private:
    void beginCycle();
    void pushStep();
    void onPushed(const QByteArray &body);
    void requestPull(const QString &cookie);
    void onPulled(const QByteArray &body);
    void onWritten(const PageWritten &page);
    void finishCycle();
    void fail(const ApiError &error);
    void failLocally(const QString &code, const QString &detail);
    void scheduleRetry(std::optional<int> retryAfterSeconds);
    void setState(SyncState state, const QString &reasonCode = {}, const QString &detail = {});
    void refreshCounts();
    void publish();
    void abandonBatch();
    void startSignedIn();

    SyncConfig m_config;
    store::KeyStore &m_keys;
    const search::PinyinConverter &m_pinyin;
    const search::ChineseVariants &m_variants;

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<customers::CustomerSearchIndex> m_index;
    std::unique_ptr<PullApplier> m_applier;
    // Declared after what it writes with: destroyed (and waited for) first.
    std::unique_ptr<PageWriter> m_writer;
    ApiClient *m_api = nullptr;
    Session *m_session = nullptr;
    EventStream *m_events = nullptr;

    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_periodicTimer;
    SyncSnapshot m_snapshot;
    bool m_running = false;
    bool m_again = false;
    bool m_refreshing = false;
    quint64 m_cycle = 0; // replies of an older cycle are ignored
    QPointer<QNetworkReply> m_prefetch; // the next pull page, requested while applying one
    QString m_clientId; // read before the pulls of a cycle
    int m_pagesWriting = 0; // pages handed to m_writer and not reported back
    QString m_nextCookie; // the next page to ask for once the writer has room
};

} // namespace gd::sync
