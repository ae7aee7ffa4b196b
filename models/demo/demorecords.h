// Plain values of generated demo data (see DemoGenerator). Ids are UUID strings.
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
};

struct DemoGuide
{
    QString id;
    QString storeId;
    QString name;
    QString employeeNo;
    QString role; // "guide" or "manager"
    QString pin; // 4 digits; demo only
};

struct DemoTagGroup
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    bool multiSelect = true;
    int sortOrder = 0;
};

struct DemoTag
{
    QString id;
    QString groupId; // empty: a guide's personal tag
    QString ownerGuideId; // personal tags only
    QString name;
    QString nameEn;
    int sortOrder = 0;
};

struct DemoCustomerTag
{
    QString tagId;
    QString taggedByGuideId;
    QDateTime taggedAt;
};

struct DemoPurchase
{
    QString id;
    QDate date;
    qint64 amountCents = 0;
    int items = 1;
    QString category;
    QString size;
    QString storeId;
    QString guideId;
};

struct DemoBirthday
{
    bool lunar = false;
    int year = 0; // 0: unknown
    int month = 0; // 0: no birthday recorded
    int day = 0;
    bool leapMonth = false;
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
    QList<DemoCustomerTag> tags;
    QList<DemoPurchase> purchases; // oldest first
};

} // namespace gd::demo
