// Makes the tasks a guide's day needs, idempotently (run it at start, after a sync, at
// midnight — twice makes nothing twice; two devices make the same ids):
// - revisits: up to `revisitsPerDay` new ones a day from the candidate source, a customer at
//   most once per `revisitCadenceDays` counted from their last revisit task, note or
//   purchase; an open revisit task is closed by a note or purchase newer than the task
//   (outcome "reached" or "bought");
// - birthdays: a task `birthdayLeadDays` ahead of each celebration (due on the day), with
//   the greeting made from the template ("%1": the customer's name) and the coupon, if any.
#pragma once

#include <QDate>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::tasks {

class RevisitCandidateSource;
class TaskWriter;

struct GenerationSettings
{
    int revisitsPerDay = 5;
    int revisitCadenceDays = 30;
    int birthdayLeadDays = 3;
    QString greetingTemplate; // "%1" is the customer's name; stored with each task
    QString birthdayCouponId; // empty: none
};

struct GenerationResult
{
    int revisitsCreated = 0;
    int birthdaysCreated = 0;
    int revisitsClosed = 0;
};

class TaskGenerator
{
public:
    TaskGenerator(store::Database &db, TaskWriter &writer, RevisitCandidateSource &revisits);

    // For the writer's actor (a guide: their book; nothing for a manager or nobody).
    GenerationResult generate(const QDate &today, const GenerationSettings &settings);

private:
    int closeContactedRevisits();
    int generateRevisits(const QDate &today, const GenerationSettings &settings);
    int generateBirthdays(const QDate &today, const GenerationSettings &settings);

    store::Database &m_db;
    TaskWriter &m_writer;
    RevisitCandidateSource &m_revisits;
};

} // namespace gd::tasks
