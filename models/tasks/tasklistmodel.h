// What a guide has to do, for the Today page: overdue first, then today's tasks, each by
// value at risk and then due day; then the coming days by due day. Snoozed tasks stay hidden
// until their day. Re-read on reload() (after a write, a sync, at midnight).
#pragma once

#include "taskrecords.h"

#include <QAbstractListModel>

namespace gd::tasks {

class TaskStore;

class TaskListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    Q_PROPERTY(int todayCount READ todayCount NOTIFY countChanged)
public:
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        BodyRole,
        CustomerIdRole,
        CustomerNameRole,
        SectionRole, // "overdue", "today", "upcoming"
        DueOnRole, // QDate (invalid: none)
        DaysLateRole, // > 0 overdue by that many days
        ValueCentsRole,
        ReasonRole, // QVariantMap
        CampaignTitleRole,
        ProgressRole,
        TargetRole,
        CouponIdRole,
        PendingRole
    };

    // How many days ahead "upcoming" reaches.
    static constexpr int horizonDays = 14;

    explicit TaskListModel(TaskStore &store, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int overdueCount() const;
    [[nodiscard]] int todayCount() const;

    // Whose tasks: a guide's, or (empty guide) every guide's of the store.
    void setScope(const QString &guideId, const QString &storeId);
    // For tests: the day counted from (default: today).
    void setToday(const QDate &today);
    [[nodiscard]] QDate today() const;

    /// Reads the tasks again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] QString sectionOf(const Task &task) const;

    TaskStore &m_store;
    QString m_guideId;
    QString m_storeId;
    QDate m_today;
    QList<Task> m_tasks;
};

} // namespace gd::tasks
