// Every change to tasks made on this device: the change and its outbox entry in one
// transaction (task_upsert, task_complete, task_snooze, task_reassign, task_progress; see
// docs/sync-api.md). A guide changes only their own tasks, a manager those of the store.
// Refusals throw std::invalid_argument (English, for logs); the UI checks first.
#pragma once

#include "taskrecords.h"

#include <QDateTime>
#include <functional>

namespace gd::store {
class Database;
}
namespace gd::outbox {
class Outbox;
}

namespace gd::tasks {

class TaskWriter
{
public:
    TaskWriter(store::Database &db, outbox::Outbox &outbox, TaskActor actor);

    void setActor(TaskActor actor) { m_actor = std::move(actor); }
    [[nodiscard]] const TaskActor &actor() const { return m_actor; }
    // Called after each committed change (the sync engine pushes, the models refresh).
    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }
    // For unit testing: the clock that stamps created_at and completed_at (default: now).
    void setClockForTesting(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // A generated task (revisit, birthday) for the actor. Returns false, writing nothing,
    // when a task with that id exists already (in any state): generation is idempotent.
    bool addGenerated(const NewTask &task);
    // The guide's own to-do; `due` may be invalid (no due day). Returns its id.
    QString addTodo(const QString &title, const QDate &due, const QString &customerId = {});
    // Closes the task with one of taskOutcomes().
    void complete(const QString &taskId, const QString &outcome);
    // Hides the task until that day (after today).
    void snooze(const QString &taskId, const QDate &until, const QDate &today);
    // Managers only: gives the task to another active guide of the store.
    void reassign(const QString &taskId, const QString &guideId);
    // A campaign task's count towards its target.
    void setProgress(const QString &taskId, int progress);

private:
    void requireWritable(const QString &taskId);
    void insert(const QString &id, const NewTask &task);
    void written();
    [[nodiscard]] QString nowIso() const;

    store::Database &m_db;
    outbox::Outbox &m_outbox;
    TaskActor m_actor;
    std::function<void()> m_afterWrite;
    std::function<QDateTime()> m_clock;
};

} // namespace gd::tasks
