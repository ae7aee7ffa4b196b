#include "taskboard.h"

#include "tasks/taskwriter.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

Q_LOGGING_CATEGORY(lcTasks, "guidedesk.tasks")

const QString leadKey = u"tasks/birthdayLeadDays"_s;
const QString perDayKey = u"tasks/revisitsPerDay"_s;

} // namespace

TaskBoard::TaskBoard(store::Database &db, tasks::TaskWriter &writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_store(db)
    , m_revisits(db)
    , m_generator(db, writer, m_revisits)
    , m_tasks(m_store)
    , m_birthdays(db)
{
    QSettings settings;
    m_settings.birthdayLeadDays = std::clamp(settings.value(leadKey, 3).toInt(), 0, 30);
    m_settings.revisitsPerDay = std::clamp(settings.value(perDayKey, 5).toInt(), 0, 50);
    // A guide keeps the app open for days: a new day brings new tasks.
    m_dayTimer.setInterval(60'000);
    connect(&m_dayTimer, &QTimer::timeout, this, &TaskBoard::checkDay);
    m_dayTimer.start();
}

bool TaskBoard::signedIn() const
{
    return !m_writer.actor().guideId.isEmpty();
}

bool TaskBoard::manager() const
{
    return m_writer.actor().manager;
}

QStringList TaskBoard::outcomes() const
{
    return tasks::taskOutcomes();
}

void TaskBoard::setBirthdayLeadDays(int days)
{
    days = std::clamp(days, 0, 30);
    if (days == m_settings.birthdayLeadDays)
        return;
    m_settings.birthdayLeadDays = days;
    QSettings().setValue(leadKey, days);
    Q_EMIT settingsChanged();
    refresh();
}

void TaskBoard::setRevisitsPerDay(int count)
{
    count = std::clamp(count, 0, 50);
    if (count == m_settings.revisitsPerDay)
        return;
    m_settings.revisitsPerDay = count;
    QSettings().setValue(perDayKey, count);
    Q_EMIT settingsChanged();
    refresh();
}

void TaskBoard::setActor(const tasks::TaskActor &actor)
{
    m_writer.setActor(actor);
    // A manager sees the store's tasks; a guide their own.
    m_tasks.setScope(actor.manager ? QString() : actor.guideId, actor.storeId);
    m_birthdays.setOwnerGuideId(actor.manager ? QString() : actor.guideId);
    Q_EMIT actorChanged();
    refresh();
}

void TaskBoard::setGenerationAllowed(bool allowed)
{
    if (allowed == m_generationAllowed)
        return;
    m_generationAllowed = allowed;
    if (allowed)
        refresh();
}

void TaskBoard::setToday(const QDate &today)
{
    m_fixedToday = today;
    m_tasks.setToday(today);
    m_birthdays.setToday(today);
    refresh();
}

QDate TaskBoard::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

void TaskBoard::checkDay()
{
    if (today() != m_lastDay)
        refresh();
}

void TaskBoard::refresh()
{
    if (!m_generationAllowed) {
        reload();
        return;
    }
    m_lastDay = today();
    // The greeting is written in the UI language of the guide who generates the task, and
    // stored with it: the customer gets that text, whoever opens the task later.
    m_settings.greetingTemplate
        = tr("Happy birthday, %1! Wishing you a wonderful year — we have a small gift for you "
             "at the counter.");
    try {
        const auto result = m_generator.generate(today(), m_settings);
        if (result.revisitsCreated + result.birthdaysCreated + result.revisitsClosed > 0)
            qCInfo(lcTasks) << "generated" << result.revisitsCreated << "revisit(s),"
                            << result.birthdaysCreated << "birthday task(s); closed"
                            << result.revisitsClosed;
    } catch (const std::exception &e) {
        qCWarning(lcTasks) << "task generation failed:" << e.what();
    }
    reload();
}

void TaskBoard::reload()
{
    m_tasks.reload();
    m_birthdays.reload();
}

QString TaskBoard::attempt(const std::function<void()> &write, const QString &failure)
{
    if (!signedIn())
        return tr("Sign in to change tasks.");
    try {
        write();
    } catch (const std::exception &e) {
        qCWarning(lcTasks) << "task change refused:" << e.what();
        return failure;
    }
    m_tasks.reload();
    return {};
}

QString TaskBoard::complete(const QString &taskId, const QString &outcome)
{
    return attempt([&] { m_writer.complete(taskId, outcome); },
                   tr("The task could not be completed."));
}

QString TaskBoard::snooze(const QString &taskId, int days)
{
    return attempt([&] { m_writer.snooze(taskId, today().addDays(days), today()); },
                   tr("The task could not be snoozed."));
}

QString TaskBoard::addTodo(const QString &title, int dueInDays)
{
    const QString text = title.trimmed();
    if (text.isEmpty())
        return tr("Write what to do first.");
    if (text.size() > 200)
        return tr("A to-do can hold at most 200 characters.");
    return attempt([&] { m_writer.addTodo(text, today().addDays(std::max(0, dueInDays))); },
                   tr("The to-do was not saved."));
}

QString TaskBoard::setProgress(const QString &taskId, int progress)
{
    return attempt([&] { m_writer.setProgress(taskId, progress); },
                   tr("The progress was not saved."));
}

QString TaskBoard::reassign(const QString &taskId, const QString &guideId)
{
    if (!manager())
        return tr("Only a manager can reassign tasks.");
    return attempt([&] { m_writer.reassign(taskId, guideId); },
                   tr("The task could not be reassigned."));
}

QVariantList TaskBoard::guides()
{
    QVariantList guides;
    if (!manager())
        return guides;
    for (const auto &[id, name] : m_store.activeGuides(m_writer.actor().storeId))
        guides.append(QVariantMap { { u"guideId"_s, id }, { u"name"_s, name } });
    return guides;
}

void TaskBoard::storeChanged(const QStringList &tables)
{
    // What generation reads (birthdays, visits, contacts) makes it run again; tasks and
    // campaigns alone (every push brings our own tasks back) only need the lists re-read.
    static const QStringList generationInputs = { u"customers"_s, u"purchases"_s, u"notes"_s };
    static const QStringList shown = { u"tasks"_s, u"campaigns"_s };
    bool reread = false;
    for (const QString &table : tables) {
        if (generationInputs.contains(table)) {
            refresh();
            return;
        }
        reread = reread || shown.contains(table);
    }
    if (reread)
        reload();
}

} // namespace gd::ui
