#include "customerprofile.h"

#include "customerrepository.h"
#include "purchaselistmodel.h"
#include "taglistmodel.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd::customers {

CustomerProfile::CustomerProfile(CustomerRepository &repository, const QString &customerId,
                                 const QDate &today, QObject *parent)
    : QObject(parent)
    , m_today(today)
{
    if (auto data = repository.profile(customerId)) {
        m_data = std::move(*data);
        m_found = true;
    }
    m_tags = new TagListModel(m_data.tags, m_today, this);
    m_purchases = new PurchaseListModel(m_data.purchases, this);
}

bool CustomerProfile::birthdayLunar() const
{
    return m_data.birthday.calendar == Birthday::Calendar::Lunar;
}

QString CustomerProfile::lunarBirthdayText() const
{
    if (!birthdayLunar() || !hasBirthday())
        return {};
    return u"农历"_s + lunarMonthName(m_data.birthday.month, m_data.birthday.leapMonth)
        + lunarDayName(m_data.birthday.day);
}

int CustomerProfile::daysSinceLastVisit() const
{
    return m_data.row.lastVisit.isValid() ? int(m_data.row.lastVisit.daysTo(m_today)) : -1;
}

double CustomerProfile::averageTicket() const
{
    return m_data.row.visits > 0 ? totalSpend() / m_data.row.visits : 0.0;
}

QStringList CustomerProfile::favouriteCategories() const
{
    QHash<QString, int> counts;
    for (const PurchaseRecord &p : m_data.purchases)
        ++counts[p.category];
    QStringList categories = counts.keys();
    std::sort(categories.begin(), categories.end(), [&](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return categories.mid(0, 3);
}

QString CustomerProfile::favouriteCategoriesText() const
{
    return favouriteCategories().join(u"、"_s); // category names are Chinese data
}

QDateTime CustomerProfile::atNoon(const QDate &date)
{
    return date.isValid() ? QDateTime(date, QTime(12, 0)) : QDateTime();
}

QAbstractListModel *CustomerProfile::tags() const
{
    return m_tags;
}

QAbstractListModel *CustomerProfile::purchases() const
{
    return m_purchases;
}

QString lunarMonthName(int month, bool leap)
{
    static const QStringList names
        = { u"正月"_s, u"二月"_s, u"三月"_s, u"四月"_s, u"五月"_s, u"六月"_s,
            u"七月"_s, u"八月"_s, u"九月"_s, u"十月"_s, u"冬月"_s, u"腊月"_s };
    if (month < 1 || month > 12)
        return {};
    return (leap ? u"闰"_s : QString()) + names.at(month - 1);
}

QString lunarDayName(int day)
{
    static const QStringList digits = { u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s,
                                        u"六"_s, u"七"_s, u"八"_s, u"九"_s, u"十"_s };
    if (day < 1 || day > 30)
        return {};
    if (day <= 10)
        return u"初"_s + digits.at(day - 1);
    if (day < 20)
        return u"十"_s + digits.at(day - 11);
    if (day == 20)
        return u"二十"_s;
    if (day < 30)
        return u"廿"_s + digits.at(day - 21);
    return u"三十"_s;
}

} // namespace gd::customers
