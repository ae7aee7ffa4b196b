#include "notelistmodel.h"

#include "customerrepository.h"

namespace gd::customers {

namespace {
// A profile shows the recent conversation; older notes are a later page's job.
constexpr int shownNotes = 200;
} // namespace

NoteListModel::NoteListModel(CustomerRepository &repository, QString customerId, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_customerId(std::move(customerId))
{
    reload();
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QHash<int, QByteArray> NoteListModel::roleNames() const
{
    return { { KindRole, "kind" },
             { BodyRole, "body" },
             { CreatedAtRole, "createdAt" },
             { GuideNameRole, "guideName" },
             { PendingRole, "pending" } };
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerNote &note = m_notes.at(index.row());
    switch (role) {
    case KindRole:
        return note.kind;
    case Qt::DisplayRole:
    case BodyRole:
        return note.body;
    case CreatedAtRole:
        return note.createdAt.toLocalTime();
    case GuideNameRole:
        return note.guideName;
    case PendingRole:
        return note.pending;
    default:
        return {};
    }
}

void NoteListModel::reload()
{
    beginResetModel();
    m_notes = m_repository.notes(m_customerId, shownNotes);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace gd::customers
