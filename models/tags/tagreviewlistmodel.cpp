#include "tagreviewlistmodel.h"

namespace gd::tags {

TagReviewListModel::TagReviewListModel(segments::SegmentService &worker, QObject *parent)
    : QAbstractListModel(parent)
    , m_worker(worker)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{ }

quint64 TagReviewListModel::begin()
{
    const quint64 generation = m_latest->load() + 1;
    m_latest->store(generation);
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    return generation;
}

void TagReviewListModel::finish(quint64 generation, const QString &error,
                                const std::function<void()> &apply)
{
    if (generation != m_latest->load())
        return; // a newer reload is on its way
    if (error.isEmpty()) {
        beginResetModel();
        apply();
        endResetModel();
    }
    m_error = error;
    m_loaded = true;
    m_loading = false;
    Q_EMIT loadingChanged();
    Q_EMIT reloaded();
}

} // namespace gd::tags
