// The customer list QML shows. Holds only the row ids of the current search (8 bytes a
// customer) and loads rows a page at a time into a small LRU cache, so memory stays flat
// while a guide scrolls through 100,000 customers.
#pragma once

#include "customerrecords.h"

#include <QAbstractListModel>
#include <QHash>

namespace gd::customers {

class CustomerRepository;

class CustomerListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(Sort sort READ sort WRITE setSort NOTIFY sortChanged)
    Q_PROPERTY(
        QString ownerGuideId READ ownerGuideId WRITE setOwnerGuideId NOTIFY ownerGuideIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class Sort
    {
        Name,
        LastVisit,
        Spend
    };
    Q_ENUM(Sort)

    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        NameRole,
        InitialRole,
        GenderRole,
        PhoneMaskedRole,
        MemberLevelRole,
        LastVisitRole,
        DaysSinceLastVisitRole,
        TotalSpendRole,
        VisitsRole,
    };

    explicit CustomerListModel(CustomerRepository *repository, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString searchText() const { return m_filter.searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] Sort sort() const { return Sort(m_filter.sort); }
    void setSort(Sort sort);
    [[nodiscard]] QString ownerGuideId() const { return m_filter.ownerGuideId; }
    void setOwnerGuideId(const QString &guideId);
    [[nodiscard]] int count() const { return int(m_rowIds.size()); }

    /// Runs the query again (after a change in the store); the view keeps its place.
    Q_INVOKABLE void refresh();
    /// The customer id at a row, or an empty string outside the list.
    Q_INVOKABLE QString customerIdAt(int row) const;

    // For unit testing: the day "days since last visit" counts from.
    void setToday(const QDate &today) { m_today = today; }
    // How many pages were read from the repository (for tests of the paging).
    [[nodiscard]] int pagesLoaded() const { return m_pagesLoaded; }

    static constexpr int pageSize = 100;
    static constexpr int cachedPages = 8;

Q_SIGNALS:
    void searchTextChanged();
    void sortChanged();
    void ownerGuideIdChanged();
    void countChanged();

private:
    void requery();
    const CustomerRow *rowAt(int row) const;

    CustomerRepository *m_repository;
    CustomerFilter m_filter;
    QList<qint64> m_rowIds;
    mutable QHash<int, QList<CustomerRow>> m_pages; // page number → rows
    mutable QList<int> m_pageUse; // most recently used last
    mutable int m_pagesLoaded = 0;
    QDate m_today;
};

} // namespace gd::customers
