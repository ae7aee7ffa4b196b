#include "storehours.h"

using namespace Qt::StringLiterals;

namespace gd::orders {

StoreHours StoreHours::fromColumns(const QString &opens, const QString &closes,
                                   int utcOffsetMinutes)
{
    StoreHours hours;
    const QTime o = QTime::fromString(opens, u"HH:mm"_s);
    const QTime c = QTime::fromString(closes, u"HH:mm"_s);
    if (o.isValid())
        hours.opens = o;
    if (c.isValid())
        hours.closes = c;
    if (utcOffsetMinutes >= -14 * 60 && utcOffsetMinutes <= 14 * 60)
        hours.utcOffsetMinutes = utcOffsetMinutes;
    return hours;
}

bool StoreHours::isOpenAt(const QDateTime &when) const
{
    if (!when.isValid())
        return true;
    const QTime local = when.toUTC().addSecs(qint64(utcOffsetMinutes) * 60).time();
    if (opens == closes)
        return true; // open around the clock
    if (opens < closes)
        return local >= opens && local < closes;
    return local >= opens || local < closes;
}

} // namespace gd::orders
