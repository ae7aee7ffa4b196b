// The customers of a segment, for the result list: the row ids (8 bytes a customer) come
// from the segment worker, rows are read a page at a time into a small LRU cache, as in
// CustomerListModel, so a segment of 100,000 customers scrolls with flat memory.
#pragma once

#include "customers/customerrecords.h"
#include "segmentquery.h"

#include <QAbstractListModel>
#include <QHash>

namespace gd::customers {
class CustomerRepository;
}

namespace gd::segments {

class SegmentService;

class SegmentResultModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        NameRole,
        InitialRole,
        PhoneMaskedRole,
        MemberLevelRole,
        LastVisitRole,
        TotalSpendRole,
        VisitsRole,
    };

    SegmentResultModel(SegmentService &service, customers::CustomerRepository &repository,
                       QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rowIds.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }

    // Shows the customers of `rule` (ids read on the worker; the list changes when they come).
    void show(const SegmentRule &rule, const SegmentScope &scope, customers::CustomerSort sort);
    /// Reads the same segment again (after the store changed).
    Q_INVOKABLE void refresh();
    /// The customer id at a row, or an empty string outside the list.
    Q_INVOKABLE QString customerIdAt(int row) const;

    static constexpr int pageSize = 100;
    static constexpr int cachedPages = 8;

Q_SIGNALS:
    void countChanged();
    void loadingChanged();

private:
    const customers::CustomerRow *rowAt(int row) const;
    void setRowIds(const QList<qint64> &ids);

    SegmentService &m_service;
    customers::CustomerRepository &m_repository;
    SegmentRule m_rule;
    SegmentScope m_scope;
    customers::CustomerSort m_sort = customers::CustomerSort::Name;
    QList<qint64> m_rowIds;
    mutable QHash<int, QList<customers::CustomerRow>> m_pages;
    mutable QList<int> m_pageUse;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace gd::segments
