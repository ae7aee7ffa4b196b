// The server's side of the task mutations (docs/sync-api.md): task_upsert, task_complete,
// task_snooze, task_reassign, task_progress. A guide touches only their own tasks, a manager
// those of the store's guides; only managers reassign. Exactly-once is the push's business
// (one transaction per mutation with the client's last_mutation_id); these only apply.
#pragma once

#include "authenticateduser.h"

#include <QJsonObject>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::server::core {

class ChangeLog;

class TaskMutations
{
public:
    TaskMutations(store::Database &db, ChangeLog &changes);

    [[nodiscard]] static bool handles(const QString &name);
    // Throws MutationRejected.
    void apply(const AuthenticatedUser &user, const QString &name, const QJsonObject &args);

private:
    void upsert(const AuthenticatedUser &user, const QJsonObject &args);
    void complete(const AuthenticatedUser &user, const QJsonObject &args);
    void snooze(const AuthenticatedUser &user, const QJsonObject &args);
    void reassign(const AuthenticatedUser &user, const QJsonObject &args);
    void progress(const AuthenticatedUser &user, const QJsonObject &args);
    // The task's kind; rejects when it does not exist or is not the user's to change.
    QString requireWritableTask(const AuthenticatedUser &user, const QString &taskId);
    void requireGuideOfStore(const AuthenticatedUser &user, const QString &guideId);

    store::Database &m_db;
    ChangeLog &m_changes;
};

} // namespace gd::server::core
