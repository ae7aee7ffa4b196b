#include "taskwriter.h"

#include "outbox/outbox.h"
#include "store/database.h"
#include "taskfields.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::tasks {

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject upsertArgs(const QString &id, const QString &guideId, const NewTask &task)
{
    QJsonObject args { { u"id"_s, id },
                       { u"guide_id"_s, guideId },
                       { u"kind"_s, task.kind },
                       { u"title"_s, task.title.trimmed() },
                       { u"body"_s, task.body },
                       { u"due_on"_s, dateOrNull(task.dueOn) },
                       { u"value_cents"_s, double(task.valueCents) },
                       { u"reason"_s, task.reason } };
    if (!task.customerId.isEmpty())
        args.insert(u"customer_id"_s, task.customerId);
    if (!task.couponId.isEmpty())
        args.insert(u"coupon_id"_s, task.couponId);
    return args;
}

} // namespace

TaskWriter::TaskWriter(store::Database &db, outbox::Outbox &outbox, TaskActor actor)
    : m_db(db)
    , m_outbox(outbox)
    , m_actor(std::move(actor))
{ }

bool TaskWriter::addGenerated(const NewTask &task)
{
    if (task.kind != u"revisit"_s && task.kind != u"birthday"_s)
        refuse(u"Only revisit and birthday tasks are generated"_s);
    store::Transaction transaction(m_db);
    {
        auto exists = m_db.prepare(u"SELECT 1 FROM tasks WHERE id = ?"_s);
        exists->bind(1, task.id);
        if (exists->step())
            return false;
    }
    insert(task.id, task);
    transaction.commit();
    written();
    return true;
}

QString TaskWriter::addTodo(const QString &title, const QDate &due, const QString &customerId)
{
    NewTask task;
    task.kind = u"todo"_s;
    task.title = title.trimmed();
    task.dueOn = due;
    task.customerId = customerId;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    store::Transaction transaction(m_db);
    insert(id, task);
    transaction.commit();
    written();
    return id;
}

void TaskWriter::insert(const QString &id, const NewTask &task)
{
    if (m_actor.guideId.isEmpty())
        refuse(u"Nobody is signed in to own the task"_s);
    const QJsonObject args = upsertArgs(id, m_actor.guideId, task);
    if (auto error = taskUpsertError(args))
        refuse(*error);
    if (!task.customerId.isEmpty()) {
        auto customer = m_db.prepare(u"SELECT 1 FROM customers WHERE id = ? AND deleted = 0"_s);
        customer->bind(1, task.customerId);
        if (!customer->step())
            refuse(u"There is no customer %1"_s.arg(task.customerId));
    }
    auto q = m_db.prepare(
        u"INSERT INTO tasks (id, guide_id, customer_id, kind, title, body, due_on, value_cents,"
        " reason_json, coupon_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q->bindAll(id, m_actor.guideId, args.value(u"customer_id"_s), task.kind, args.value(u"title"_s),
               task.body, args.value(u"due_on"_s), task.valueCents,
               QString::fromUtf8(QJsonDocument(task.reason).toJson(QJsonDocument::Compact)),
               args.value(u"coupon_id"_s), nowIso());
    q->run();
    m_outbox.append(u"task_upsert"_s, args, { { u"tasks"_s, id } });
}

void TaskWriter::requireWritable(const QString &taskId)
{
    auto q = m_db.prepare(u"SELECT t.guide_id, g.store_id FROM tasks t LEFT JOIN guides g ON"
                          " g.id = t.guide_id WHERE t.id = ? AND t.deleted = 0"_s);
    q->bind(1, taskId);
    if (!q->step())
        refuse(u"There is no task %1"_s.arg(taskId));
    const bool allowed
        = m_actor.manager ? q->text(1) == m_actor.storeId : q->text(0) == m_actor.guideId;
    if (m_actor.guideId.isEmpty() || !allowed)
        refuse(u"Task %1 is not yours to change"_s.arg(taskId));
}

