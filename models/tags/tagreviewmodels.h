// List models over TagReview for the Tags page: stale tags to review, coverage per guide,
// size tags the purchases contradict. Each reads on reload() (the page calls it when shown,
// after a change and after a sync), as a job on the review worker (TagReviewListModel); the
// lists are bounded, so they are plain in-memory lists.
#pragma once

#include "tagrecords.h"
#include "tagreviewlistmodel.h"

#include <QDate>

namespace gd::tags {

// The base is named in full: Qt 6.4's qmltyperegistrar finds it by the name as written,
// and qmllint would not know these models are TagReviewListModels.
class StaleTagModel : public gd::tags::TagReviewListModel
{
    Q_OBJECT
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

    StaleTagModel(segments::SegmentService &worker, QString guideId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // All stale tags of the book; the list holds the oldest `limit` of them.
    [[nodiscard]] int total() const { return m_total; }

    /// Reads again, on the worker, with this shelf life (days; below 0 counts as 0).
    Q_INVOKABLE void reload(int shelfLifeDays);
    void setToday(const QDate &today) { m_today = today; } // for unit tests
    static constexpr int limit = 500;

private:
    QString m_guideId;
    QDate m_today = QDate::currentDate();
    QList<StaleTag> m_rows;
    int m_total = 0;
};

class CoverageModel : public gd::tags::TagReviewListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList groupNames READ groupNames NOTIFY reloaded)
    Q_PROPERTY(QStringList groupNamesEn READ groupNamesEn NOTIFY reloaded)

public:
    enum Role
    {
        GuideIdRole = Qt::UserRole + 1,
        GuideNameRole,
        CustomersRole,
        SharesRole, // list of percentages (0–100), one per group
        AverageShareRole,
    };

    CoverageModel(segments::SegmentService &worker, QString guideId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QStringList groupNames() const;
    [[nodiscard]] QStringList groupNamesEn() const;

    /// Reads again, on the worker.
    Q_INVOKABLE void reload();

private:
    QString m_guideId;
    Coverage m_coverage;
};

class SizeMismatchModel : public gd::tags::TagReviewListModel
{
    Q_OBJECT

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

    SizeMismatchModel(segments::SegmentService &worker, QString guideId, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Reads again, on the worker.
    Q_INVOKABLE void reload();
    static constexpr int limit = 500;

private:
    QString m_guideId;
    QList<SizeMismatch> m_rows;
};

} // namespace gd::tags
