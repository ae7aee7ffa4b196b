// The tag library laid out for tagging one customer: every HQ tag by group and the guide's
// personal tags, each marked when the customer has it (and stale when it is past the shelf
// life). Tapping a tag toggles it; in a single-select group (尺码, 体型) it replaces the
// group's other tag in the same change.
#pragma once

#include "tagrecords.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>

namespace gd::customers {
class CustomerWriter;
}

namespace gd::tags {

class TagLibrary;
class TagWriter;

class TagPickerModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(QString customerId READ customerId CONSTANT)
    // The sections of the library in order: {groupId, name, nameEn, multiSelect}; the
    // personal tags' section has an empty groupId.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY countChanged)

public:
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        NameRole,
        NameEnRole,
        GroupIdRole,
        GroupNameRole,
        GroupNameEnRole,
        MultiSelectRole,
        PersonalRole,
        SelectedRole,
        StaleRole,
    };
    Q_ENUM(Role)

    TagPickerModel(TagLibrary &library, customers::CustomerWriter *writer, TagWriter *tagWriter,
                   QString customerId, QString guideId, int shelfLifeDays,
                   const QDate &today = QDate::currentDate(), QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int selectedCount() const { return int(m_taggedAt.size()); }
    [[nodiscard]] QString customerId() const { return m_customerId; }
    [[nodiscard]] QVariantList groups() const;

    /// Adds or removes the tag at `row`. Returns an empty string when done, else why not
    /// (English; the page shows its own sentence for the usual cases).
    Q_INVOKABLE QString toggle(int row);
    /// Creates a personal tag (or finds the guide's tag of that name) and tags the customer
    /// with it. Returns an empty string when done, else why not.
    Q_INVOKABLE QString addPersonalTag(const QString &name);
    /// Re-reads the library and the customer's tags (after a sync).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void selectionChanged();

private:
    QString change(const QStringList &add, const QStringList &remove);

    TagLibrary &m_library;
    customers::CustomerWriter *m_writer;
    TagWriter *m_tagWriter;
    QString m_customerId;
    QString m_guideId;
    int m_shelfLifeDays;
    QDate m_today;
    QList<LibraryTag> m_tags;
    QHash<QString, QDateTime> m_taggedAt; // the customer's live tags
};

} // namespace gd::tags
