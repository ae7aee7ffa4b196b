// List models over TagReview for the Tags page: stale tags to review, coverage per guide,
// size tags the purchases contradict. Each reads once on reload() (the page calls it when
// shown and after a sync); the lists are bounded, so they are plain in-memory lists.
#pragma once

#include "tagrecords.h"

#include <QAbstractListModel>
#include <QDate>

namespace gd::tags {

class TagReview;

class StaleTagModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY reloaded)
    Q_PROPERTY(int total READ total NOTIFY reloaded)

public:
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        CustomerNameRole,
        TagIdRole,
        TagNameRole,
        TagNameEnRole,
        GroupNameRole,
        GroupNameEnRole,
        TaggedAtRole,
        AgeDaysRole,
    };

    StaleTagModel(TagReview &review, QString guideId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // All stale tags of the book; the list holds the oldest `limit` of them.
    [[nodiscard]] int total() const { return m_total; }

    /// Re-reads with this shelf life (days).
    Q_INVOKABLE void reload(int shelfLifeDays);
    void setToday(const QDate &today) { m_today = today; } // for unit tests
    static constexpr int limit = 500;

Q_SIGNALS:
    void reloaded();

private:
    TagReview &m_review;
    QString m_guideId;
    QDate m_today = QDate::currentDate();
    QList<StaleTag> m_rows;
    int m_total = 0;
};

class CoverageModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList groupNames READ groupNames NOTIFY reloaded)
    Q_PROPERTY(QStringList groupNamesEn READ groupNamesEn NOTIFY reloaded)
    Q_PROPERTY(int count READ rowCount NOTIFY reloaded)

public:
    enum Role
    {
        GuideIdRole = Qt::UserRole + 1,
        GuideNameRole,
        CustomersRole,
        SharesRole, // list of percentages (0–100), one per group
        AverageShareRole,
    };

    CoverageModel(TagReview &review, QString guideId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QStringList groupNames() const;
    [[nodiscard]] QStringList groupNamesEn() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void reloaded();

private:
    TagReview &m_review;
    QString m_guideId;
    Coverage m_coverage;
};

class SizeMismatchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY reloaded)

public:
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        CustomerNameRole,
        TagIdRole,
        TaggedSizeRole,
        BoughtSizeRole,
        RecentSizesRole,
    };

    SizeMismatchModel(TagReview &review, QString guideId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    static constexpr int limit = 500;

Q_SIGNALS:
    void reloaded();

private:
    TagReview &m_review;
    QString m_guideId;
    QList<SizeMismatch> m_rows;
};

} // namespace gd::tags
