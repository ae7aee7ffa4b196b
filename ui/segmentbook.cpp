#include "segmentbook.h"

#include "outbox/outbox.h"
#include "segments/segmentexporter.h"
#include "segments/segmentqueries.h"
#include "segments/segmentservice.h"
#include "segments/segmenttagger.h"
#include "segments/segmentwriter.h"
#include "segments/tagchoices.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

struct TagJobResult
{
    QStringList customerIds;
    qint64 count = 0;
};

} // namespace

SegmentBook::SegmentBook(segments::SegmentService &service, segments::SegmentWriter &writer,
                         customers::CustomerRepository &repository, store::Database &db,
                         QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_writer(writer)
    , m_db(db)
    , m_editor(service)
    , m_results(service, repository)
    , m_saved(writer)
    , m_exportFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                     + u"/GuideDesk"_s)
{
    reloadTags();
    m_editor.recount();
}

SegmentBook::~SegmentBook() = default;

void SegmentBook::setActor(const customers::Actor &actor, bool manager)
{
    m_actor = actor;
    m_writer.setActor(actor);
    // A guide's segments range over their own book, a manager's over the store.
    const segments::SegmentScope scope = manager || actor.guideId.isEmpty()
        ? segments::SegmentScope { {}, actor.storeId }
        : segments::SegmentScope { actor.guideId, {} };
    m_editor.setScope(scope);
    m_saved.refresh();
    reloadTags();
}

void SegmentBook::reloadTags()
{
    m_tags = std::make_unique<customers::TagListModel>(segments::tagChoices(m_db, m_actor.guideId));
    Q_EMIT tagsChanged();
}

QString SegmentBook::currentSegmentName() const
{
    return m_saved.nameOf(m_currentId);
}

QString SegmentBook::tagName(const QString &tagId, bool english) const
{
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QModelIndex index = m_tags->index(row);
        if (index.data(customers::TagListModel::TagIdRole).toString() != tagId)
            continue;
        const QString en = index.data(customers::TagListModel::NameEnRole).toString();
        return english && !en.isEmpty() ? en
                                        : index.data(customers::TagListModel::NameRole).toString();
    }
    return tr("(removed tag)");
}

void SegmentBook::showResults(int sort)
{
    m_results.show(m_editor.rule(), m_editor.scope(),
                   customers::CustomerSort(std::clamp(sort, 0, 2)));
}

void SegmentBook::open(const QString &segmentId)
{
    const QString rule = m_saved.ruleOf(segmentId);
    if (rule.isEmpty() || !m_editor.loadRule(rule)) {
        setMessage(tr("This segment's rule cannot be read by this version of GuideDesk."));
        return;
    }
    m_currentId = segmentId;
    Q_EMIT currentSegmentChanged();
}

void SegmentBook::startNew()
{
    m_editor.clear();
    m_currentId.clear();
    Q_EMIT currentSegmentChanged();
}

QString SegmentBook::save(const QString &name, bool asNew)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the segment a name.");
    if (trimmed.size() > segments::SegmentWriter::maxNameLength)
        return tr("A name can have at most 100 characters.");
    if (m_actor.guideId.isEmpty())
        return tr("Sign in to save segments.");
    try {
        m_currentId = m_writer.save(asNew ? QString() : m_currentId, trimmed, m_editor.rule());
    } catch (const std::exception &e) {
        return tr("The segment was not saved: %1").arg(QString::fromUtf8(e.what()));
    }
    m_saved.refresh();
    Q_EMIT currentSegmentChanged();
    return {};
}

QString SegmentBook::rename(const QString &segmentId, const QString &name)
{
    const QString rule = m_saved.ruleOf(segmentId);
    if (rule.isEmpty())
        return tr("This segment no longer exists.");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the segment a name.");
    if (trimmed.size() > segments::SegmentWriter::maxNameLength)
        return tr("A name can have at most 100 characters.");
    try {
        m_writer.save(segmentId, trimmed, segments::SegmentRule::fromJsonText(rule));
    } catch (const std::exception &e) {
        return tr("The segment was not renamed: %1").arg(QString::fromUtf8(e.what()));
    }
    m_saved.refresh();
    Q_EMIT currentSegmentChanged();
    return {};
}

QString SegmentBook::remove(const QString &segmentId)
{
    try {
        m_writer.remove(segmentId);
    } catch (const std::exception &e) {
        return tr("The segment was not deleted: %1").arg(QString::fromUtf8(e.what()));
    }
    m_saved.refresh();
    if (segmentId == m_currentId)
        m_currentId.clear();
    Q_EMIT currentSegmentChanged();
    return {};
}

void SegmentBook::setBusy(bool busy, double progress)
{
    m_busy = busy;
    m_progress = progress;
    Q_EMIT busyChanged();
}

void SegmentBook::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void SegmentBook::reportProgress(qint64 done, qint64 total)
{
    if (m_busy)
        setBusy(true, total > 0 ? double(done) / double(total) : 0);
}

