#include "customersummary.h"

#include <QMap>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::churn {

double daysPerUnit(TimeUnit unit)
{
    return unit == TimeUnit::Weeks ? 7.0 : 1.0;
}

QString summaryError(const CustomerSummary &s)
{
    if (!std::isfinite(s.recency) || !std::isfinite(s.age) || !std::isfinite(s.repeatSpend))
        return u"t_x, T and spend must be finite numbers"_s;
    if (s.frequency < 0)
        return u"x (repeat purchases) must not be negative, got %1"_s.arg(s.frequency);
    if (s.recency < 0 || s.age < 0)
        return u"t_x and T must not be negative (t_x %1, T %2)"_s.arg(s.recency).arg(s.age);
    if (s.recency > s.age)
        return u"t_x (%1) must not be later than T (%2)"_s.arg(s.recency).arg(s.age);
    if (s.frequency > 0 && s.recency <= 0)
        return u"x = %1 repeat purchases need t_x > 0"_s.arg(s.frequency);
    if (s.frequency == 0 && s.recency != 0)
        return u"no repeat purchase (x = 0) needs t_x = 0, got %1"_s.arg(s.recency);
    if (s.repeatSpend < 0)
        return u"spend must not be negative, got %1"_s.arg(s.repeatSpend);
    return {};
}

bool summarisePurchases(const QList<DatedPurchase> &purchases, QDate end, TimeUnit unit,
                        CustomerSummary *summary, QString *error)
{
    if (!end.isValid()) {
        *error = u"the end of the observation is not a valid date"_s;
        return false;
    }
    QMap<QDate, double> byDay; // sorted, one entry per occasion
    for (const DatedPurchase &purchase : purchases) {
        if (!purchase.day.isValid()) {
            *error = u"a purchase has no valid date"_s;
            return false;
        }
        if (!std::isfinite(purchase.amount) || purchase.amount < 0) {
            *error = u"a purchase on %1 has an invalid amount (%2)"_s
                         .arg(purchase.day.toString(Qt::ISODate))
                         .arg(purchase.amount);
            return false;
        }
        if (purchase.day <= end)
            byDay[purchase.day] += purchase.amount;
    }
    if (byDay.isEmpty()) {
        *error = u"no purchase on or before %1"_s.arg(end.toString(Qt::ISODate));
        return false;
    }
    const QDate first = byDay.firstKey();
    const double scale = daysPerUnit(unit);
    CustomerSummary result;
    result.frequency = int(byDay.size() - 1);
    result.recency = double(first.daysTo(byDay.lastKey())) / scale;
    result.age = double(first.daysTo(end)) / scale;
    if (result.frequency > 0) {
        double repeat = 0;
        for (auto it = std::next(byDay.cbegin()); it != byDay.cend(); ++it)
            repeat += it.value();
        result.repeatSpend = repeat / result.frequency;
    }
    *summary = result;
    return true;
}

int occasionsBetween(const QList<DatedPurchase> &purchases, QDate after, QDate until)
{
    QList<QDate> days;
    for (const DatedPurchase &purchase : purchases)
        if (purchase.day > after && purchase.day <= until && !days.contains(purchase.day))
            days.append(purchase.day);
    return int(days.size());
}

} // namespace gd::churn
