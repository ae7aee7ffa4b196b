// One customer's notes for QML, newest first, re-read on reload() (after a note is written
// here or a pull brought notes).
#pragma once

#include "customerrecords.h"

#include <QAbstractListModel>

namespace gd::customers {

class CustomerRepository;

class NoteListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString customerId READ customerId CONSTANT)
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        BodyRole,
        CreatedAtRole,
        GuideNameRole,
        PendingRole
    };

    NoteListModel(CustomerRepository &repository, QString customerId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] const QString &customerId() const { return m_customerId; }

    /// Reads the notes again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    CustomerRepository &m_repository;
    QString m_customerId;
    QList<CustomerNote> m_notes;
};

} // namespace gd::customers
