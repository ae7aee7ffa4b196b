#include "importjob.h"

#include "customers/customersearchindex.h"
#include "outbox/outbox.h"
#include "store/database.h"

namespace gd::import {

ImportJob::ImportJob(ConnectionFactory connect, const search::PinyinConverter &pinyin,
                     const search::ChineseVariants &variants, QObject *parent)
    : QObject(parent)
    , m_connect(std::move(connect))
    , m_pinyin(pinyin)
    , m_variants(variants)
{ }

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true; // a running import rolls back
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::analyse(const QString &path, const ImportOptions &options)
{
    return start(
        [path, options](store::Database &db, const ImportProgress &progress) {
            return CustomerImport(db).analyse(path, options, progress);
        },
        false);
}

bool ImportJob::run(const QString &path, const ImportOptions &options,
                    const customers::Actor &actor)
{
    return start(
        [this, path, options, actor](store::Database &db, const ImportProgress &progress) {
            // One long transaction: a big page cache keeps it off the disk until the commit.
            db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
            outbox::Outbox outbox(db);
            customers::CustomerSearchIndex index(db, m_pinyin, m_variants);
            customers::CustomerWriter writer(db, outbox, index, actor);
            return CustomerImport(db).run(path, options, writer, progress);
        },
        true);
}

void ImportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool ImportJob::start(std::function<ImportReport(store::Database &, const ImportProgress &)> work,
                      bool writes)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, work = std::move(work), writes] {
        ImportReport report;
        try {
            const std::unique_ptr<store::Database> db = m_connect();
            report = work(*db, [this](qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
                return !m_cancel.load();
            });
        } catch (const std::exception &e) {
            report.fileProblem = FileProblem::WriteFailed;
            report.detail = QString::fromUtf8(e.what());
        }
        // Back on the owner's thread: the thread is done, the next job may start.
        QMetaObject::invokeMethod(
            this,
            [this, report, writes] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                if (writes)
                    Q_EMIT imported(report);
                else
                    Q_EMIT analysed(report);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace gd::import
