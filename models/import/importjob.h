// Runs a CustomerImport off the GUI thread: each analyse() or run() gets a thread and its
// own store connection (one connection per thread), reports progress, can be cancelled, and
// delivers its report back on the owner's thread. One job at a time.
#pragma once

#include "customerimport.h"
#include "customers/customerwriter.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace gd::search {
class ChineseVariants;
class PinyinConverter;
} // namespace gd::search

namespace gd::import {

class ImportJob : public QObject
{
    Q_OBJECT

public:
    // Opens another connection to the app's store, on the calling (worker) thread.
    using ConnectionFactory = std::function<std::unique_ptr<store::Database>()>;

    ImportJob(ConnectionFactory connect, const search::PinyinConverter &pinyin,
              const search::ChineseVariants &variants, QObject *parent = nullptr);
    ~ImportJob() override;

    [[nodiscard]] bool isBusy() const { return m_thread != nullptr; }
    // Starts; false when a job is running already.
    bool analyse(const QString &path, const ImportOptions &options);
    // Imports as `actor` (the signed-in guide owns the imported customers).
    bool run(const QString &path, const ImportOptions &options, const customers::Actor &actor);
    void cancel() { m_cancel = true; }
    // Blocks until the running job (if any) is over; its report is still delivered.
    void wait();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void analysed(const gd::import::ImportReport &report);
    void imported(const gd::import::ImportReport &report);

private:
    bool start(std::function<ImportReport(store::Database &, const ImportProgress &)> work,
               bool writes);

    ConnectionFactory m_connect;
    const search::PinyinConverter &m_pinyin;
    const search::ChineseVariants &m_variants;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
};

} // namespace gd::import
