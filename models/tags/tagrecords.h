// What the tag library and its reviews hand to the models: plain values, no SQL.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd::tags {

// One tag of the library, with its group (HQ) or none (a guide's personal tag).
struct LibraryTag
{
    QString id;
    QString name;
    QString nameEn;
    QString groupId; // empty for a personal tag
    QString groupCode;
    QString groupName;
    QString groupNameEn;
    bool multiSelect = true; // single-select groups (尺码, 体型) hold one tag per customer
    bool personal = false;
};

// A customer's tag that is older than the shelf life: to be confirmed or removed.
struct StaleTag
{
    QString customerId;
    QString customerName;
    QString tagId;
    QString tagName;
    QString tagNameEn;
    QString groupName;
    QString groupNameEn;
    QDateTime taggedAt;
    int ageDays = 0;
};

// The stale tags of a book: the oldest of them (at most a limit), and how many in all.
struct StaleTagList
{
    QList<StaleTag> oldest;
    int total = 0;
};

// Share of a guide's customers with each HQ group filled (tag coverage, a guide KPI).
struct CoverageRow
{
    QString guideId;
    QString guideName;
    int customers = 0;
    QList<int> filled; // per group, in the order of TagCoverage::groups()
};

struct CoverageGroup
{
    QString id;
    QString name;
    QString nameEn;
};

struct Coverage
{
    QList<CoverageGroup> groups;
    QList<CoverageRow> rows;
};

// A size tag that the customer's recent purchases contradict (spot check).
struct SizeMismatch
{
    QString customerId;
    QString customerName;
    QString tagId;
    QString taggedSize;
    QString boughtSize; // the size most of the recent purchases had
    QStringList recentSizes; // newest first, at most five
};

} // namespace gd::tags
