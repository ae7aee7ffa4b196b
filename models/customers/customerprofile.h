// One customer's profile for the profile page, read once from the repository. Plain
// properties; sentences ("usually every 30 days") are put together in QML so they translate.
#pragma once

#include "customerrecords.h"

#include <QAbstractListModel>
#include <QObject>

namespace gd::customers {

class CustomerRepository;
class TagListModel;
class PurchaseListModel;

class CustomerProfile : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool found READ found CONSTANT)
    Q_PROPERTY(QString customerId READ customerId CONSTANT)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString initial READ initial CONSTANT)
    Q_PROPERTY(QString nickname READ nickname CONSTANT)
    Q_PROPERTY(QString gender READ gender CONSTANT)
    Q_PROPERTY(QString phoneMasked READ phoneMasked CONSTANT)
    Q_PROPERTY(QString memberLevel READ memberLevel CONSTANT)
    Q_PROPERTY(QString remark READ remark CONSTANT)
    Q_PROPERTY(QString ownerGuideName READ ownerGuideName CONSTANT)
    Q_PROPERTY(QString storeName READ storeName CONSTANT)
    Q_PROPERTY(QString source READ source CONSTANT)
    Q_PROPERTY(QDateTime cardOpenedOn READ cardOpenedOnTime CONSTANT)
    Q_PROPERTY(bool hasBirthday READ hasBirthday CONSTANT)
    Q_PROPERTY(bool birthdayLunar READ birthdayLunar CONSTANT)
    Q_PROPERTY(int birthdayYear READ birthdayYear CONSTANT)
    Q_PROPERTY(int birthdayMonth READ birthdayMonth CONSTANT)
    Q_PROPERTY(int birthdayDay READ birthdayDay CONSTANT)
    Q_PROPERTY(bool birthdayLeapMonth READ birthdayLeapMonth CONSTANT)
    Q_PROPERTY(QString lunarBirthdayText READ lunarBirthdayText CONSTANT)
    Q_PROPERTY(double totalSpend READ totalSpend CONSTANT)
    Q_PROPERTY(int visits READ visits CONSTANT)
    Q_PROPERTY(QDateTime firstVisit READ firstVisitTime CONSTANT)
    Q_PROPERTY(QDateTime lastVisit READ lastVisitTime CONSTANT)
    Q_PROPERTY(int daysSinceLastVisit READ daysSinceLastVisit CONSTANT)
    Q_PROPERTY(int averageGapDays READ averageGapDays CONSTANT)
    Q_PROPERTY(double averageTicket READ averageTicket CONSTANT)
    Q_PROPERTY(QStringList favouriteCategories READ favouriteCategories CONSTANT)
    Q_PROPERTY(QString favouriteCategoriesText READ favouriteCategoriesText CONSTANT)
    Q_PROPERTY(int tagCount READ tagCount CONSTANT)
    Q_PROPERTY(int purchaseCount READ purchaseCount CONSTANT)
    Q_PROPERTY(QAbstractListModel *tags READ tags CONSTANT)
    Q_PROPERTY(QAbstractListModel *purchases READ purchases CONSTANT)

public:
    CustomerProfile(CustomerRepository &repository, const QString &customerId,
                    const QDate &today = QDate::currentDate(), QObject *parent = nullptr);

    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString customerId() const { return m_data.row.id; }
    [[nodiscard]] QString name() const { return m_data.row.name; }
    [[nodiscard]] QString initial() const { return m_data.row.name.left(1); }
    [[nodiscard]] QString nickname() const { return m_data.nickname; }
    [[nodiscard]] QString gender() const { return m_data.row.gender; }
    [[nodiscard]] QString phoneMasked() const { return m_data.row.phoneMasked; }
    [[nodiscard]] QString memberLevel() const { return m_data.row.memberLevel; }
    [[nodiscard]] QString remark() const { return m_data.remark; }
    [[nodiscard]] QString ownerGuideName() const { return m_data.ownerGuideName; }
    [[nodiscard]] QString storeName() const { return m_data.storeName; }
    [[nodiscard]] QString source() const { return m_data.source; }
    [[nodiscard]] QDate cardOpenedOn() const { return m_data.cardOpenedOn; }
    [[nodiscard]] bool hasBirthday() const { return m_data.birthday.isValid(); }
    [[nodiscard]] bool birthdayLunar() const;
    [[nodiscard]] int birthdayYear() const { return m_data.birthday.year; }
    [[nodiscard]] int birthdayMonth() const { return m_data.birthday.month; }
    [[nodiscard]] int birthdayDay() const { return m_data.birthday.day; }
    [[nodiscard]] bool birthdayLeapMonth() const { return m_data.birthday.leapMonth; }
    // 农历闰四月初八: the way a Chinese customer names a lunar birthday (empty if Gregorian).
    [[nodiscard]] QString lunarBirthdayText() const;
    [[nodiscard]] double totalSpend() const { return double(m_data.row.totalSpendCents) / 100.0; }
    [[nodiscard]] int visits() const { return m_data.row.visits; }
    [[nodiscard]] QDate firstVisit() const { return m_data.firstVisit; }
    [[nodiscard]] QDate lastVisit() const { return m_data.row.lastVisit; }
    [[nodiscard]] int daysSinceLastVisit() const;
    [[nodiscard]] int averageGapDays() const { return int(m_data.averageGapDays + 0.5); }
    [[nodiscard]] double averageTicket() const;
    [[nodiscard]] QStringList favouriteCategories() const;
    [[nodiscard]] QString favouriteCategoriesText() const;
    [[nodiscard]] int tagCount() const { return int(m_data.tags.size()); }
    [[nodiscard]] int purchaseCount() const { return int(m_data.purchases.size()); }
    // Dates as QDateTime at noon: QML's Date has no date-only type, and noon survives any
    // time zone shift on the way.
    [[nodiscard]] QDateTime cardOpenedOnTime() const { return atNoon(m_data.cardOpenedOn); }
    [[nodiscard]] QDateTime firstVisitTime() const { return atNoon(m_data.firstVisit); }
    [[nodiscard]] QDateTime lastVisitTime() const { return atNoon(m_data.row.lastVisit); }
    [[nodiscard]] QAbstractListModel *tags() const;
    [[nodiscard]] QAbstractListModel *purchases() const;

private:
    static QDateTime atNoon(const QDate &date);
    CustomerProfileData m_data;
    bool m_found = false;
    QDate m_today;
    TagListModel *m_tags;
    PurchaseListModel *m_purchases;
};

// 正月…腊月 and 初一…三十: names of lunar months and days.
[[nodiscard]] QString lunarMonthName(int month, bool leap);
[[nodiscard]] QString lunarDayName(int day);

} // namespace gd::customers
