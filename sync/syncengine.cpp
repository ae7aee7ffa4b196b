#include "syncengine.h"

#include "customers/customersearchindex.h"
#include "deferredindexes.h"
#include "eventstream.h"
#include "outbox/outbox.h"
#include "pagewriter.h"
#include "pullapplier.h"
#include "pullpage.h"
#include "session.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <utility>

using namespace Qt::StringLiterals;

namespace gd::sync {

namespace {

const QString initialSyncKey = u"initial_sync_done"_s;

// An access token this close to its expiry is refreshed before a cycle, not after a 401.
constexpr int refreshMarginSeconds = 30;

constexpr int offlineProbeMs = 15'000;

// Parsed pages waiting for (or in) the page writer before the next one is requested.
constexpr int maxPagesWriting = 2;

// The first sync writes a whole store: random UUID keys touch index pages all over the
// file, and each page read back from or written to an encrypted store costs an AES pass and
// an HMAC. For that while: a large page cache, checkpoints of the WAL far apart, and
// NORMAL sync (in WAL mode still atomic and consistent; a power cut may lose the last pages,
// which the saved cookie then fetches again). The usual settings afterwards.
const QString initialSyncSettings = u"PRAGMA cache_size = -262144; PRAGMA synchronous = NORMAL;"
                                    " PRAGMA wal_autocheckpoint = 50000"_s;
const QString steadySettings = u"PRAGMA cache_size = -16384; PRAGMA synchronous = FULL;"
                               " PRAGMA wal_autocheckpoint = 1000"_s;

QJsonObject mutationJson(const outbox::OutboxEntry &entry)
{
    return { { u"id"_s, entry.mutationId },
             { u"name"_s, entry.name },
             { u"args"_s, entry.args },
             { u"created_at"_s, entry.createdAt } };
}

} // namespace

SyncEngine::SyncEngine(SyncConfig config, store::KeyStore &keys,
                       const search::PinyinConverter &pinyin,
                       const search::ChineseVariants &variants, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_keys(keys)
    , m_pinyin(pinyin)
    , m_variants(variants)
    // Children, so that moveToThread() takes the timers along to the sync thread.
    , m_retryTimer(this)
    , m_periodicTimer(this)
{
    qRegisterMetaType<gd::sync::SyncSnapshot>();
    qRegisterMetaType<gd::sync::SignedInUser>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_periodicTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    try {
        m_db = store::Database::open(m_config.databasePath, m_config.databaseKey,
                                     store::Database::OpenMode::OpenExisting);
        // Pages arrive in the server's change order, not in foreign-key order; the server
        // is the one that keeps references whole.
        m_db->exec(u"PRAGMA foreign_keys = OFF"_s);
    } catch (const std::exception &e) {
        failLocally(u"store"_s, QString::fromUtf8(e.what()));
        return;
    }
    m_outbox = std::make_unique<outbox::Outbox>(*m_db);
    m_index = std::make_unique<customers::CustomerSearchIndex>(*m_db, m_pinyin, m_variants);
    m_applier = std::make_unique<PullApplier>(*m_db, *m_outbox, *m_index);
    m_writer = std::make_unique<PageWriter>(*m_db, *m_applier, this,
                                            [this](const PageWritten &page) { onWritten(page); });
    m_writer->setBulkCommitMs(m_config.bulkCommitMs);
    m_api = new ApiClient(m_config.server, m_config.caCertificates, this);
    m_session = new Session(*m_api, m_keys, this);
    connect(m_session, &Session::expired, this,
            [this](const QString &why) { setState(SyncState::SignedOut, u"signed_out"_s, why); });
    m_snapshot.initialSyncDone
        = m_db->scalar(u"SELECT count(*) FROM sync_state WHERE key = 'initial_sync_done'"_s) > 0;
    if (!m_snapshot.initialSyncDone) {
        try {
            m_db->exec(initialSyncSettings);
            // An empty store (or a first sync that was interrupted) loads in bulk.
            if (DeferredIndexes::areDeferred(*m_db) || m_applier->cookie().isEmpty()) {
                store::Transaction transaction(*m_db);
                DeferredIndexes::defer(*m_db);
                transaction.commit();
                m_applier->setBulkLoad(true);
            }
        } catch (const std::exception &e) {
            failLocally(u"store"_s, QString::fromUtf8(e.what()));
            return;
        }
    }
    bool restored = false;
    try {
        restored = m_session->restore(m_config.username);
    } catch (const std::exception &e) {
        setState(SyncState::SignedOut, u"signed_out"_s, QString::fromUtf8(e.what()));
        return;
    }
    if (!restored) {
        setState(SyncState::SignedOut, u"signed_out"_s, u"no session in the keychain"_s);
        return;
    }
    startSignedIn();
}

void SyncEngine::signIn(const QString &password)
{
    if (!m_session)
        return;
    m_session->login(m_config.username, password, [this](const std::optional<ApiError> &error) {
        if (error) {
            Q_EMIT signInFinished(error->code, error->describe());
            return;
        }
        Q_EMIT signInFinished({}, {});
        startSignedIn();
    });
}

void SyncEngine::startSignedIn()
{
    Q_EMIT userChanged(m_session->user());
    setState(SyncState::Syncing);
    if (m_config.liveEvents && !m_events) {
        m_events = new EventStream(*m_api, this);
        connect(m_events, &EventStream::hint, this, &SyncEngine::syncNow);
        // A dropped stream is the first sign of a lost network or a stopped server: check
        // at once, so that the status says "offline" now rather than at the next cycle.
        connect(m_events, &EventStream::connectedChanged, this, [this](bool connected) {
            if (!connected)
                syncNow();
        });
    }
    m_periodicTimer.start(m_config.periodicSyncSeconds * 1000);
    refreshCounts();
    syncNow();
}

void SyncEngine::stop()
{
    abandonBatch();
    ++m_cycle;
    m_retryTimer.stop();
    m_periodicTimer.stop();
    if (m_events)
        m_events->stop();
    if (m_prefetch && m_prefetch->isRunning())
        m_prefetch->abort();
    m_running = false;
}

void SyncEngine::syncNow()
{
    if (!m_db || m_snapshot.state == SyncState::SignedOut)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    beginCycle();
}

void SyncEngine::beginCycle()
{
    m_running = true;
    m_again = false;
    ++m_cycle;
    refreshCounts(); // local writes since the last cycle show at once
    setState(SyncState::Syncing);
    const auto &tokens = m_session->tokens();
    if (tokens.access.isEmpty()
        || QDateTime::currentDateTimeUtc().secsTo(tokens.accessExpiresAt) < refreshMarginSeconds) {
        const quint64 cycle = m_cycle;
        m_session->refresh([this, cycle](const std::optional<ApiError> &error) {
            if (cycle != m_cycle)
                return;
            if (error)
                return fail(*error);
            pushStep();
        });
        return;
    }
    pushStep();
}

void SyncEngine::pushStep()
{
    QList<outbox::OutboxEntry> entries;
    QString clientId;
    try {
        entries = m_outbox->pending(m_config.pushBatch);
        clientId = m_outbox->clientId();
        m_clientId = clientId; // for the pulls: the sync thread keeps off the store then
    } catch (const std::exception &e) {
        return failLocally(u"store"_s, QString::fromUtf8(e.what()));
    }
    if (entries.isEmpty()) {
        QString cookie;
        try {
            cookie = m_applier->cookie();
        } catch (const std::exception &e) {
            return failLocally(u"store"_s, QString::fromUtf8(e.what()));
        }
        return requestPull(cookie);
    }
    QJsonArray mutations;
    for (const auto &entry : std::as_const(entries))
        mutations.append(mutationJson(entry));
    const quint64 cycle = m_cycle;
    m_api->postJson(u"/api/v1/sync/push"_s,
                    { { u"schema_version"_s, clientSchemaVersion },
                      { u"client_id"_s, clientId },
                      { u"mutations"_s, mutations } },
                    [this, cycle](const ApiResult &result) {
                        if (cycle != m_cycle)
                            return;
                        if (const auto *error = std::get_if<ApiError>(&result))
                            return fail(*error);
                        onPushed(std::get<QByteArray>(result));
                    });
}

void SyncEngine::onPushed(const QByteArray &body)
{
    const QJsonObject reply = QJsonDocument::fromJson(body).object();
    const QJsonValue last = reply.value(u"last_mutation_id"_s);
    const QJsonValue results = reply.value(u"results"_s);
    if (!last.isDouble() || !results.isArray()) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.code = u"protocol"_s;
        error.message = u"the push reply has no last_mutation_id or results"_s;
        return fail(error);
    }
    bool rejectedAny = false;
    try {
        store::Transaction transaction(*m_db);
        for (const QJsonValue &value : results.toArray()) {
            const QJsonObject item = value.toObject();
            if (item.value(u"status"_s).toString() != u"rejected"_s)
                continue;
            const QJsonObject error = item.value(u"error"_s).toObject();
            m_outbox->markRejected(qint64(item.value(u"id"_s).toDouble()),
                                   u"%1: %2"_s.arg(error.value(u"code"_s).toString(),
                                                   error.value(u"message"_s).toString()));
            rejectedAny = true;
        }
        m_outbox->acknowledgeUpTo(qint64(last.toDouble()));
        transaction.commit();
    } catch (const std::exception &e) {
        return failLocally(u"store"_s, QString::fromUtf8(e.what()));
    }
    if (rejectedAny)
        Q_EMIT tablesChanged(PullApplier::syncedTables());
    refreshCounts();
    publish();
    pushStep(); // more entries, or on to the pull
}

void SyncEngine::requestPull(const QString &cookie)
{
    const quint64 cycle = m_cycle;
    m_prefetch = m_api->postJson(
        u"/api/v1/sync/pull"_s,
        { { u"schema_version"_s, clientSchemaVersion },
          { u"client_id"_s, m_clientId },
          { u"cookie"_s, cookie.isEmpty() ? QJsonValue(QJsonValue::Null) : cookie },
          { u"limit"_s, m_config.pullPageRows } },
        [this, cycle](const ApiResult &result) {
            if (cycle != m_cycle)
                return;
            if (const auto *error = std::get_if<ApiError>(&result))
                return fail(*error);
            onPulled(std::get<QByteArray>(result));
        });
}

void SyncEngine::onPulled(const QByteArray &body)
{
    PullPage page;
    try {
        page = parsePullPage(body);
    } catch (const std::exception &e) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.code = u"protocol"_s;
        error.message = QString::fromUtf8(e.what());
        return fail(error);
    }
    const bool more = page.more;
    const QString cookie = page.cookie;
    // The last page of a first sync marks it done and puts the usual settings back.
    const QString finishing = !more && !m_snapshot.initialSyncDone
        ? u"INSERT OR REPLACE INTO sync_state (key, value) VALUES ('%1', '1'); %2;"
          " PRAGMA wal_checkpoint(TRUNCATE)"_s.arg(initialSyncKey, steadySettings)
        : QString();
    ++m_pagesWriting;
    m_writer->write(m_cycle, std::move(page), finishing);
    // Ask for the next page while this one is written: download, parsing and writing
    // overlap. Two pages at most wait for the writer (memory stays bounded).
    if (more && m_pagesWriting < maxPagesWriting)
        requestPull(cookie);
    else if (more)
        m_nextCookie = cookie;
}

