#include "customerlistmodel.h"

#include "customerrepository.h"

using namespace Qt::StringLiterals;

namespace gd::customers {

// The QML-facing enum mirrors the repository's; setSort() converts by value.
static_assert(int(CustomerListModel::Sort::Name) == int(CustomerSort::Name)
              && int(CustomerListModel::Sort::LastVisit) == int(CustomerSort::LastVisit)
              && int(CustomerListModel::Sort::Spend) == int(CustomerSort::Spend));

CustomerListModel::CustomerListModel(CustomerRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_today(QDate::currentDate())
{
    requery();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowIds.size());
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    return { { CustomerIdRole, "customerId" },   { NameRole, "name" },
             { InitialRole, "initial" },         { GenderRole, "gender" },
             { PhoneMaskedRole, "phoneMasked" }, { MemberLevelRole, "memberLevel" },
             { LastVisitRole, "lastVisit" },     { DaysSinceLastVisitRole, "daysSinceLastVisit" },
             { TotalSpendRole, "totalSpend" },   { VisitsRole, "visits" } };
}

const CustomerRow *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowIds.size())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // Evict before inserting: removing from a QHash invalidates its iterators.
        if (m_pages.size() >= cachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        const QList<qint64> ids = m_rowIds.mid(qsizetype(page) * pageSize, pageSize);
        it = m_pages.insert(page, m_repository->rowsByRowIds(ids));
        ++m_pagesLoaded;
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const int offset = row - page * pageSize;
    // A row deleted since the ids were read is missing from its page: show nothing for it
    // rather than the wrong customer; the next refresh() drops it.
    const QList<CustomerRow> &rows = *it;
    if (offset < rows.size() && rows.at(offset).rowId == m_rowIds.at(row))
        return &rows.at(offset);
    for (const CustomerRow &r : rows) {
        if (r.rowId == m_rowIds.at(row))
            return &r;
    }
    return nullptr;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case CustomerIdRole:
        return row->id;
    case Qt::DisplayRole:
    case NameRole:
        return row->name;
    case InitialRole:
        return row->name.isEmpty() ? QString()
                                   : row->name.left(row->name.at(0).isSurrogate() ? 2 : 1);
    case GenderRole:
        return row->gender;
    case PhoneMaskedRole:
        return row->phoneMasked;
    case MemberLevelRole:
        return row->memberLevel;
    case LastVisitRole:
        return row->lastVisit;
    case DaysSinceLastVisitRole:
        return row->lastVisit.isValid() ? int(row->lastVisit.daysTo(m_today)) : -1;
    case TotalSpendRole:
        return double(row->totalSpendCents) / 100.0;
    case VisitsRole:
        return row->visits;
    default:
        return {};
    }
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_filter.searchText)
        return;
    m_filter.searchText = text;
    requery();
    Q_EMIT searchTextChanged();
}

void CustomerListModel::setSort(Sort sort)
{
    if (int(sort) == int(m_filter.sort))
        return;
    m_filter.sort = CustomerSort(int(sort));
    requery();
    Q_EMIT sortChanged();
}

void CustomerListModel::setOwnerGuideId(const QString &guideId)
{
    if (guideId == m_filter.ownerGuideId)
        return;
    m_filter.ownerGuideId = guideId;
    requery();
    Q_EMIT ownerGuideIdChanged();
}

void CustomerListModel::refresh()
{
    requery();
}

QString CustomerListModel::customerIdAt(int row) const
{
    const CustomerRow *r = rowAt(row);
    return r ? r->id : QString();
}

void CustomerListModel::requery()
{
    const int before = count();
    beginResetModel();
    m_rowIds = m_repository ? m_repository->findRowIds(m_filter) : QList<qint64>();
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

} // namespace gd::customers
