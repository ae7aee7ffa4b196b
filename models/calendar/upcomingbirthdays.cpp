#include "upcomingbirthdays.h"

#include "store/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd::calendar {

QList<UpcomingBirthday> upcomingBirthdays(store::Database &db, const QString &ownerGuideId,
                                          const QDate &from, const QDate &to)
{
    QList<UpcomingBirthday> found;
    if (!from.isValid() || !to.isValid() || to < from)
        return found;
    struct Sorted
    {
        UpcomingBirthday birthday;
        QString sortKey;
    };
    QList<Sorted> rows;
    auto q = db.prepare(
        u"SELECT id, name, name_sort, member_level, birthday_calendar, birthday_year,"
        " birthday_month, birthday_day, birthday_leap FROM customers WHERE deleted = 0 AND"
        " birthday_month > 0 AND (?1 = '' OR owner_guide_id = ?1)"_s);
    q->bind(1, ownerGuideId);
    while (q->step()) {
        Birthday b;
        b.lunar = q->text(4) == u"lunar"_s;
        b.year = int(q->int64(5));
        b.month = int(q->int64(6));
        b.day = int(q->int64(7));
        b.leap = q->int64(8) != 0;
        const Celebration next = nextCelebration(b, from);
        if (!next.date.isValid() || next.date > to)
            continue; // no celebration in range, or a birthday recorded as junk
        UpcomingBirthday u { q->text(0), q->text(1), q->text(3), b, next.date, std::nullopt };
        if (b.year != 0 && next.calendarYear >= b.year)
            u.age = next.calendarYear - b.year;
        rows.append({ std::move(u), q->text(2) });
    }
    std::sort(rows.begin(), rows.end(), [](const Sorted &a, const Sorted &b) {
        if (a.birthday.date != b.birthday.date)
            return a.birthday.date < b.birthday.date;
        return a.sortKey < b.sortKey;
    });
    found.reserve(rows.size());
    for (Sorted &row : rows)
        found.append(std::move(row.birthday));
    return found;
}

} // namespace gd::calendar
