#include "tagreviewmodels.h"

#include "tagreview.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace gd::tags {

StaleTagModel::StaleTagModel(segments::SegmentService &worker, QString guideId, QObject *parent)
    : TagReviewListModel(worker, parent)
    , m_guideId(std::move(guideId))
{ }

int StaleTagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StaleTagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaleTag &row = m_rows.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return row.customerId;
    case Qt::DisplayRole:
    case CustomerNameRole:
        return row.customerName;
    case TagIdRole:
        return row.tagId;
    case TagNameRole:
        return row.tagName;
    case TagNameEnRole:
        return row.tagNameEn;
    case GroupNameRole:
        return row.groupName;
    case GroupNameEnRole:
        return row.groupNameEn;
    case TaggedAtRole:
        return row.taggedAt;
    case AgeDaysRole:
        return row.ageDays;
    default:
        return {};
    }
}

QHash<int, QByteArray> StaleTagModel::roleNames() const
{
    return { { CustomerIdRole, "customerId" },
             { CustomerNameRole, "customerName" },
             { TagIdRole, "tagId" },
             { TagNameRole, "tagName" },
             { TagNameEnRole, "tagNameEn" },
             { GroupNameRole, "groupName" },
             { GroupNameEnRole, "groupNameEn" },
             { TaggedAtRole, "taggedAt" },
             { AgeDaysRole, "ageDays" } };
}

void StaleTagModel::reload(int shelfLifeDays)
{
    start<StaleTagList>(
        [guideId = m_guideId, shelfLifeDays, today = m_today](store::Database &db) {
            return TagReview(db).staleTagList(guideId, shelfLifeDays, today, limit);
        },
        [this](const StaleTagList &list) {
            m_rows = list.oldest;
            m_total = list.total;
        });
}

CoverageModel::CoverageModel(segments::SegmentService &worker, QString guideId, QObject *parent)
    : TagReviewListModel(worker, parent)
    , m_guideId(std::move(guideId))
{ }

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coverage.rows.size());
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverageRow &row = m_coverage.rows.at(index.row());
    auto share = [&](int filled) {
        return row.customers > 0 ? 100.0 * filled / row.customers : 0.0;
    };
    switch (role) {
    case GuideIdRole:
        return row.guideId;
    case Qt::DisplayRole:
    case GuideNameRole:
        return row.guideName;
    case CustomersRole:
        return row.customers;
    case SharesRole: {
        QVariantList shares;
        for (int filled : row.filled)
            shares.append(share(filled));
        return shares;
    }
    case AverageShareRole: {
        if (row.filled.isEmpty())
            return 0.0;
        double sum = 0;
        for (int filled : row.filled)
            sum += share(filled);
        return sum / double(row.filled.size());
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CoverageModel::roleNames() const
{
    return { { GuideIdRole, "guideId" },
             { GuideNameRole, "guideName" },
             { CustomersRole, "customers" },
             { SharesRole, "shares" },
             { AverageShareRole, "averageShare" } };
}

QStringList CoverageModel::groupNames() const
{
    QStringList names;
    for (const CoverageGroup &group : m_coverage.groups)
        names.append(group.name);
    return names;
}

QStringList CoverageModel::groupNamesEn() const
{
    QStringList names;
    for (const CoverageGroup &group : m_coverage.groups)
        names.append(group.nameEn.isEmpty() ? group.name : group.nameEn);
    return names;
}

void CoverageModel::reload()
{
    start<Coverage>(
        [guideId = m_guideId](store::Database &db) { return TagReview(db).coverage(guideId); },
        [this](const Coverage &coverage) { m_coverage = coverage; });
}

SizeMismatchModel::SizeMismatchModel(segments::SegmentService &worker, QString guideId,
                                     QObject *parent)
    : TagReviewListModel(worker, parent)
    , m_guideId(std::move(guideId))
{ }

int SizeMismatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SizeMismatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SizeMismatch &row = m_rows.at(index.row());
    switch (role) {
    case CustomerIdRole:
        return row.customerId;
    case Qt::DisplayRole:
    case CustomerNameRole:
        return row.customerName;
    case TagIdRole:
        return row.tagId;
    case TaggedSizeRole:
        return row.taggedSize;
    case BoughtSizeRole:
        return row.boughtSize;
    case RecentSizesRole:
        return row.recentSizes;
    default:
        return {};
    }
}

QHash<int, QByteArray> SizeMismatchModel::roleNames() const
{
    return { { CustomerIdRole, "customerId" }, { CustomerNameRole, "customerName" },
             { TagIdRole, "tagId" },           { TaggedSizeRole, "taggedSize" },
             { BoughtSizeRole, "boughtSize" }, { RecentSizesRole, "recentSizes" } };
}

void SizeMismatchModel::reload()
{
    start<QList<SizeMismatch>>(
        [guideId = m_guideId](store::Database &db) {
            return TagReview(db).sizeMismatches(guideId, limit);
        },
        [this](const QList<SizeMismatch> &rows) { m_rows = rows; });
}

} // namespace gd::tags
