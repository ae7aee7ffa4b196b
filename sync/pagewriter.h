// Writes pulled pages into the store on a thread of its own, so that the sync thread reads
// and parses the next page while this one is written: in a first sync of a whole store
// (over a million rows) parsing and writing each take many seconds, and one thread doing
// both left the second core to the server. Pages are written in the order they were handed
// over. While any page is queued here the sync thread keeps off the store connection;
// abandon() makes the writer idle again.
#pragma once

#include "pullpage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <functional>

namespace gd::store {
class Database;
}

namespace gd::sync {

class PullApplier;

// What became of one page, reported on the sync thread.
struct PageWritten
{
    quint64 cycle = 0;
    bool more = false;
    qint64 remaining = 0;
    qsizetype applied = 0;
    // Tables whose rows are now committed (empty while a bulk batch is still open).
    QSet<QString> committedTables;
    // Why the page was not written (the store refused it); the batch was rolled back.
    QString error;
};

class PageWriter
{
public:
    using Report = std::function<void(const PageWritten &)>;

    // `context` lives on the sync thread; `report` runs there, queued, once per page.
    PageWriter(store::Database &db, PullApplier &applier, QObject *context, Report report);
    ~PageWriter(); // waits for the page being written

    // A bulk first sync commits a batch of pages at a time (bulkCommitMs), see write().
    void setBulkCommitMs(int ms) { m_bulkCommitMs = ms; }

    // Queues the page of this cycle. `finishing`: the statements a first sync runs after
    // its last page (settings back to steady ones, a checkpoint).
    void write(quint64 cycle, PullPage page, const QString &finishing);

    // Pages of the cycle not written yet are dropped, the one being written completes, an
    // open batch is rolled back. Returns when no page is queued. Sync thread only.
    void abandon();

private:
    void writePage(quint64 cycle, const PullPage &page, const QString &finishing);
    void rollbackBatch();

    store::Database &m_db;
    PullApplier &m_applier;
    QObject *m_context;
    Report m_report;
    int m_bulkCommitMs = 1500;
    std::atomic<quint64> m_liveCycle { 0 };
    QThreadPool m_thread; // one thread: pages in order
    // Written on the writer's thread only (or while it is idle).
    struct Batch
    {
        bool open = false;
        QElapsedTimer since;
        QSet<QString> tables;
    } m_batch;
};

} // namespace gd::sync