void TaskWriter::complete(const QString &taskId, const QString &outcome)
{
    if (!taskOutcomes().contains(outcome))
        refuse(u"An outcome must be one of: %1"_s.arg(taskOutcomes().join(u", "_s)));
    const QString completedAt = nowIso();
    store::Transaction transaction(m_db);
    requireWritable(taskId);
    auto q = m_db.prepare(u"UPDATE tasks SET status = 'done', outcome = ?, completed_at = ?,"
                          " updated_at = ? WHERE id = ?"_s);
    q->bindAll(outcome, completedAt, completedAt, taskId);
    q->run();
    m_outbox.append(u"task_complete"_s,
                    QJsonObject { { u"id"_s, taskId },
                                  { u"outcome"_s, outcome },
                                  { u"completed_at"_s, completedAt } },
                    { { u"tasks"_s, taskId } });
    transaction.commit();
    written();
}

void TaskWriter::snooze(const QString &taskId, const QDate &until, const QDate &today)
{
    if (!until.isValid() || until <= today || today.daysTo(until) > 366)
        refuse(u"A task is snoozed to a day after today, within a year"_s);
    store::Transaction transaction(m_db);
    requireWritable(taskId);
    auto q = m_db.prepare(u"UPDATE tasks SET snoozed_until = ?, updated_at = ? WHERE id = ?"_s);
    q->bindAll(until.toString(Qt::ISODate), nowIso(), taskId);
    q->run();
    m_outbox.append(
        u"task_snooze"_s,
        QJsonObject { { u"id"_s, taskId }, { u"until"_s, until.toString(Qt::ISODate) } },
        { { u"tasks"_s, taskId } });
    transaction.commit();
    written();
}

void TaskWriter::reassign(const QString &taskId, const QString &guideId)
{
    if (!m_actor.manager)
        refuse(u"Only a manager reassigns tasks"_s);
    store::Transaction transaction(m_db);
    requireWritable(taskId);
    {
        auto guide = m_db.prepare(u"SELECT 1 FROM guides WHERE id = ? AND store_id = ? AND"
                                  " active = 1 AND deleted = 0"_s);
        guide->bindAll(guideId, m_actor.storeId);
        if (!guide->step())
            refuse(u"%1 is not an active guide of your store"_s.arg(guideId));
    }
    auto q = m_db.prepare(u"UPDATE tasks SET guide_id = ?, updated_at = ? WHERE id = ?"_s);
    q->bindAll(guideId, nowIso(), taskId);
    q->run();
    m_outbox.append(u"task_reassign"_s,
                    QJsonObject { { u"id"_s, taskId }, { u"guide_id"_s, guideId } },
                    { { u"tasks"_s, taskId } });
    transaction.commit();
    written();
}

void TaskWriter::setProgress(const QString &taskId, int progress)
{
    if (progress < 0 || progress > 100000)
        refuse(u"Progress must be 0 to 100000"_s);
    store::Transaction transaction(m_db);
    requireWritable(taskId);
    {
        auto kind = m_db.prepare(u"SELECT kind FROM tasks WHERE id = ?"_s);
        kind->bind(1, taskId);
        if (!kind->step() || kind->text(0) != u"campaign"_s)
            refuse(u"Only a campaign task counts progress"_s);
    }
    auto q = m_db.prepare(u"UPDATE tasks SET progress = ?, updated_at = ? WHERE id = ?"_s);
    q->bindAll(progress, nowIso(), taskId);
    q->run();
    m_outbox.append(u"task_progress"_s,
                    QJsonObject { { u"id"_s, taskId }, { u"progress"_s, progress } },
                    { { u"tasks"_s, taskId } });
    transaction.commit();
    written();
}

QString TaskWriter::nowIso() const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return now.toUTC().toString(Qt::ISODateWithMs);
}

void TaskWriter::written()
{
    if (m_afterWrite)
        m_afterWrite();
}

} // namespace gd::tasks
