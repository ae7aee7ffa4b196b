#include "pagewriter.h"

#include "pullapplier.h"
#include "store/database.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace gd::sync {

PageWriter::PageWriter(store::Database &db, PullApplier &applier, QObject *context, Report report)
    : m_db(db)
    , m_applier(applier)
    , m_context(context)
    , m_report(std::move(report))
{
    m_thread.setMaxThreadCount(1);
    m_thread.setObjectName(u"GuideDesk page writer"_s);
    // A sync keeps the thread busy for minutes, an idle one needs none.
    m_thread.setExpiryTimeout(30'000);
}

PageWriter::~PageWriter()
{
    abandon();
}

void PageWriter::write(quint64 cycle, PullPage page, const QString &finishing)
{
    m_liveCycle = cycle;
    m_thread.start([this, cycle, page = std::move(page), finishing] {
        if (cycle == m_liveCycle.load())
            writePage(cycle, page, finishing);
    });
}

void PageWriter::abandon()
{
    m_liveCycle = 0;
    m_thread.waitForDone();
    rollbackBatch();
}

void PageWriter::writePage(quint64 cycle, const PullPage &page, const QString &finishing)
{
    PageWritten written;
    written.cycle = cycle;
    written.more = page.more;
    written.remaining = page.remaining;
    try {
        // A bulk first sync commits a batch of pages at a time: every commit rewrites the
        // index pages it touched (encrypted), so fewer commits mean far less work. A kill
        // loses at most one batch, which the saved cookie fetches again.
        if (m_applier.isBulkLoad() && !m_batch.open) {
            m_db.exec(u"BEGIN IMMEDIATE"_s);
            m_batch.open = true;
            m_batch.since.start();
        }
        const ApplyResult applied = m_applier.apply(page);
        written.applied = applied.applied;
        if (m_batch.open) {
            m_batch.tables.unite(applied.tables);
            if (!page.more || m_batch.since.elapsed() >= m_bulkCommitMs) {
                m_db.exec(u"COMMIT"_s);
                m_batch.open = false;
                written.committedTables.swap(m_batch.tables);
            }
        } else {
            written.committedTables = applied.tables;
        }
        if (!finishing.isEmpty())
            m_db.exec(finishing);
    } catch (const std::exception &e) {
        rollbackBatch();
        written.error = QString::fromUtf8(e.what());
    }
    QMetaObject::invokeMethod(
        m_context, [report = m_report, written] { report(written); }, Qt::QueuedConnection);
}

void PageWriter::rollbackBatch()
{
    if (!m_batch.open)
        return;
    m_batch.open = false;
    m_batch.tables.clear();
    try {
        m_db.exec(u"ROLLBACK"_s);
    } catch (const std::exception &) {
        // SQLite may have rolled back already (an I/O error does that).
    }
}

} // namespace gd::sync
