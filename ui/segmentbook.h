// What the Segments page works with: the rule being built (with its live count), the
// saved segments, the result list, the tags to choose from, and the page's actions (save,
// rename, delete, bulk tag and its undo, CSV export). Counting, result ids, bulk tagging
// and exports run on the segment worker; this object only starts them and reports.
#pragma once

#include "customers/customerwriter.h"
#include "customers/taglistmodel.h"
#include "segments/savedsegmentlistmodel.h"
#include "segments/segmenteditor.h"
#include "segments/segmentresultmodel.h"

#include <QObject>
#include <QtQmlIntegration>
#include <functional>

namespace gd::segments {
class SegmentService;
class SegmentWriter;
} // namespace gd::segments

namespace gd::ui {

class SegmentBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(gd::segments::SegmentEditor *editor READ editor CONSTANT)
    Q_PROPERTY(gd::segments::SegmentResultModel *results READ results CONSTANT)
    Q_PROPERTY(gd::segments::SavedSegmentListModel *saved READ saved CONSTANT)
    Q_PROPERTY(QAbstractListModel *tags READ tags NOTIFY tagsChanged)
    Q_PROPERTY(QString currentSegmentId READ currentSegmentId NOTIFY currentSegmentChanged)
    Q_PROPERTY(QString currentSegmentName READ currentSegmentName NOTIFY currentSegmentChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool canUndoTag READ canUndoTag NOTIFY undoChanged)

public:
    SegmentBook(segments::SegmentService &service, segments::SegmentWriter &writer,
                customers::CustomerRepository &repository, store::Database &db,
                QObject *parent = nullptr);
    ~SegmentBook() override;

    // Whose customers and whose segments: set at sign-in.
    void setActor(const customers::Actor &actor, bool manager);
    // Called after the worker changed customers (bulk tag): lists refresh, sync pushes.
    void setAfterWrite(std::function<void()> callback) { m_afterWrite = std::move(callback); }
    // Where exports go (default: Documents/GuideDesk).
    void setExportFolder(const QString &folder) { m_exportFolder = folder; }

    [[nodiscard]] segments::SegmentEditor *editor() { return &m_editor; }
    [[nodiscard]] segments::SegmentResultModel *results() { return &m_results; }
    [[nodiscard]] segments::SavedSegmentListModel *saved() { return &m_saved; }
    [[nodiscard]] QAbstractListModel *tags() const { return m_tags.get(); }
    [[nodiscard]] QString currentSegmentId() const { return m_currentId; }
    [[nodiscard]] QString currentSegmentName() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool canUndoTag() const { return !m_lastTagged.isEmpty(); }

    /// The tag's name in the UI's language (English where the library has one).
    Q_INVOKABLE QString tagName(const QString &tagId, bool english) const;
    /// Shows the customers of the rule being built (sort: 0 name, 1 last visit, 2 spend).
    Q_INVOKABLE void showResults(int sort);
    /// Opens a saved segment in the builder.
    Q_INVOKABLE void open(const QString &segmentId);
    /// A new, empty rule.
    Q_INVOKABLE void startNew();
    /// Saves the rule being built: as a new segment (asNew or none open) or over the open
    /// one. Returns an empty string, or why it was not saved (for the user).
    Q_INVOKABLE QString save(const QString &name, bool asNew);
    Q_INVOKABLE QString rename(const QString &segmentId, const QString &name);
    Q_INVOKABLE QString remove(const QString &segmentId);
    /// Adds the tag to every customer of the rule being built (on the worker, with progress).
    Q_INVOKABLE void bulkTag(const QString &tagId);
    /// Removes the last bulk tag from the customers it was added to.
    Q_INVOKABLE void undoBulkTag();
    /// Writes the segment as CSV into the export folder; the message says where.
    Q_INVOKABLE void exportCsv(bool englishTags);

    // For unit tests: the last export's file.
    [[nodiscard]] QString lastExportPath() const { return m_lastExportPath; }

Q_SIGNALS:
    void tagsChanged();
    void currentSegmentChanged();
    void busyChanged();
    void messageChanged();
    void undoChanged();
    // A bulk tag, its undo or an export finished (ok: it worked).
    void jobFinished(bool ok);

public Q_SLOTS:
    // The store changed underneath (a pull).
    void storeChanged(const QStringList &tables);

private:
    void setBusy(bool busy, double progress = 0);
    void setMessage(const QString &message);
    void reportProgress(qint64 done, qint64 total);
    void reloadTags();

    segments::SegmentService &m_service;
    segments::SegmentWriter &m_writer;
    store::Database &m_db;
    segments::SegmentEditor m_editor;
    segments::SegmentResultModel m_results;
    segments::SavedSegmentListModel m_saved;
    std::unique_ptr<customers::TagListModel> m_tags;
    customers::Actor m_actor;
    std::function<void()> m_afterWrite;
    QString m_exportFolder;
    QString m_currentId;
    bool m_busy = false;
    double m_progress = 0;
    QString m_message;
    QString m_lastTagId;
    QStringList m_lastTagged;
    QString m_lastExportPath;
};

} // namespace gd::ui
