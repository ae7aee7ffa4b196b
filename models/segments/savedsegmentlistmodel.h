// The guide's saved segments, by name (a handful: read whole from the store).
#pragma once

#include "segmentwriter.h"

#include <QAbstractListModel>

namespace gd::segments {

class SavedSegmentListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        SegmentIdRole = Qt::UserRole + 1,
        NameRole,
        RuleJsonRole,
        PendingRole,
    };

    explicit SavedSegmentListModel(SegmentWriter &writer, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_segments.size()); }

    /// Reads the list again (after a save, a delete or a pull).
    Q_INVOKABLE void refresh();
    /// The saved segment with this id (empty values when there is none).
    Q_INVOKABLE QString nameOf(const QString &id) const;
    Q_INVOKABLE QString ruleOf(const QString &id) const;

Q_SIGNALS:
    void countChanged();

private:
    SegmentWriter &m_writer;
    QList<SavedSegment> m_segments;
};

} // namespace gd::segments
