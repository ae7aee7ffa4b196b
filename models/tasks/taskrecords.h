// Tasks as the rest of the app sees them: a guide's revisit, birthday, HQ campaign and own
// to-do tasks (table `tasks`, schema steps 1 and 6), and the outcomes a task closes with.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gd::tasks {

// Who is acting on this device (the signed-in guide or manager).
struct TaskActor
{
    QString guideId;
    QString storeId;
    bool manager = false;
};

// The outcomes a guide records when completing a task, as stored and sent.
[[nodiscard]] inline const QStringList &taskOutcomes()
{
    static const QStringList outcomes
        = { QStringLiteral("reached"), QStringLiteral("no_answer"), QStringLiteral("will_visit"),
            QStringLiteral("not_interested"), QStringLiteral("bought") };
    return outcomes;
}

struct Task
{
    QString id;
    QString guideId;
    QString kind; // revisit, birthday, campaign, todo
    QString title;
    QString body; // the greeting of a birthday task, the brief of a campaign
    QString customerId;
    QString customerName;
    QString campaignId;
    QString campaignTitle;
    int campaignTarget = 0;
    int progress = 0;
    QDate dueOn; // invalid: no due day
    QDate snoozedUntil;
    QString status; // open, done, cancelled
    QString outcome;
    qint64 valueCents = 0;
    QJsonObject reason; // structured, worded by the UI
    QString couponId;
    bool pending = false; // a local change the server has not acknowledged yet
};

// A task the device makes itself (generation or a to-do), before it is written.
struct NewTask
{
    QString id;
    QString kind;
    QString title;
    QString body;
    QString customerId;
    QDate dueOn;
    qint64 valueCents = 0;
    QJsonObject reason;
    QString couponId;
};

} // namespace gd::tasks
