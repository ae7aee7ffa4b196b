// What the import page works with: choose a file, see the detected encoding, the column
// mapping (changeable), a preview and the row-level problems, then import all-or-nothing
// with progress and cancel. The reading and writing run in an ImportJob (another thread,
// its own store connection); this object only holds the latest report for QML.
#pragma once

#include "import/importjob.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>
#include <functional>

namespace gd::ui {

class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString path READ path NOTIFY reportChanged)
    // "", "analysed", "imported", "not_imported"
    Q_PROPERTY(QString stage READ stage NOTIFY reportChanged)
    // "", "cannot_open", "empty", "no_name_column", "cancelled", "write_failed"
    Q_PROPERTY(QString fileProblem READ fileProblem NOTIFY reportChanged)
    Q_PROPERTY(QString encoding READ encoding NOTIFY reportChanged) // "utf8", "gb18030"
    Q_PROPERTY(QStringList headers READ headers NOTIFY reportChanged)
    Q_PROPERTY(QStringList mapping READ mapping NOTIFY reportChanged) // field keys per column
    Q_PROPERTY(QStringList fieldKeys READ fieldKeys CONSTANT)
    Q_PROPERTY(QVariantList preview READ preview NOTIFY reportChanged) // rows of cells
    Q_PROPERTY(
        QVariantList problems READ problems NOTIFY reportChanged) // {line, column, problem, value}
    Q_PROPERTY(int rows READ rows NOTIFY reportChanged)
    Q_PROPERTY(int readyRows READ readyRows NOTIFY reportChanged)
    Q_PROPERTY(int invalidRows READ invalidRows NOTIFY reportChanged)
    Q_PROPERTY(int skippedDuplicates READ skippedDuplicates NOTIFY reportChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY reportChanged)
    Q_PROPERTY(int imported READ imported NOTIFY reportChanged)

public:
    using ActorSource = std::function<customers::Actor()>;
    ImportController(import::ImportJob &job, ActorSource actor, QObject *parent = nullptr);

    // Called after a committed import (the list re-reads, the sync pushes).
    void setAfterImport(std::function<void()> callback) { m_afterImport = std::move(callback); }

    /// Reads and checks the file (a path or a file:// URL). Nothing is written.
    Q_INVOKABLE void analyse(const QString &pathOrUrl);
    /// The same for a URL (what a FileDialog gives).
    Q_INVOKABLE void analyseUrl(const QUrl &url) { analyse(url.toString()); }
    /// Changes what column `column` holds (a key of fieldKeys) and checks the file again.
    Q_INVOKABLE void setColumnField(int column, const QString &fieldKey);
    /// "auto", "utf8" or "gb18030"; checks the file again.
    Q_INVOKABLE void setEncoding(const QString &encoding);
    /// Imports every good row in one transaction, or none (skipInvalidRows: the good rows
    /// even when some are refused).
    Q_INVOKABLE void run(bool skipInvalidRows);
    Q_INVOKABLE void cancel() { m_job.cancel(); }

    [[nodiscard]] bool busy() const { return m_job.isBusy(); }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString stage() const { return m_stage; }
    [[nodiscard]] QString fileProblem() const;
    [[nodiscard]] QString encoding() const;
    [[nodiscard]] QStringList headers() const { return m_report.headers; }
    [[nodiscard]] QStringList mapping() const;
    [[nodiscard]] QStringList fieldKeys() const;
    [[nodiscard]] QVariantList preview() const;
    [[nodiscard]] QVariantList problems() const;
    [[nodiscard]] int rows() const { return int(m_report.rows); }
    [[nodiscard]] int readyRows() const { return int(m_report.readyRows); }
    [[nodiscard]] int invalidRows() const { return int(m_report.invalidRows); }
    [[nodiscard]] int skippedDuplicates() const { return int(m_report.skippedDuplicates); }
    [[nodiscard]] int problemCount() const { return int(m_report.problemCount); }
    [[nodiscard]] int imported() const { return int(m_report.imported); }

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void reportChanged();

private:
    void startAnalysis();
    void take(const import::ImportReport &report, const QString &stage);

    import::ImportJob &m_job;
    ActorSource m_actor;
    std::function<void()> m_afterImport;
    QString m_path;
    QString m_stage;
    import::ImportOptions m_options;
    import::ImportReport m_report;
    double m_progress = 0;
};

} // namespace gd::ui
