// What the tag views work with: a picker to tag one customer, and the reviews that keep
// tags true (stale tags, coverage, the size spot check), which read on the review worker.
// The shelf life is a setting of this device (QSettings), 30 to 730 days, 180 by default.
#pragma once

#include "tags/tagpickermodel.h"
#include "tags/tagreviewmodels.h"

#include <QObject>
#include <QtQmlIntegration>

namespace gd::customers {
class CustomerWriter;
}
namespace gd::segments {
class SegmentService;
}
namespace gd::tags {
class TagLibrary;
class TagWriter;
} // namespace gd::tags

namespace gd::ui {

class TagBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int shelfLifeDays READ shelfLifeDays WRITE setShelfLifeDays NOTIFY shelfLifeChanged)
    Q_PROPERTY(bool storeView READ storeView NOTIFY guideChanged)
    Q_PROPERTY(bool canWrite READ canWrite CONSTANT)

public:
    // `reviews`: the worker the reviews run on (its own thread and connection).
    TagBook(tags::TagLibrary &library, segments::SegmentService &reviews,
            QObject *parent = nullptr);

    // Without writers (tests of the reviews alone) the book is read-only.
    void setWriters(customers::CustomerWriter *writer, tags::TagWriter *tagWriter);
    // Whose book the reviews cover; empty guide or a manager: the whole store.
    void setGuide(const QString &guideId, bool manager);

    [[nodiscard]] int shelfLifeDays() const { return m_shelfLifeDays; }
    void setShelfLifeDays(int days);
    [[nodiscard]] bool storeView() const { return m_reviewGuideId.isEmpty(); }
    [[nodiscard]] bool canWrite() const { return m_writer != nullptr; }
    static constexpr int defaultShelfLifeDays = 180;

    /// The library laid out for tagging this customer (owned by QML's garbage collector).
    Q_INVOKABLE gd::tags::TagPickerModel *openPicker(const QString &customerId);
    /// Tags past the shelf life in the book, oldest first (owned by QML).
    Q_INVOKABLE gd::tags::StaleTagModel *openStaleTags();
    /// Tag coverage per guide (owned by QML).
    Q_INVOKABLE gd::tags::CoverageModel *openCoverage();
    /// Size tags the purchases contradict (owned by QML).
    Q_INVOKABLE gd::tags::SizeMismatchModel *openSizeMismatches();

    // The tag actions write here, on the GUI thread, through the writers; tagsChanged()
    // then has the page reload its review.
    /// The tag still holds: set it again (now), so it is fresh. Empty string when done.
    Q_INVOKABLE QString confirmTag(const QString &customerId, const QString &tagId);
    /// The tag no longer holds. Empty string when done.
    Q_INVOKABLE QString removeTag(const QString &customerId, const QString &tagId);
    /// Spot check: replace the size tag with the size of that name. Empty string when done.
    Q_INVOKABLE QString replaceSize(const QString &customerId, const QString &oldTagId,
                                    const QString &sizeName);

public Q_SLOTS:
    void storeChanged(const QStringList &tables);

Q_SIGNALS:
    void shelfLifeChanged();
    void guideChanged();
    // A customer's tags changed here or by a sync (empty id: any customer's).
    void tagsChanged(const QString &customerId);

private:
    QString change(const QString &customerId, const QStringList &add, const QStringList &remove);

    tags::TagLibrary &m_library;
    segments::SegmentService &m_reviews;
    customers::CustomerWriter *m_writer = nullptr;
    tags::TagWriter *m_tagWriter = nullptr;
    QString m_guideId;
    QString m_reviewGuideId;
    int m_shelfLifeDays;
};

} // namespace gd::ui
