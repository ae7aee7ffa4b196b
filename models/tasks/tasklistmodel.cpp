#include "tasklistmodel.h"

#include "taskstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd::tasks {

namespace {

enum class Section
{
    Overdue,
    Today,
    Upcoming
};

Section sectionFor(const Task &task, const QDate &today)
{
    if (task.dueOn.isValid() && task.dueOn < today)
        return Section::Overdue;
    if (!task.dueOn.isValid() || task.dueOn == today)
        return Section::Today; // a to-do without a day is for now
    return Section::Upcoming;
}

} // namespace

TaskListModel::TaskListModel(TaskStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case TaskIdRole:
        return t.id;
    case KindRole:
        return t.kind;
    case BodyRole:
        return t.body;
    case CustomerIdRole:
        return t.customerId;
    case CustomerNameRole:
        return t.customerName;
    case SectionRole:
        return sectionOf(t);
    case DueOnRole:
        return t.dueOn;
    case DaysLateRole:
        return t.dueOn.isValid() ? int(t.dueOn.daysTo(today())) : 0;
    case ValueCentsRole:
        return double(t.valueCents);
    case ReasonRole:
        return t.reason.toVariantMap();
    case CampaignTitleRole:
        return t.campaignTitle;
    case ProgressRole:
        return t.progress;
    case TargetRole:
        return t.campaignTarget;
    case CouponIdRole:
        return t.couponId;
    case PendingRole:
        return t.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    return { { TaskIdRole, "taskId" },         { KindRole, "kind" },
             { TitleRole, "title" },           { BodyRole, "body" },
             { CustomerIdRole, "customerId" }, { CustomerNameRole, "customerName" },
             { SectionRole, "section" },       { DueOnRole, "dueOn" },
             { DaysLateRole, "daysLate" },     { ValueCentsRole, "valueCents" },
             { ReasonRole, "reason" },         { CampaignTitleRole, "campaignTitle" },
             { ProgressRole, "progress" },     { TargetRole, "target" },
             { CouponIdRole, "couponId" },     { PendingRole, "pending" } };
}

int TaskListModel::overdueCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [this](const Task &t) {
        return sectionFor(t, today()) == Section::Overdue;
    }));
}

int TaskListModel::todayCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [this](const Task &t) {
        return sectionFor(t, today()) == Section::Today;
    }));
}

void TaskListModel::setScope(const QString &guideId, const QString &storeId)
{
    m_guideId = guideId;
    m_storeId = storeId;
    reload();
}

void TaskListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QDate TaskListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString TaskListModel::sectionOf(const Task &task) const
{
    switch (sectionFor(task, today())) {
    case Section::Overdue:
        return u"overdue"_s;
    case Section::Today:
        return u"today"_s;
    case Section::Upcoming:
        break;
    }
    return u"upcoming"_s;
}

void TaskListModel::reload()
{
    const QDate day = today();
    QList<Task> tasks;
    if (!m_guideId.isEmpty() || !m_storeId.isEmpty())
        tasks = m_store.openTasks(m_guideId, m_storeId, day, horizonDays);
    std::stable_sort(tasks.begin(), tasks.end(), [day](const Task &a, const Task &b) {
        const Section sa = sectionFor(a, day);
        const Section sb = sectionFor(b, day);
        if (sa != sb)
            return sa < sb;
        // Overdue and today: what is most at risk first, then the earlier due day.
        if (sa != Section::Upcoming && a.valueCents != b.valueCents)
            return a.valueCents > b.valueCents;
        if (a.dueOn != b.dueOn)
            return a.dueOn.isValid() && (!b.dueOn.isValid() || a.dueOn < b.dueOn);
        if (a.valueCents != b.valueCents)
            return a.valueCents > b.valueCents;
        return a.id < b.id;
    });
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace gd::tasks