void SegmentBook::bulkTag(const QString &tagId)
{
    if (m_busy || tagId.isEmpty())
        return;
    if (m_actor.guideId.isEmpty()) {
        setMessage(tr("Sign in to tag customers."));
        return;
    }
    setBusy(true);
    setMessage(tr("Adding the tag…"));
    const segments::SegmentRule rule = m_editor.rule();
    const segments::SegmentScope scope = m_editor.scope();
    const customers::Actor actor = m_actor;
    segments::SegmentCache *cache = m_service.workerCache();
    QPointer<SegmentBook> self(this);
    m_service.run<TagJobResult>(
        this,
        [=](store::Database &db) {
            const QStringList members
                = segments::SegmentQueries(db, cache).customerIds(rule, scope);
            outbox::Outbox outbox(db);
            segments::SegmentTagger tagger(db, outbox, actor);
            TagJobResult result;
            result.customerIds = tagger.addTag(members, tagId, [self](qsizetype d, qsizetype t) {
                QMetaObject::invokeMethod(self, [self, d, t] {
                    if (self)
                        self->reportProgress(d, t);
                });
            });
            result.count = members.size();
            return result;
        },
        [this, tagId](const TagJobResult &result, const QString &error) {
            setBusy(false);
            if (!error.isEmpty()) {
                setMessage(tr("The tag was not added: %1").arg(error));
                Q_EMIT jobFinished(false);
                return;
            }
            m_lastTagId = tagId;
            m_lastTagged = result.customerIds;
            Q_EMIT undoChanged();
            setMessage(tr("Tag added to %n customer(s).", nullptr, int(result.customerIds.size())));
            if (m_afterWrite)
                m_afterWrite();
            m_editor.recount();
            Q_EMIT jobFinished(true);
        });
}

void SegmentBook::undoBulkTag()
{
    if (m_busy || m_lastTagged.isEmpty())
        return;
    setBusy(true);
    setMessage(tr("Removing the tag again…"));
    const QStringList customers = m_lastTagged;
    const QString tagId = m_lastTagId;
    const customers::Actor actor = m_actor;
    QPointer<SegmentBook> self(this);
    m_service.run<TagJobResult>(
        this,
        [=](store::Database &db) {
            outbox::Outbox outbox(db);
            segments::SegmentTagger tagger(db, outbox, actor);
            TagJobResult result;
            result.count = tagger.removeTag(customers, tagId, [self](qsizetype d, qsizetype t) {
                QMetaObject::invokeMethod(self, [self, d, t] {
                    if (self)
                        self->reportProgress(d, t);
                });
            });
            return result;
        },
        [this](const TagJobResult &result, const QString &error) {
            setBusy(false);
            if (!error.isEmpty()) {
                setMessage(tr("The tag was not removed: %1").arg(error));
                Q_EMIT jobFinished(false);
                return;
            }
            m_lastTagged.clear();
            Q_EMIT undoChanged();
            setMessage(tr("Tag removed again from %n customer(s).", nullptr, int(result.count)));
            if (m_afterWrite)
                m_afterWrite();
            m_editor.recount();
            Q_EMIT jobFinished(true);
        });
}

void SegmentBook::exportCsv(bool englishTags)
{
    if (m_busy)
        return;
    QDir().mkpath(m_exportFolder);
    QString base = currentSegmentName().isEmpty() ? tr("segment") : currentSegmentName();
    // Keep the name a file name on every system.
    static const QString unsafe = u"\\/:*?\"<>|"_s;
    for (QChar &ch : base) {
        if (unsafe.contains(ch) || ch.unicode() < 0x20)
            ch = u'_';
    }
    const QString path
        = QDir(m_exportFolder)
              .filePath(u"%1 %2.csv"_s.arg(
                  base, QDateTime::currentDateTime().toString(u"yyyy-MM-dd HHmmss"_s)));
    const QStringList header
        = { tr("Name"),         tr("Phone (masked)"), tr("Level"), tr("Last visit"),
            tr("Spend (yuan)"), tr("Visits"),         tr("Tags") };
    const segments::SegmentRule rule = m_editor.rule();
    const segments::SegmentScope scope = m_editor.scope();
    setBusy(true);
    setMessage(tr("Exporting…"));
    segments::SegmentCache *cache = m_service.workerCache();
    m_service.run<qint64>(
        this,
        [=](store::Database &db) {
            segments::SegmentExporter exporter(db);
            exporter.setCache(cache);
            exporter.setEnglishTagNames(englishTags);
            return exporter.writeFile(path, rule, scope, customers::CustomerSort::Name, header);
        },
        [this, path](const qint64 &rows, const QString &error) {
            setBusy(false);
            if (!error.isEmpty()) {
                setMessage(tr("The export failed: %1").arg(error));
                Q_EMIT jobFinished(false);
                return;
            }
            m_lastExportPath = path;
            setMessage(tr("%n customer(s) exported to %1", nullptr, int(rows))
                           .arg(QDir::toNativeSeparators(path)));
            Q_EMIT jobFinished(true);
        });
}

void SegmentBook::storeChanged(const QStringList &tables)
{
    if (tables.contains(u"segments"_s))
        m_saved.refresh();
    if (tables.contains(u"tags"_s))
        reloadTags();
    if (tables.contains(u"customers"_s) || tables.contains(u"customer_tags"_s))
        m_editor.recount();
}

} // namespace gd::ui