void SyncEngine::onWritten(const PageWritten &page)
{
    // The models see rows once they are committed, even those of a cycle that failed since.
    if (!page.committedTables.isEmpty())
        Q_EMIT tablesChanged(
            QStringList(page.committedTables.cbegin(), page.committedTables.cend()));
    if (page.cycle != m_cycle)
        return;
    --m_pagesWriting;
    if (!page.error.isEmpty())
        return failLocally(u"store"_s, page.error);
    if (!m_snapshot.initialSyncDone) {
        m_snapshot.pulledRows += page.applied;
        m_snapshot.remainingRows = page.remaining;
    }
    if (!page.more)
        return finishCycle();
    if (!m_nextCookie.isEmpty() && m_pagesWriting < maxPagesWriting)
        requestPull(std::exchange(m_nextCookie, QString()));
    publish();
}

void SyncEngine::abandonBatch()
{
    // Pages not yet written are dropped, an open batch rolled back (the saved cookie
    // fetches them again).
    if (m_writer)
        m_writer->abandon();
    m_pagesWriting = 0;
    m_nextCookie.clear();
}

void SyncEngine::finishCycle()
{
    m_running = false;
    m_backoff.reset();
    m_snapshot.initialSyncDone = true;
    m_snapshot.remainingRows = 0;
    m_snapshot.lastSyncedAt = QDateTime::currentDateTimeUtc();
    m_snapshot.nextAttemptAt = {};
    refreshCounts();
    setState(SyncState::Online);
    if (m_events && !m_events->isRunning())
        m_events->start();
    Q_EMIT cycleFinished(true);
    if (m_again)
        syncNow();
}

