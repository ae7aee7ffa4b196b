#include "segmentresultmodel.h"

#include "customers/customerrepository.h"
#include "segmentqueries.h"
#include "segmentservice.h"

using namespace Qt::StringLiterals;

namespace gd::segments {

SegmentResultModel::SegmentResultModel(SegmentService &service,
                                       customers::CustomerRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_repository(repository)
{ }

int SegmentResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowIds.size());
}

QHash<int, QByteArray> SegmentResultModel::roleNames() const
{
    return { { CustomerIdRole, "customerId" },   { NameRole, "name" },
             { InitialRole, "initial" },         { PhoneMaskedRole, "phoneMasked" },
             { MemberLevelRole, "memberLevel" }, { LastVisitRole, "lastVisit" },
             { TotalSpendRole, "totalSpend" },   { VisitsRole, "visits" } };
}

const customers::CustomerRow *SegmentResultModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowIds.size())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= cachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(
            page, m_repository.rowsByRowIds(m_rowIds.mid(qsizetype(page) * pageSize, pageSize)));
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    // A row deleted since the ids were read is missing: show nothing rather than another.
    for (const customers::CustomerRow &r : std::as_const(*it)) {
        if (r.rowId == m_rowIds.at(row))
            return &r;
    }
    return nullptr;
}

QVariant SegmentResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const customers::CustomerRow *row = rowAt(index.row());
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
    case PhoneMaskedRole:
        return row->phoneMasked;
    case MemberLevelRole:
        return row->memberLevel;
    case LastVisitRole:
        return row->lastVisit;
    case TotalSpendRole:
        return double(row->totalSpendCents) / 100.0;
    case VisitsRole:
        return row->visits;
    default:
        return {};
    }
}

void SegmentResultModel::show(const SegmentRule &rule, const SegmentScope &scope,
                              customers::CustomerSort sort)
{
    m_rule = rule;
    m_scope = scope;
    m_sort = sort;
    refresh();
}

void SegmentResultModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    const SegmentRule rule = m_rule;
    const SegmentScope scope = m_scope;
    const customers::CustomerSort sort = m_sort;
    SegmentCache *cache = m_service.workerCache();
    m_service.run<QList<qint64>>(
        this,
        [rule, scope, sort, cache](store::Database &db) {
            return SegmentQueries(db, cache).rowIds(rule, scope, sort);
        },
        [this, generation](const QList<qint64> &ids, const QString &) {
            if (generation != m_generation)
                return;
            setRowIds(ids);
            m_loading = false;
            Q_EMIT loadingChanged();
        });
}

void SegmentResultModel::setRowIds(const QList<qint64> &ids)
{
    const int before = count();
    beginResetModel();
    m_rowIds = ids;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

QString SegmentResultModel::customerIdAt(int row) const
{
    const customers::CustomerRow *r = rowAt(row);
    return r ? r->id : QString();
}

} // namespace gd::segments
