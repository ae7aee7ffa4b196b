#include "taskgenerator.h"

#include "calendar/upcomingbirthdays.h"
#include "revisitcandidatesource.h"
#include "store/database.h"
#include "taskids.h"
#include "taskwriter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace gd::tasks {

TaskGenerator::TaskGenerator(store::Database &db, TaskWriter &writer,
                             RevisitCandidateSource &revisits)
    : m_db(db)
    , m_writer(writer)
    , m_revisits(revisits)
{ }

GenerationResult TaskGenerator::generate(const QDate &today, const GenerationSettings &settings)
{
    GenerationResult result;
    const TaskActor &actor = m_writer.actor();
    if (actor.guideId.isEmpty() || actor.manager || !today.isValid())
        return result;
    result.revisitsClosed = closeContactedRevisits();
    result.revisitsCreated = generateRevisits(today, settings);
    result.birthdaysCreated = generateBirthdays(today, settings);
    return result;
}

int TaskGenerator::closeContactedRevisits()
{
    // The contact after the task was made: a purchase says "bought", a note "reached".
    QList<std::pair<QString, QString>> closing;
    {
        auto q = m_db.prepare(
            u"SELECT t.id, EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = t.customer_id"
            "  AND p.deleted = 0 AND p.purchased_on >= substr(t.created_at, 1, 10)),"
            " EXISTS (SELECT 1 FROM notes n WHERE n.customer_id = t.customer_id AND"
            "  n.deleted = 0 AND n.created_at > t.created_at)"
            " FROM tasks t WHERE t.guide_id = ? AND t.kind = 'revisit' AND t.status = 'open'"
            " AND t.deleted = 0 AND t.created_at <> ''"_s);
        q->bind(1, m_writer.actor().guideId);
        while (q->step()) {
            if (q->int64(1) != 0)
                closing.append({ q->text(0), u"bought"_s });
            else if (q->int64(2) != 0)
                closing.append({ q->text(0), u"reached"_s });
        }
    }
    for (const auto &[id, outcome] : std::as_const(closing))
        m_writer.complete(id, outcome);
    return int(closing.size());
}

int TaskGenerator::generateRevisits(const QDate &today, const GenerationSettings &settings)
{
    const QString guideId = m_writer.actor().guideId;
    const QString day = today.toString(Qt::ISODate);
    int wanted = settings.revisitsPerDay;
    {
        // Today's quota counts what this (or another) device generated today already.
        auto q = m_db.prepare(u"SELECT count(*) FROM tasks WHERE guide_id = ? AND kind = 'revisit'"
                              " AND due_on = ? AND deleted = 0"_s);
        q->bindAll(guideId, day);
        q->step();
        wanted -= int(q->int64(0));
    }
    if (wanted <= 0)
        return 0;
    // Customers touched within the cadence: an open revisit, a revisit made lately, a note
    // or a purchase. The cadence restarts at each of them.
    QSet<QString> recent;
    {
        const QString since = today.addDays(-settings.revisitCadenceDays + 1).toString(Qt::ISODate);
        auto q = m_db.prepare(
            u"SELECT customer_id FROM tasks WHERE guide_id = ?1 AND kind = 'revisit' AND"
            " deleted = 0 AND customer_id IS NOT NULL AND (status = 'open' OR due_on >= ?2)"
            " UNION SELECT n.customer_id FROM notes n JOIN customers c ON c.id = n.customer_id"
            " WHERE c.owner_guide_id = ?1 AND n.deleted = 0 AND substr(n.created_at, 1, 10) >= ?2"
            " UNION SELECT p.customer_id FROM purchases p JOIN customers c ON c.id = p.customer_id"
            " WHERE c.owner_guide_id = ?1 AND p.deleted = 0 AND p.purchased_on >= ?2"_s);
        q->bindAll(guideId, since);
        while (q->step())
            recent.insert(q->text(0));
    }
    int created = 0;
    const int ask = std::max(200, 20 * settings.revisitsPerDay) + int(recent.size());
    for (const RevisitCandidate &c : m_revisits.candidates(guideId, today, ask)) {
        if (created >= wanted)
            break;
        if (recent.contains(c.customerId))
            continue;
        NewTask task;
        task.id = generatedTaskId(u"revisit"_s, c.customerId, today);
        task.kind = u"revisit"_s;
        task.title = c.customerName.isEmpty() ? c.customerId : c.customerName;
        task.customerId = c.customerId;
        task.dueOn = today;
        task.valueCents = c.valueCentsAtStake;
        task.reason = c.reason;
        if (m_writer.addGenerated(task))
            ++created;
    }
    return created;
}

int TaskGenerator::generateBirthdays(const QDate &today, const GenerationSettings &settings)
{
    if (settings.birthdayLeadDays < 0)
        return 0;
    int created = 0;
    const auto coming = calendar::upcomingBirthdays(m_db, m_writer.actor().guideId, today,
                                                    today.addDays(settings.birthdayLeadDays));
    for (const calendar::UpcomingBirthday &b : coming) {
        NewTask task;
        task.id = generatedTaskId(u"birthday"_s, b.customerId, b.date);
        task.kind = u"birthday"_s;
        task.title = b.name;
        task.customerId = b.customerId;
        task.dueOn = b.date;
        task.body = settings.greetingTemplate.isEmpty()
            ? QString()
            : QString(settings.greetingTemplate).replace(u"%1"_s, b.name);
        task.couponId = settings.birthdayCouponId;
        task.reason = { { u"kind"_s, u"birthday"_s },
                        { u"lunar"_s, b.birthday.lunar },
                        { u"month"_s, b.birthday.month },
                        { u"day"_s, b.birthday.day },
                        { u"leap"_s, b.birthday.leap } };
        if (b.age)
            task.reason.insert(u"age"_s, *b.age);
        if (m_writer.addGenerated(task))
            ++created;
    }
    return created;
}

} // namespace gd::tasks
