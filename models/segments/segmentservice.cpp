#include "segmentservice.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::segments {

SegmentService::SegmentService(DatabaseFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    m_thread.setObjectName(u"segments"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

SegmentService::~SegmentService()
{
    // The connection closes on the thread that used it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_db.reset(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SegmentService::configureWorkerConnection(store::Database &db)
{
    db.exec(u"PRAGMA cache_size = -65536"_s);
}

void SegmentService::post(std::function<void(store::Database *)> job)
{
    m_pending.ref();
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (!m_opened) {
                m_opened = true;
                try {
                    m_db = m_factory();
                    if (m_db)
                        configureWorkerConnection(*m_db);
                } catch (const std::exception &e) {
                    m_openError = QString::fromUtf8(e.what());
                }
            }
            job(m_db.get());
            m_pending.deref();
        },
        Qt::QueuedConnection);
}

} // namespace gd::segments
