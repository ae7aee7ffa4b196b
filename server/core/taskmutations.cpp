#include "taskmutations.h"

#include "changelog.h"
#include "mutationapplier.h"
#include "store/database.h"
#include "tasks/taskfields.h"
#include "tasks/taskrecords.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gd::server::core {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

TaskMutations::TaskMutations(store::Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

bool TaskMutations::handles(const QString &name)
{
    return name == u"task_upsert"_s || name == u"task_complete"_s || name == u"task_snooze"_s
        || name == u"task_reassign"_s || name == u"task_progress"_s;
}

void TaskMutations::apply(const AuthenticatedUser &user, const QString &name,
                          const QJsonObject &args)
{
    if (name == u"task_upsert"_s)
        upsert(user, args);
    else if (name == u"task_complete"_s)
        complete(user, args);
    else if (name == u"task_snooze"_s)
        snooze(user, args);
    else if (name == u"task_reassign"_s)
        reassign(user, args);
    else if (name == u"task_progress"_s)
        progress(user, args);
    else
        throw MutationRejected(u"bad_request"_s, u"Unknown task mutation."_s);
    m_changes.touch(u"tasks"_s, args.value(u"id"_s).toString());
}

void TaskMutations::requireGuideOfStore(const AuthenticatedUser &user, const QString &guideId)
{
    auto guide = m_db.prepare(u"SELECT store_id FROM guides WHERE id = ? AND deleted = 0 AND"
                              " active = 1"_s);
    guide->bind(1, guideId);
    if (!guide->step() || guide->text(0) != user.storeId)
        throw MutationRejected(u"bad_request"_s,
                               u"%1 is not an active guide of your store."_s.arg(guideId.left(64)));
}

QString TaskMutations::requireWritableTask(const AuthenticatedUser &user, const QString &taskId)
{
    auto q = m_db.prepare(u"SELECT t.guide_id, g.store_id, t.kind FROM tasks t JOIN guides g ON"
                          " g.id = t.guide_id WHERE t.id = ? AND t.deleted = 0"_s);
    q->bind(1, taskId);
    if (!q->step())
        throw MutationRejected(u"not_found"_s, u"There is no task %1."_s.arg(taskId));
    const bool allowed = user.isManager() ? q->text(1) == user.storeId : q->text(0) == user.guideId;
    if (!allowed)
        throw MutationRejected(u"forbidden"_s, u"Task %1 is not yours to change."_s.arg(taskId));
    return q->text(2);
}

void TaskMutations::upsert(const AuthenticatedUser &user, const QJsonObject &args)
{
    if (auto error = tasks::taskUpsertError(args))
        throw MutationRejected(u"bad_request"_s, *error);
    const QString id = args.value(u"id"_s).toString();
    const QString guideId = args.value(u"guide_id"_s).toString(user.guideId);
    if (guideId != user.guideId) {
        if (!user.isManager())
            throw MutationRejected(u"forbidden"_s, u"Only managers give tasks to others."_s);
        requireGuideOfStore(user, guideId);
    }
    const QJsonValue customerId = args.value(u"customer_id"_s);
    if (customerId.isString()) {
        auto c = m_db.prepare(u"SELECT store_id, owner_guide_id FROM customers WHERE id = ? AND"
                              " deleted = 0"_s);
        c->bind(1, customerId.toString());
        if (!c->step())
            throw MutationRejected(u"not_found"_s,
                                   u"There is no customer %1."_s.arg(customerId.toString()));
        const bool allowed
            = user.isManager() ? c->text(0) == user.storeId : c->text(1) == user.guideId;
        if (!allowed)
            throw MutationRejected(u"forbidden"_s,
                                   u"Customer %1 is not yours."_s.arg(customerId.toString()));
    }
    const QString kind = args.value(u"kind"_s).toString();
    {
        auto exists = m_db.prepare(u"SELECT kind FROM tasks WHERE id = ?"_s);
        exists->bind(1, id);
        if (exists->step()) {
            const QString existingKind = exists->text(0);
            requireWritableTask(user, id);
            if (existingKind != kind)
                throw MutationRejected(u"conflict"_s, u"Task %1 is another kind."_s.arg(id));
            // A generated task made by two devices: the first one stays (same id, same
            // meaning). A to-do is edited: last writer wins, in arrival order.
            if (kind == u"todo"_s) {
                auto update = m_db.prepare(u"UPDATE tasks SET title = ?, body = ?, due_on = ?,"
                                           " customer_id = ? WHERE id = ?"_s);
                update->bindAll(args.value(u"title"_s), args.value(u"body"_s).toString(),
                                args.value(u"due_on"_s), customerId, id);
                update->run();
            }
            return;
        }
    }
    const QString reason = QString::fromUtf8(
        QJsonDocument(args.value(u"reason"_s).toObject()).toJson(QJsonDocument::Compact));
    auto insert = m_db.prepare(
        u"INSERT INTO tasks (id, guide_id, customer_id, kind, title, body, due_on, value_cents,"
        " reason_json, coupon_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert->bindAll(id, guideId, customerId, kind, args.value(u"title"_s),
                    args.value(u"body"_s).toString(), args.value(u"due_on"_s),
                    qint64(args.value(u"value_cents"_s).toDouble()), reason,
                    args.value(u"coupon_id"_s), nowIso());
    insert->run();
}

void TaskMutations::complete(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QString outcome = args.value(u"outcome"_s).toString();
    if (!tasks::taskOutcomes().contains(outcome))
        throw MutationRejected(
            u"bad_request"_s,
            u"outcome must be one of %1."_s.arg(tasks::taskOutcomes().join(u", "_s)));
    const QJsonValue at = args.value(u"completed_at"_s);
    if (!at.isUndefined() && (!at.isString() || at.toString().size() > 40))
        throw MutationRejected(u"bad_request"_s, u"completed_at must be a time."_s);
    requireWritableTask(user, id);
    // Last writer wins in arrival order: a second completion (another device, another
    // outcome) replaces the first.
    auto q = m_db.prepare(u"UPDATE tasks SET status = 'done', outcome = ?, completed_at = ?"
                          " WHERE id = ?"_s);
    q->bindAll(outcome, at.toString(nowIso()), id);
    q->run();
}

void TaskMutations::snooze(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QString until = args.value(u"until"_s).toString();
    if (!tasks::isIsoDate(until))
        throw MutationRejected(u"bad_request"_s, u"until must be a date (YYYY-MM-DD)."_s);
    requireWritableTask(user, id);
    auto q = m_db.prepare(u"UPDATE tasks SET snoozed_until = ? WHERE id = ?"_s);
    q->bindAll(until, id);
    q->run();
}

void TaskMutations::reassign(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    if (!user.isManager())
        throw MutationRejected(u"forbidden"_s, u"Only managers reassign tasks."_s);
    const QString guide = requireId(args, u"guide_id"_s);
    requireWritableTask(user, id);
    requireGuideOfStore(user, guide);
    auto q = m_db.prepare(u"UPDATE tasks SET guide_id = ? WHERE id = ?"_s);
    q->bindAll(guide, id);
    q->run();
}

void TaskMutations::progress(const AuthenticatedUser &user, const QJsonObject &args)
{
    const QString id = requireId(args, u"id"_s);
    const QJsonValue value = args.value(u"progress"_s);
    const double n = value.toDouble(-1);
    if (!value.isDouble() || n < 0 || n > 100000 || n != double(int(n)))
        throw MutationRejected(u"bad_request"_s, u"progress must be a whole number 0 to 100000."_s);
    if (requireWritableTask(user, id) != u"campaign"_s)
        throw MutationRejected(u"bad_request"_s, u"Only a campaign task counts progress."_s);
    auto q = m_db.prepare(u"UPDATE tasks SET progress = ? WHERE id = ?"_s);
    q->bindAll(int(n), id);
    q->run();
}

} // namespace gd::server::core
