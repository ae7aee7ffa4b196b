// What the Tags page's three review lists have in common: each reload() is a job on the
// review worker (a thread with its own connection to the store), so that a review of the
// whole store (seconds at 130,000 customers) never holds up a frame. reload() returns at
// once; a newer reload supersedes an older one, whose result is dropped (and whose read is
// skipped if it has not started yet); a result replaces the rows with one model reset.
#pragma once

#include "segments/segmentservice.h"

#include <QAbstractListModel>
#include <atomic>
#include <memory>

namespace gd::tags {

class TagReviewListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY reloaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // A result (or an error) has come since the model was opened.
    Q_PROPERTY(bool loaded READ loaded NOTIFY reloaded)
    // Why the last read failed (the rows are then the previous ones), or empty.
    Q_PROPERTY(QString error READ error NOTIFY reloaded)

public:
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString error() const { return m_error; }

Q_SIGNALS:
    // The newest read finished: the rows, or the error, are its own.
    void reloaded();
    void loadingChanged();

protected:
    TagReviewListModel(segments::SegmentService &worker, QObject *parent);

    // Runs `read` on the worker with its connection, then `apply(result)` here, inside a
    // model reset — unless another start() came meanwhile.
    template<typename Result>
    void start(std::function<Result(store::Database &)> read,
               std::function<void(const Result &)> apply)
    {
        const quint64 generation = begin();
        m_worker.run<Result>(
            this,
            [read = std::move(read), latest = m_latest, generation](store::Database &db) {
                if (latest->load() != generation)
                    return Result {}; // superseded before it started: dropped anyway
                return read(db);
            },
            [this, generation, apply = std::move(apply)](const Result &result,
                                                         const QString &error) {
                finish(generation, error, [&] { apply(result); });
            });
    }

private:
    quint64 begin();
    void finish(quint64 generation, const QString &error, const std::function<void()> &apply);

    segments::SegmentService &m_worker;
    // The newest reload's number; read by jobs on the worker, so shared and atomic.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_error;
};

} // namespace gd::tags
