#include "taskstore.h"

#include "store/database.h"
#include "store/statement.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gd::tasks {

namespace {

const QString taskColumns = u"t.id, t.guide_id, t.kind, t.title, t.body, t.customer_id,"
                            " c.name, t.campaign_id, m.title, m.target_count, t.progress,"
                            " t.due_on, t.snoozed_until, t.status, t.outcome, t.value_cents,"
                            " t.reason_json, t.coupon_id,"
                            " EXISTS (SELECT 1 FROM outbox_touches o WHERE o.table_name = 'tasks'"
                            "  AND o.row_key = t.id)"
                            " FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id"
                            " LEFT JOIN campaigns m ON m.id = t.campaign_id"_s;

Task readTask(store::Statement &q)
{
    Task t;
    t.id = q.text(0);
    t.guideId = q.text(1);
    t.kind = q.text(2);
    t.title = q.text(3);
    t.body = q.text(4);
    t.customerId = q.text(5);
    t.customerName = q.text(6);
    t.campaignId = q.text(7);
    t.campaignTitle = q.text(8);
    t.campaignTarget = q.integer(9);
    t.progress = q.integer(10);
    t.dueOn = QDate::fromString(q.text(11), Qt::ISODate);
    t.snoozedUntil = QDate::fromString(q.text(12), Qt::ISODate);
    t.status = q.text(13);
    t.outcome = q.text(14);
    t.valueCents = q.int64(15);
    t.reason = QJsonDocument::fromJson(q.text(16).toUtf8()).object();
    t.couponId = q.text(17);
    t.pending = q.int64(18) != 0;
    return t;
}

} // namespace

TaskStore::TaskStore(store::Database &db)
    : m_db(db)
{ }

QList<Task> TaskStore::openTasks(const QString &guideId, const QString &storeId, const QDate &today,
                                 int horizonDays)
{
    QList<Task> found;
    const QString day = today.toString(Qt::ISODate);
    auto q = m_db.prepare(
        u"SELECT "_s + taskColumns
        + u" WHERE t.deleted = 0 AND t.status = 'open'"
          " AND (t.snoozed_until IS NULL OR t.snoozed_until = '' OR t.snoozed_until <= ?1)"
          " AND (t.due_on IS NULL OR t.due_on <= ?2)"
          " AND (?3 <> '' AND t.guide_id = ?3 OR ?3 = '' AND t.guide_id IN"
          "  (SELECT id FROM guides WHERE store_id = ?4))"_s);
    q->bindAll(day, today.addDays(horizonDays).toString(Qt::ISODate), guideId, storeId);
    while (q->step())
        found.append(readTask(*q));
    return found;
}

std::optional<Task> TaskStore::task(const QString &taskId)
{
    auto q = m_db.prepare(u"SELECT "_s + taskColumns + u" WHERE t.id = ?"_s);
    q->bind(1, taskId);
    if (!q->step())
        return std::nullopt;
    return readTask(*q);
}

QList<CompletionFigures> TaskStore::completion(const QString &storeId, const QDate &from,
                                               const QDate &to)
{
    QList<CompletionFigures> figures;
    QHash<QString, qsizetype> at;
    {
        auto guides = m_db.prepare(u"SELECT id, name FROM guides WHERE store_id = ? AND"
                                   " deleted = 0 AND active = 1 ORDER BY employee_no, id"_s);
        guides->bind(1, storeId);
        while (guides->step()) {
            at.insert(guides->text(0), figures.size());
            figures.append({ guides->text(0), guides->text(1), 0, 0, {} });
        }
    }
    auto q = m_db.prepare(
        u"SELECT guide_id, status, outcome FROM tasks WHERE deleted = 0 AND status <> 'cancelled'"
        " AND (due_on BETWEEN ?1 AND ?2 OR substr(completed_at, 1, 10) BETWEEN ?1 AND ?2)"_s);
    q->bindAll(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    while (q->step()) {
        const auto it = at.constFind(q->text(0));
        if (it == at.cend())
            continue;
        CompletionFigures &f = figures[*it];
        ++f.due;
        if (q->text(1) == u"done"_s) {
            ++f.done;
            ++f.byOutcome[q->text(2)];
        }
    }
    return figures;
}

QList<QPair<QString, QString>> TaskStore::activeGuides(const QString &storeId)
{
    QList<QPair<QString, QString>> guides;
    auto q = m_db.prepare(u"SELECT id, name FROM guides WHERE store_id = ? AND deleted = 0 AND"
                          " active = 1 ORDER BY employee_no, name"_s);
    q->bind(1, storeId);
    while (q->step())
        guides.append({ q->text(0), q->text(1) });
    return guides;
}

} // namespace gd::tasks
