// Reading tasks: what a guide (or, for a manager, the store) has to do, and the completion
// figures managers look at. Writes go through TaskWriter.
#pragma once

#include "taskrecords.h"

#include <QHash>
#include <QList>
#include <optional>

namespace gd::store {
class Database;
}

namespace gd::tasks {

// One guide's completions over a period, by outcome.
struct CompletionFigures
{
    QString guideId;
    QString guideName;
    int due = 0; // tasks due in the period (or done in it)
    int done = 0;
    QHash<QString, int> byOutcome;
};

class TaskStore
{
public:
    explicit TaskStore(store::Database &db);

    // Open tasks not snoozed past `today` and due up to `today + horizonDays` (or without a
    // due day), of the guide (empty: every guide of the store `storeId`).
    [[nodiscard]] QList<Task> openTasks(const QString &guideId, const QString &storeId,
                                        const QDate &today, int horizonDays);
    [[nodiscard]] std::optional<Task> task(const QString &taskId);
    // The store's active guides (id, name), by employee number: whom a manager may hand a
    // task to.
    [[nodiscard]] QList<QPair<QString, QString>> activeGuides(const QString &storeId);
    // Per guide of the store: tasks due from `from` to `to`, and how many were done.
    [[nodiscard]] QList<CompletionFigures> completion(const QString &storeId, const QDate &from,
                                                      const QDate &to);

private:
    store::Database &m_db;
};

} // namespace gd::tasks