void SyncEngine::fail(const ApiError &error)
{
    abandonBatch();
    m_running = false;
    ++m_cycle;
    if (m_prefetch && m_prefetch->isRunning())
        m_prefetch->abort();
    if (error.isTokenExpired() && !m_refreshing) {
        m_refreshing = true;
        const quint64 cycle = m_cycle;
        m_session->refresh([this, cycle](const std::optional<ApiError> &refreshError) {
            m_refreshing = false;
            if (cycle != m_cycle)
                return;
            if (refreshError)
                return fail(*refreshError);
            syncNow();
        });
        return;
    }
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401) {
        setState(SyncState::SignedOut, u"signed_out"_s, error.describe());
        Q_EMIT cycleFinished(false);
        return;
    }
    if (error.kind == ApiError::Kind::Network)
        setState(SyncState::Offline, u"network"_s, error.describe());
    else if (error.kind == ApiError::Kind::Tls)
        setState(SyncState::Error, u"tls"_s, error.describe());
    else if (error.kind == ApiError::Kind::Protocol)
        setState(SyncState::Error, u"protocol"_s, error.describe());
    else
        setState(SyncState::Error, u"server"_s, error.describe());
    scheduleRetry(error.retryAfterSeconds);
    Q_EMIT cycleFinished(false);
}

