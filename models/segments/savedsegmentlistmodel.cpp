#include "savedsegmentlistmodel.h"

namespace gd::segments {

SavedSegmentListModel::SavedSegmentListModel(SegmentWriter &writer, QObject *parent)
    : QAbstractListModel(parent)
    , m_writer(writer)
{
    refresh();
}

int SavedSegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

QHash<int, QByteArray> SavedSegmentListModel::roleNames() const
{
    return { { SegmentIdRole, "segmentId" },
             { NameRole, "name" },
             { RuleJsonRole, "ruleJson" },
             { PendingRole, "pending" } };
}

QVariant SavedSegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedSegment &s = m_segments.at(index.row());
    switch (role) {
    case SegmentIdRole:
        return s.id;
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case RuleJsonRole:
        return s.ruleJson;
    case PendingRole:
        return s.pending;
    default:
        return {};
    }
}

void SavedSegmentListModel::refresh()
{
    const int before = count();
    beginResetModel();
    m_segments = m_writer.list();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

QString SavedSegmentListModel::nameOf(const QString &id) const
{
    for (const SavedSegment &s : m_segments) {
        if (s.id == id)
            return s.name;
    }
    return {};
}

QString SavedSegmentListModel::ruleOf(const QString &id) const
{
    for (const SavedSegment &s : m_segments) {
        if (s.id == id)
            return s.ruleJson;
    }
    return {};
}

} // namespace gd::segments
