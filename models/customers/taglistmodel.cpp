#include "taglistmodel.h"

namespace gd::customers {

TagListModel::TagListModel(QList<TagRecord> tags, const QDate &today, QObject *parent)
    : QAbstractListModel(parent)
    , m_tags(std::move(tags))
    , m_today(today)
{ }

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    return { { TagIdRole, "tagId" },
             { NameRole, "name" },
             { NameEnRole, "nameEn" },
             { GroupNameRole, "groupName" },
             { GroupNameEnRole, "groupNameEn" },
             { PersonalRole, "personal" },
             { TaggedByRole, "taggedBy" },
             { TaggedAtRole, "taggedAt" },
             { AgeDaysRole, "ageDays" } };
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagRecord &tag = m_tags.at(index.row());
    switch (role) {
    case TagIdRole:
        return tag.id;
    case Qt::DisplayRole:
    case NameRole:
        return tag.name;
    case NameEnRole:
        return tag.nameEn;
    case GroupNameRole:
        return tag.groupName;
    case GroupNameEnRole:
        return tag.groupNameEn;
    case PersonalRole:
        return tag.groupName.isEmpty();
    case TaggedByRole:
        return tag.taggedBy;
    case TaggedAtRole:
        return tag.taggedAt;
    case AgeDaysRole:
        return tag.taggedAt.isValid() ? int(tag.taggedAt.toUTC().date().daysTo(m_today)) : 0;
    default:
        return {};
    }
}

} // namespace gd::customers
