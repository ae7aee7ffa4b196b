#include "tagpickermodel.h"

#include "customers/customerwriter.h"
#include "taglibrary.h"
#include "tagwriter.h"

#include <QVariantMap>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::tags {

TagPickerModel::TagPickerModel(TagLibrary &library, customers::CustomerWriter *writer,
                               TagWriter *tagWriter, QString customerId, QString guideId,
                               int shelfLifeDays, const QDate &today, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_writer(writer)
    , m_tagWriter(tagWriter)
    , m_customerId(std::move(customerId))
    , m_guideId(std::move(guideId))
    , m_shelfLifeDays(shelfLifeDays)
    , m_today(today)
{
    reload();
}

int TagPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryTag &tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return tag.name;
    case TagIdRole:
        return tag.id;
    case NameEnRole:
        return tag.nameEn;
    case GroupIdRole:
        return tag.groupId;
    case GroupNameRole:
        return tag.groupName;
    case GroupNameEnRole:
        return tag.groupNameEn;
    case MultiSelectRole:
        return tag.multiSelect;
    case PersonalRole:
        return tag.personal;
    case SelectedRole:
        return m_taggedAt.contains(tag.id);
    case StaleRole: {
        const auto it = m_taggedAt.constFind(tag.id);
        return it != m_taggedAt.cend() && it->isValid()
            && it->toUTC().date().daysTo(m_today) > m_shelfLifeDays;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TagPickerModel::roleNames() const
{
    return {
        { TagIdRole, "tagId" },
        { NameRole, "name" },
        { NameEnRole, "nameEn" },
        { GroupIdRole, "groupId" },
        { GroupNameRole, "groupName" },
        { GroupNameEnRole, "groupNameEn" },
        { MultiSelectRole, "multiSelect" },
        { PersonalRole, "personal" },
        { SelectedRole, "selected" },
        { StaleRole, "stale" },
    };
}

QVariantList TagPickerModel::groups() const
{
    QVariantList groups;
    QString last;
    for (qsizetype row = 0; row < m_tags.size(); ++row) {
        const LibraryTag &tag = m_tags.at(row);
        if (row > 0 && tag.groupId == last)
            continue;
        last = tag.groupId;
        groups.append(QVariantMap { { u"groupId"_s, tag.groupId },
                                    { u"name"_s, tag.groupName },
                                    { u"nameEn"_s, tag.groupNameEn },
                                    { u"multiSelect"_s, tag.multiSelect } });
    }
    return groups;
}

QString TagPickerModel::toggle(int row)
{
    if (row < 0 || row >= m_tags.size())
        return u"No such tag"_s;
    const LibraryTag &tag = m_tags.at(row);
    if (m_taggedAt.contains(tag.id))
        return change({}, { tag.id });
    QStringList replaced;
    if (!tag.multiSelect) {
        for (const LibraryTag &other : std::as_const(m_tags)) {
            if (other.groupId == tag.groupId && other.id != tag.id && m_taggedAt.contains(other.id))
                replaced.append(other.id);
        }
    }
    return change({ tag.id }, replaced);
}

QString TagPickerModel::addPersonalTag(const QString &name)
{
    if (!m_tagWriter || !m_writer)
        return u"This customer book is read-only"_s;
    try {
        const QString id = m_tagWriter->createPersonalTag(name);
        reload();
        return m_taggedAt.contains(id) ? QString() : change({ id }, {});
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
}

QString TagPickerModel::change(const QStringList &add, const QStringList &remove)
{
    if (!m_writer)
        return u"This customer book is read-only"_s;
    try {
        m_writer->changeTags(m_customerId, add, remove);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    m_taggedAt = m_library.customerTagTimes(m_customerId);
    if (!m_tags.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_tags.size()) - 1), { SelectedRole, StaleRole });
    Q_EMIT selectionChanged();
    return {};
}

void TagPickerModel::reload()
{
    beginResetModel();
    m_tags = m_library.tagsFor(m_guideId);
    m_taggedAt = m_library.customerTagTimes(m_customerId);
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT selectionChanged();
}

} // namespace gd::tags
