// Plain values the customer views show. Filled by CustomerRepository, read by the list
// models; no SQL or QML here.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gd::customers {

enum class CustomerSort
{
    Name,
    LastVisit,
    Spend
};

// What the customer list asks for: whose customers, what was typed, in which order.
struct CustomerFilter
{
    QString ownerGuideId; // empty: every customer the store holds (manager view)
    QString searchText; // as typed by the guide; empty: no search
    CustomerSort sort = CustomerSort::Name;
};

// One row of the customer list: only what a list delegate shows.
struct CustomerRow
{
    qint64 rowId = 0; // SQLite rowid: stable key of a row inside this database
    QString id; // client UUID
    QString name;
    QString gender; // "F", "M" or "" when unknown
    QString phoneMasked; // 138****1234
    QString memberLevel; // "normal", "silver", "gold", "platinum"
    QDate lastVisit; // invalid when the customer never bought
    qint64 totalSpendCents = 0;
    int visits = 0;
};

struct Birthday
{
    enum class Calendar
    {
        Gregorian,
        Lunar
    };
    Calendar calendar = Calendar::Gregorian;
    int year = 0; // 0: year unknown
    int month = 0; // 0: no birthday recorded
    int day = 0;
    bool leapMonth = false; // lunar only
    [[nodiscard]] bool isValid() const { return month > 0 && day > 0; }
};

struct TagRecord
{
    QString id;
    QString name;
    QString nameEn; // English name from the tag library; empty for a personal tag
    QString groupName; // empty for a guide's personal tag
    QString groupNameEn;
    QString taggedBy; // guide name
    QDateTime taggedAt;
};

struct PurchaseRecord
{
    QString id;
    QDate date;
    qint64 amountCents = 0;
    int items = 0;
    QString category;
    QString size;
    QString storeName;
};

// Everything the profile page shows about one customer.
// A note on a customer (insert-only), newest first in the profile.
struct CustomerNote
{
    QString id;
    QString kind; // visit, wechat, call, other
    QString body;
    QDateTime createdAt;
    QString guideName;
    bool pending = false; // still in this device's outbox
};

struct CustomerProfileData
{
    CustomerRow row;
    QString nickname;
    QString remark;
    QString ownerGuideName;
    QString storeName;
    QString source; // how the customer was added: "counter", "mini_program", "import", ...
    QDate cardOpenedOn;
    Birthday birthday;
    QDate firstVisit;
    double averageGapDays = 0; // between purchases; 0 with fewer than two purchases
    QList<TagRecord> tags;
    QList<PurchaseRecord> purchases; // newest first
};

} // namespace gd::customers
