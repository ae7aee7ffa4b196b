// What the Today page works with: the signed-in guide's tasks and birthdays, and the task
// actions (complete with an outcome, snooze, add a to-do, campaign progress, reassign for
// managers). Generates the day's revisit and birthday tasks when the guide, the day or the
// store changes. Holds the generation settings (kept in QSettings).
#pragma once

#include "calendar/birthdaylistmodel.h"
#include "tasks/churnrevisitcandidates.h"
#include "tasks/taskgenerator.h"
#include "tasks/tasklistmodel.h"
#include "tasks/taskstore.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>

namespace gd::tasks {
class TaskWriter;
}

namespace gd::ui {

class TaskBoard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(gd::tasks::TaskListModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(gd::calendar::BirthdayListModel *birthdays READ birthdays CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY actorChanged)
    Q_PROPERTY(bool manager READ manager NOTIFY actorChanged)
    Q_PROPERTY(
        int birthdayLeadDays READ birthdayLeadDays WRITE setBirthdayLeadDays NOTIFY settingsChanged)
    Q_PROPERTY(
        int revisitsPerDay READ revisitsPerDay WRITE setRevisitsPerDay NOTIFY settingsChanged)
    Q_PROPERTY(QStringList outcomes READ outcomes CONSTANT)

public:
    TaskBoard(store::Database &db, tasks::TaskWriter &writer, QObject *parent = nullptr);

    [[nodiscard]] tasks::TaskListModel *tasks() { return &m_tasks; }
    [[nodiscard]] calendar::BirthdayListModel *birthdays() { return &m_birthdays; }
    [[nodiscard]] bool signedIn() const;
    [[nodiscard]] bool manager() const;
    [[nodiscard]] int birthdayLeadDays() const { return m_settings.birthdayLeadDays; }
    void setBirthdayLeadDays(int days);
    [[nodiscard]] int revisitsPerDay() const { return m_settings.revisitsPerDay; }
    void setRevisitsPerDay(int count);
    [[nodiscard]] QStringList outcomes() const;

    // Who works on this device now (sign-in, demo guide): scopes the lists, generates.
    void setActor(const tasks::TaskActor &actor);
    // Generation waits while the store is still filling (a first sync): a day's revisits
    // picked from half a customer book would use up the day's quota. Lists still show.
    void setGenerationAllowed(bool allowed);
    // For tests: the day the board works on (default: today, followed at midnight).
    void setToday(const QDate &today);

    /// Completes the task with an outcome (reached, no_answer, will_visit, not_interested,
    /// bought). Returns an empty string, or why it was not done (for the user).
    Q_INVOKABLE QString complete(const QString &taskId, const QString &outcome);
    /// Hides the task for `days` days.
    Q_INVOKABLE QString snooze(const QString &taskId, int days);
    /// Adds the guide's own to-do, due today (or in `dueInDays` days).
    Q_INVOKABLE QString addTodo(const QString &title, int dueInDays = 0);
    /// A campaign task's count towards its target.
    Q_INVOKABLE QString setProgress(const QString &taskId, int progress);
    /// Managers: gives the task to another guide of the store.
    Q_INVOKABLE QString reassign(const QString &taskId, const QString &guideId);
    /// For a manager: the store's active guides as [{guideId, name}] (empty for a guide).
    Q_INVOKABLE QVariantList guides();
    /// Makes the day's revisit and birthday tasks (idempotent) and re-reads the lists.
    Q_INVOKABLE void refresh();

public Q_SLOTS:
    // The store changed underneath (a pull): re-read what is shown.
    void storeChanged(const QStringList &tables);

Q_SIGNALS:
    void actorChanged();
    void settingsChanged();

private:
    [[nodiscard]] QDate today() const;
    void reload();
    void checkDay();
    QString attempt(const std::function<void()> &write, const QString &failure);

    tasks::TaskWriter &m_writer;
    tasks::TaskStore m_store;
    tasks::ChurnRevisitCandidates m_revisits; // the churn engine, offline
    tasks::TaskGenerator m_generator;
    tasks::TaskListModel m_tasks;
    calendar::BirthdayListModel m_birthdays;
    tasks::GenerationSettings m_settings;
    bool m_generationAllowed = true;
    QDate m_fixedToday;
    QDate m_lastDay;
    QTimer m_dayTimer;
};

} // namespace gd::ui
