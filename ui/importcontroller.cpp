#include "importcontroller.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gd::ui {

ImportController::ImportController(import::ImportJob &job, ActorSource actor, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_actor(std::move(actor))
{
    connect(&m_job, &import::ImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress = total > 0 ? double(done) / double(total) : 0;
        Q_EMIT progressChanged();
    });
    connect(&m_job, &import::ImportJob::analysed, this,
            [this](const import::ImportReport &report) { take(report, u"analysed"_s); });
    connect(&m_job, &import::ImportJob::imported, this, [this](const import::ImportReport &report) {
        take(report, report.committed ? u"imported"_s : u"not_imported"_s);
        if (report.committed && m_afterImport)
            m_afterImport();
    });
}

void ImportController::analyse(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    m_path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    m_options = {};
    m_report = {};
    m_stage.clear();
    Q_EMIT reportChanged();
    startAnalysis();
}

void ImportController::setColumnField(int column, const QString &fieldKey)
{
    QList<import::ImportField> mapping = m_report.mapping;
    if (column < 0 || column >= mapping.size())
        return;
    mapping[column] = import::importFieldFromKey(fieldKey);
    m_options.mapping = mapping;
    startAnalysis();
}

void ImportController::setEncoding(const QString &encoding)
{
    if (encoding == u"utf8"_s)
        m_options.encoding = import::TextEncoding::Utf8;
    else if (encoding == u"gb18030"_s)
        m_options.encoding = import::TextEncoding::Gb18030;
    else
        m_options.encoding.reset();
    startAnalysis();
}

void ImportController::run(bool skipInvalidRows)
{
    import::ImportOptions options = m_options;
    options.mapping = m_report.mapping;
    options.skipInvalidRows = skipInvalidRows;
    if (m_job.run(m_path, options, m_actor()))
        Q_EMIT busyChanged();
}

void ImportController::startAnalysis()
{
    m_progress = 0;
    Q_EMIT progressChanged();
    if (m_job.analyse(m_path, m_options))
        Q_EMIT busyChanged();
}

void ImportController::take(const import::ImportReport &report, const QString &stage)
{
    m_report = report;
    m_stage = stage;
    Q_EMIT busyChanged();
    Q_EMIT reportChanged();
}

QString ImportController::fileProblem() const
{
    switch (m_report.fileProblem) {
    case import::FileProblem::None:
        return {};
    case import::FileProblem::CannotOpen:
        return u"cannot_open"_s;
    case import::FileProblem::Empty:
        return u"empty"_s;
    case import::FileProblem::NoNameColumn:
        return u"no_name_column"_s;
    case import::FileProblem::Cancelled:
        return u"cancelled"_s;
    case import::FileProblem::WriteFailed:
        return u"write_failed"_s;
    }
    return {};
}

QString ImportController::encoding() const
{
    return m_report.encoding == import::TextEncoding::Utf8 ? u"utf8"_s : u"gb18030"_s;
}

QStringList ImportController::mapping() const
{
    QStringList keys;
    for (import::ImportField field : m_report.mapping)
        keys << import::importFieldKey(field);
    return keys;
}

QStringList ImportController::fieldKeys() const
{
    QStringList keys;
    for (import::ImportField field : import::allImportFields())
        keys << import::importFieldKey(field);
    return keys;
}

QVariantList ImportController::preview() const
{
    QVariantList rows;
    for (const QStringList &row : m_report.preview)
        rows.append(row);
    return rows;
}

QVariantList ImportController::problems() const
{
    QVariantList list;
    for (const import::RowProblem &p : m_report.problems) {
        list.append(QVariantMap { { u"line"_s, p.line },
                                  { u"column"_s,
                                    p.column >= 0 && p.column < m_report.headers.size()
                                        ? m_report.headers.at(p.column)
                                        : QString() },
                                  { u"problem"_s, import::importProblemKey(p.problem) },
                                  { u"value"_s, p.value },
                                  { u"skipped"_s, import::isSkipNotice(p.problem) } });
    }
    return list;
}

} // namespace gd::ui
