// One GuideDesk device for the integration tests: an encrypted local store (key in the real
// keychain), a session (tokens in the real keychain), the write paths and a SyncEngine run
// on the test's own thread. Used in-process by the tests and by guidedesk-syncdriver, the
// process the kill -9 tests shoot.
#pragma once

#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "store/database.h"
#include "store/keychainkeystore.h"
#include "sync/session.h"
#include "sync/syncengine.h"

#include <QUrl>
#include <memory>

namespace gd::testsupport {

struct ClientOptions
{
    QUrl server;
    QString caCertificatePath;
    QString username;
    QString databasePath;
    int pullPageRows = 5000;
    bool liveEvents = false;
    int bulkCommitMs = sync::SyncConfig().bulkCommitMs;
};

class SyncTestClient
{
public:
    explicit SyncTestClient(ClientOptions options);
    ~SyncTestClient();

    // Signs in with the password (tokens to the keychain). False with `error` on failure.
    bool signIn(const QString &password, QString *error);
    // Opens (creating if needed) the local store and the writer; signIn() must have run
    // once on this keychain for the user.
    void open();

    // Starts an engine on this thread if none runs, then waits until a cycle ends with an
    // empty outbox, or the timeout passes. Returns whether it got there.
    bool syncUntilIdle(int timeoutMs, QString *error = nullptr);
    // Starts the engine and returns at once (the caller spins the event loop).
    sync::SyncEngine &startEngine();
    void stopEngine();

    [[nodiscard]] store::Database &db() { return *m_db; }
    [[nodiscard]] outbox::Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] customers::CustomerWriter &writer() { return *m_writer; }
    [[nodiscard]] const sync::SignedInUser &user() const { return m_user; }
    [[nodiscard]] sync::SyncEngine *engine() { return m_engine.get(); }
    [[nodiscard]] store::KeyStore &keys() { return m_keys; }

private:
    ClientOptions m_options;
    store::KeychainKeyStore m_keys;
    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<customers::CustomerSearchIndex> m_index;
    std::unique_ptr<customers::CustomerWriter> m_writer;
    std::unique_ptr<sync::SyncEngine> m_engine;
    sync::SignedInUser m_user;
};

} // namespace gd::testsupport
