#include "birthdaylistmodel.h"

namespace gd::calendar {

BirthdayListModel::BirthdayListModel(store::Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{ }

int BirthdayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BirthdayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UpcomingBirthday &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case CustomerIdRole:
        return row.customerId;
    case MemberLevelRole:
        return row.memberLevel;
    case DateRole:
        return row.date;
    case DaysAwayRole:
        return int(today().daysTo(row.date));
    case LunarRole:
        return row.birthday.lunar;
    case MonthRole:
        return row.birthday.month;
    case DayRole:
        return row.birthday.day;
    case LeapRole:
        return row.birthday.leap;
    case AgeRole:
        return row.age.value_or(-1);
    default:
        return {};
    }
}

QHash<int, QByteArray> BirthdayListModel::roleNames() const
{
    return { { CustomerIdRole, "customerId" },
             { NameRole, "name" },
             { MemberLevelRole, "memberLevel" },
             { DateRole, "date" },
             { DaysAwayRole, "daysAway" },
             { LunarRole, "lunar" },
             { MonthRole, "month" },
             { DayRole, "day" },
             { LeapRole, "leap" },
             { AgeRole, "age" } };
}

void BirthdayListModel::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    Q_EMIT rangeChanged();
    reload();
}

void BirthdayListModel::setOwnerGuideId(const QString &guideId)
{
    m_owner = guideId;
    reload();
}

void BirthdayListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QDate BirthdayListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void BirthdayListModel::reload()
{
    const QDate day = today();
    QDate from = day;
    QDate to = day;
    if (m_range == Range::ThisWeek) {
        from = day.addDays(1 - day.dayOfWeek());
        to = from.addDays(6);
    } else if (m_range == Range::ThisMonth) {
        from = QDate(day.year(), day.month(), 1);
        to = QDate(day.year(), day.month(), day.daysInMonth());
    }
    beginResetModel();
    m_rows = upcomingBirthdays(m_db, m_owner, from, to);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace gd::calendar
