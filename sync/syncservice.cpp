#include "syncservice.h"

#include "syncstatus.h"

#include <QCoreApplication>

namespace gd::sync {

SyncService::SyncService(SyncConfig config, store::KeyStore &keys,
                         const search::PinyinConverter &pinyin,
                         const search::ChineseVariants &variants, SyncStatus &status,
                         QObject *parent)
    : QObject(parent)
    , m_engine(new SyncEngine(std::move(config), keys, pinyin, variants))
{
    m_thread.setObjectName(QStringLiteral("sync"));
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &SyncEngine::statusChanged, &status, &SyncStatus::update,
            Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::tablesChanged, this, &SyncService::tablesChanged,
            Qt::QueuedConnection);
    connect(&status, &SyncStatus::syncRequested, this, &SyncService::syncNow);
    connect(m_engine, &SyncEngine::userChanged, this, &SyncService::userChanged,
            Qt::QueuedConnection);
    connect(&status, &SyncStatus::signInRequested, m_engine, &SyncEngine::signIn,
            Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::signInFinished, &status, &SyncStatus::finishSignIn,
            Qt::QueuedConnection);
}

SyncService::~SyncService()
{
    if (m_thread.isRunning()) {
        // The engine's sockets and timers belong to its thread: stop and delete it there,
        // then let the thread end. While waiting, keep serving this thread's events: the
        // engine may be in the middle of a keychain call that runs here.
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine] {
                engine->stop();
                delete engine;
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        while (!m_thread.wait(10))
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    } else {
        delete m_engine;
    }
}

void SyncService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

} // namespace gd::sync
