// The segment worker: a thread with its own connection to the store, where segment counts,
// result ids, bulk tagging and exports run, so that none of them can hold up a frame on
// the GUI thread (a count over 100k customers takes tens of milliseconds, a bulk tag or an
// export of a large segment seconds). Jobs run one at a time, in order; each one's result
// comes back on the thread that owns the service.
#pragma once

#include "segmentcache.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace gd::store {
class Database;
}

namespace gd::segments {

class SegmentService : public QObject
{
    Q_OBJECT

public:
    // Opens the worker's connection; called once, on the worker thread, before the first job.
    using DatabaseFactory = std::function<std::unique_ptr<store::Database>()>;

    explicit SegmentService(DatabaseFactory factory, QObject *parent = nullptr);
    ~SegmentService() override;

    // Runs `job` on the worker with its connection, then `done(result, error)` on this
    // object's thread (error: the exception's text, result default-constructed). `done` is
    // dropped when `receiver` is gone by then.
    template<typename Result>
    void run(QObject *receiver, std::function<Result(store::Database &)> job,
             std::function<void(const Result &, const QString &)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)](store::Database *db) {
            Result result {};
            QString error;
            if (!db) {
                error = m_openError;
            } else {
                try {
                    result = job(*db);
                } catch (const std::exception &e) {
                    error = QString::fromUtf8(e.what());
                }
            }
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result), error] {
                    if (guard)
                        done(result, error);
                },
                Qt::QueuedConnection);
        });
    }

    // What the worker's connection gets on opening: a page cache (64 MiB) that holds the
    // customers table and its segment index at 100k customers, so that repeated counts
    // while a rule is edited read decrypted pages from memory.
    static void configureWorkerConnection(store::Database &db);

    // The worker's cached customer sets: for jobs (they run on the worker) to hand to
    // SegmentQueries; never touched on any other thread.
    [[nodiscard]] SegmentCache *workerCache() { return &m_cache; }

    // Jobs still queued or running (for tests that wait).
    [[nodiscard]] int pendingJobs() const { return m_pending.loadAcquire(); }

private:
    void post(std::function<void(store::Database *)> job);

    DatabaseFactory m_factory;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; jobs are queued to it
    std::unique_ptr<store::Database> m_db; // used only on m_thread
    SegmentCache m_cache; // used only on m_thread
    QString m_openError;
    bool m_opened = false;
    QAtomicInt m_pending;
};

} // namespace gd::segments