void SyncEngine::failLocally(const QString &code, const QString &detail)
{
    abandonBatch();
    m_running = false;
    ++m_cycle;
    if (m_prefetch && m_prefetch->isRunning())
        m_prefetch->abort();
    setState(SyncState::Error, code, detail);
    if (m_db)
        scheduleRetry(std::nullopt);
    Q_EMIT cycleFinished(false);
}

void SyncEngine::scheduleRetry(std::optional<int> retryAfterSeconds)
{
    int delay = m_backoff.nextDelayMs(retryAfterSeconds);
    // Offline, probing is cheap and the guide waits for the network to come back: try at
    // least every 15 s. A server that asked us to wait, or that is failing, gets the full
    // backoff.
    if (m_snapshot.state == SyncState::Offline && !retryAfterSeconds)
        delay = std::min(delay, offlineProbeMs);
    m_snapshot.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_retryTimer.start(delay);
    publish();
}

void SyncEngine::setState(SyncState state, const QString &reasonCode, const QString &detail)
{
    m_snapshot.state = state;
    m_snapshot.reasonCode = reasonCode;
    m_snapshot.detail = detail;
    if (state == SyncState::SignedOut) {
        m_retryTimer.stop();
        m_periodicTimer.stop();
        if (m_events)
            m_events->stop();
    }
    publish();
}

void SyncEngine::refreshCounts()
{
    try {
        m_snapshot.pendingChanges = m_outbox->pendingCount();
        m_snapshot.rejectedChanges = m_outbox->rejectedCount();
    } catch (const std::exception &) {
        // Counts are informative; a locked store shows the last ones.
    }
}

void SyncEngine::publish()
{
    Q_EMIT statusChanged(m_snapshot);
}

} // namespace gd::sync
