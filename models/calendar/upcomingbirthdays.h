// Whose birthday falls in a range of days: a guide's book, or the whole store for a
// manager (empty owner). One pass over the customers with a birthday; the lunar
// conversions come from LunarCalendar's cache, so 100k customers take milliseconds.
#pragma once

#include "birthday.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace gd::store {
class Database;
}

namespace gd::calendar {

struct UpcomingBirthday
{
    QString customerId;
    QString name;
    QString memberLevel;
    Birthday birthday;
    QDate date; // the celebration
    std::optional<int> age; // the age reached that day, when the year is known
};

// Birthdays celebrated from `from` to `to` (both included), soonest first, then by name.
// `ownerGuideId` empty: every customer of the store.
[[nodiscard]] QList<UpcomingBirthday> upcomingBirthdays(store::Database &db,
                                                        const QString &ownerGuideId,
                                                        const QDate &from, const QDate &to);

} // namespace gd::calendar
