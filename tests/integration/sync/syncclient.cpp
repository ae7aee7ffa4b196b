#include "syncclient.h"

#include "store/storeopener.h"
#include "sync/apiclient.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gd::testsupport {

SyncTestClient::SyncTestClient(ClientOptions options)
    : m_options(std::move(options))
    , m_keys(u"GuideDesk-tests"_s)
{ }

SyncTestClient::~SyncTestClient()
{
    stopEngine();
}

bool SyncTestClient::signIn(const QString &password, QString *error)
{
    sync::ApiClient api(m_options.server, sync::loadCaCertificates(m_options.caCertificatePath));
    sync::Session session(api, m_keys);
    QEventLoop loop;
    std::optional<sync::ApiError> failure;
    session.login(m_options.username, password, [&](const std::optional<sync::ApiError> &e) {
        failure = e;
        loop.quit();
    });
    loop.exec();
    if (failure) {
        if (error)
            *error = failure->describe();
        return false;
    }
    m_user = session.user();
    return true;
}

void SyncTestClient::open()
{
    if (m_db)
        return;
    m_db = store::openLocalStore({ m_options.databasePath, {}, true }, m_keys);
    m_outbox = std::make_unique<outbox::Outbox>(*m_db);
    m_index = std::make_unique<customers::CustomerSearchIndex>(*m_db, m_pinyin, m_variants);
    if (m_user.guideId.isEmpty()) {
        sync::ApiClient api(m_options.server, {});
        sync::Session session(api, m_keys);
        if (session.restore(m_options.username))
            m_user = session.user();
    }
    m_writer = std::make_unique<customers::CustomerWriter>(
        *m_db, *m_outbox, *m_index, customers::Actor { m_user.guideId, m_user.storeId });
}

sync::SyncEngine &SyncTestClient::startEngine()
{
    open();
    if (!m_engine) {
        sync::SyncConfig config;
        config.server = m_options.server;
        config.caCertificates = sync::loadCaCertificates(m_options.caCertificatePath);
        config.databasePath = m_options.databasePath;
        config.databaseKey = *m_keys.read(store::keyAccountFor(m_options.databasePath));
        config.username = m_options.username;
        config.pullPageRows = m_options.pullPageRows;
        config.liveEvents = m_options.liveEvents;
        config.bulkCommitMs = m_options.bulkCommitMs;
        m_engine
            = std::make_unique<sync::SyncEngine>(std::move(config), m_keys, m_pinyin, m_variants);
        m_writer->setAfterWrite([engine = m_engine.get()] { engine->syncNow(); });
        m_engine->start();
    }
    return *m_engine;
}

void SyncTestClient::stopEngine()
{
    if (m_engine) {
        m_engine->stop();
        m_engine.reset();
    }
    if (m_writer)
        m_writer->setAfterWrite({});
}

bool SyncTestClient::syncUntilIdle(int timeoutMs, QString *error)
{
    sync::SyncEngine &engine = startEngine();
    QEventLoop loop;
    bool idle = false;
    QString lastProblem;
    auto connection
        = QObject::connect(&engine, &sync::SyncEngine::cycleFinished, &loop, [&](bool ok) {
              if (ok && !m_outbox->hasPending()) {
                  idle = true;
                  loop.quit();
              } else if (!ok) {
                  lastProblem = engine.snapshot().detail;
              }
          });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    engine.syncNow();
    loop.exec();
    QObject::disconnect(connection);
    if (!idle && error)
        *error = lastProblem.isEmpty() ? u"timed out"_s : lastProblem;
    return idle;
}

} // namespace gd::testsupport
