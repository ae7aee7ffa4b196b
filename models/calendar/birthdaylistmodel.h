// Birthdays of a guide's book (or the store, for a manager) today, this week (Monday to
// Sunday) or this month, for QML. Re-read on reload() — after a sync or at midnight.
#pragma once

#include "upcomingbirthdays.h"

#include <QAbstractListModel>

namespace gd::calendar {

class BirthdayListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(Range range READ range WRITE setRange NOTIFY rangeChanged)
public:
    enum class Range
    {
        Today,
        ThisWeek,
        ThisMonth
    };
    Q_ENUM(Range)

    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        NameRole,
        MemberLevelRole,
        DateRole, // QDate of the celebration
        DaysAwayRole, // 0 today, negative when already past this week / month
        LunarRole,
        MonthRole,
        DayRole,
        LeapRole,
        AgeRole // -1 when the year is not known
    };

    BirthdayListModel(store::Database &db, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Range range() const { return m_range; }
    void setRange(Range range);
    // Empty: every customer (a manager's store view).
    void setOwnerGuideId(const QString &guideId);
    // For tests: the day the lists are counted from (default: today).
    void setToday(const QDate &today);

    /// Reads the birthdays again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void rangeChanged();

private:
    [[nodiscard]] QDate today() const;

    store::Database &m_db;
    Range m_range = Range::ThisWeek;
    QString m_owner;
    QDate m_today;
    QList<UpcomingBirthday> m_rows;
};

} // namespace gd::calendar
