// Runs a SyncEngine on its own thread and connects it to the GUI: status snapshots to a
// SyncStatus, "sync now" requests to the engine, "tables changed" back to whoever refreshes
// the models. Owned by the composition root.
#pragma once

#include "syncengine.h"

#include <QObject>
#include <QThread>

namespace gd::sync {

class SyncStatus;

class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(SyncConfig config, store::KeyStore &keys, const search::PinyinConverter &pinyin,
                const search::ChineseVariants &variants, SyncStatus &status,
                QObject *parent = nullptr);
    ~SyncService() override; // stops the engine and joins its thread

    void start();
    // Safe from any thread; coalesced by the engine.
    void syncNow();

Q_SIGNALS:
    void tablesChanged(const QStringList &tables);
    void userChanged(const gd::sync::SignedInUser &user);

private:
    QThread m_thread;
    SyncEngine *m_engine; // lives on m_thread
};

} // namespace gd::sync
