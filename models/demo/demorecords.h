// Plain values of generated demo data (see DemoGenerator). Ids are lowercase version-4 UUID
// strings without braces. Every struct compares by value, so tests can check determinism.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gd::demo {

struct DemoStore
{
    QString id;
    QString name;
    QString city;

    friend bool operator==(const DemoStore &, const DemoStore &) = default;
};

struct DemoGuide
{
    QString id;
    QString storeId;
    QString name;
    QString employeeNo;
    QString role; // "guide" or "manager"
    QString pin; // 4 digits; demo only

    friend bool operator==(const DemoGuide &, const DemoGuide &) = default;
};

struct DemoTagGroup
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    bool multiSelect = true;
    int sortOrder = 0;

    friend bool operator==(const DemoTagGroup &, const DemoTagGroup &) = default;
};

struct DemoTag
{
    QString id;
    QString groupId; // empty: a guide's personal tag
    QString ownerGuideId; // personal tags only
    QString name;
    QString nameEn;
    int sortOrder = 0;

    friend bool operator==(const DemoTag &, const DemoTag &) = default;
};

struct DemoCustomerTag
{
    QString tagId;
    QString taggedByGuideId;
    QDateTime taggedAt; // UTC; a store-hours time after the card was opened, before today

    friend bool operator==(const DemoCustomerTag &, const DemoCustomerTag &) = default;
};

struct DemoPurchase
{
    QString id;
    QDate date;
    qint64 amountCents = 0; // paid, after any member discount
    int items = 1; // 1–4, all of the one category
    QString category;
    QString size; // clothing XS–XXL, shoes "35"–"40", accessories ""
    QString storeId;
    QString guideId;

    friend bool operator==(const DemoPurchase &, const DemoPurchase &) = default;
};

// A birthday as the customer gave it. For a lunar (农历) birthday, year is the Gregorian year
// in which that lunar year begins (born 1990-01-20 = 农历1989年腊月廿四: year 1989, month 12),
// month 1–12 is the lunar month and leapMonth marks 闰月; a leap month only comes with a
// known year, since without one nobody can tell whether that year had the leap month.
struct DemoBirthday
{
    bool lunar = false;
    int year = 0; // 0: unknown
    int month = 0; // 0: no birthday recorded
    int day = 0; // lunar: 1–30
    bool leapMonth = false;

    friend bool operator==(const DemoBirthday &, const DemoBirthday &) = default;
};

struct DemoCustomer
{
    QString id;
    QString storeId;
    QString ownerGuideId;
    QString name;
    QString nickname;
    QString gender; // "F", "M" or ""
    QString phoneMasked; // 138****1234
    QString phoneLast4;
    QString memberLevel; // normal | silver | gold | platinum
    QDate cardOpenedOn;
    DemoBirthday birthday;
    QString source; // counter | mini_program | import | campaign
    QString remark;
    QList<DemoCustomerTag> tags; // 0–8, distinct, at most one per single-select group
    QList<DemoPurchase> purchases; // oldest first

    friend bool operator==(const DemoCustomer &, const DemoCustomer &) = default;
};

} // namespace gd::demo
