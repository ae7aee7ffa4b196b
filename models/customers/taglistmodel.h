// A customer's tags for the profile page: group, name (both languages), who set it, when.
#pragma once

#include "customerrecords.h"

#include <QAbstractListModel>
#include <QDate>

namespace gd::customers {

class TagListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        NameRole,
        NameEnRole,
        GroupNameRole,
        GroupNameEnRole,
        PersonalRole,
        TaggedByRole,
        TaggedAtRole,
        AgeDaysRole, // days since it was set: past the shelf life, the page marks it stale
    };

    explicit TagListModel(QList<TagRecord> tags, const QDate &today = QDate::currentDate(),
                          QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_tags.size()); }

private:
    QList<TagRecord> m_tags;
    QDate m_today;
};

} // namespace gd::customers
