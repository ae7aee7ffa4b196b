// The composition root's workers: threads with their own connections to the store (segment
// counts, dashboard figures, tag reviews, the Orders page's re-reads) and the CSV import's
// job, all opened with the store's key read once from the keychain.
#include "composition.h"
#include "customerbook.h"
#include "customers/customerwriter.h"
#include "customers/sqlcustomerrepository.h"
#include "dashboard/dashboardfiguresmodel.h"
#include "dashboard/dashboardlayoutmodel.h"
#include "dashboard/dashboardlayoutwriter.h"
#include "import/importjob.h"
#include "importcontroller.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "segmentbook.h"
#include "segments/segmentservice.h"
#include "segments/segmentwriter.h"
#include "store/database.h"
#include "store/keychainkeystore.h"
#include "store/storeopener.h"
#include "sync/syncservice.h"

using namespace Qt::StringLiterals;

namespace gd::app {

// The CSV import reads and writes on its own thread, through its own connection to the
// same encrypted file (one connection per thread); the key is read here, on the GUI thread,
// as the keychain requires. Without the key there is no import (the page says so).
void Composition::setUpImport()
{
    const std::optional<QByteArray> key = storeKey();
    if (!key)
        return;
    m_importJob = std::make_unique<import::ImportJob>(
        [path = m_db->path(), key = *key] {
            return store::Database::open(path, key, store::Database::OpenMode::OpenExisting);
        },
        *m_pinyin, *m_variants);
    m_importer = std::make_unique<ui::ImportController>(
        *m_importJob, [writer = m_writer.get()] { return writer->actor(); });
    m_importer->setAfterImport([this] {
        m_customerBook->storeChanged({ u"customers"_s });
        if (m_sync)
            m_sync->syncNow();
    });
    m_customerBook->setImporter(m_importer.get());
}

// The store's key for the connections of the workers and the import: read from the keychain
// once (a D-Bus round trip, ~2 ms, and five connections want it at start-up), on the GUI
// thread as the keychain requires. Empty when the keychain has it no more.
std::optional<QByteArray> Composition::storeKey()
{
    if (!m_storeKeyRead) {
        m_storeKeyRead = true;
        try {
            m_storeKey = m_keys->read(store::keyAccountFor(m_db->path()));
        } catch (const std::exception &) {
            m_storeKey.reset();
        }
    }
    return m_storeKey;
}

// A worker: a thread with its own connection to the store (the same file and key), for the
// reads and bulk writes that can take longer than a frame. Without the key each of the
// worker's jobs reports so, and the rest of the app works.
std::unique_ptr<segments::SegmentService> Composition::newWorker()
{
    const QString path = m_db->path();
    const std::optional<QByteArray> key = storeKey(); // empty: reported by the first job
    return std::make_unique<segments::SegmentService>(
        [path, key]() -> std::unique_ptr<store::Database> {
            if (!key)
                throw std::runtime_error("The database key vanished from the keychain.");
            return store::Database::open(path, *key, store::Database::OpenMode::OpenExisting);
        });
}

// Segments count, list, tag and export on their own thread and connection (the same file
// and key), so that none of it holds up a frame.
void Composition::buildSegments()
{
    m_segmentService = newWorker();
    m_segmentWriter
        = std::make_unique<segments::SegmentWriter>(*m_db, *m_outbox, customers::Actor {});
    m_segmentBook = std::make_unique<ui::SegmentBook>(*m_segmentService, *m_segmentWriter,
                                                      *m_repository, *m_db);
}

// The dashboard's figures are read on their own worker (same file and key): scoring the
// guide's book for churn risk can take longer than a frame.
void Composition::buildDashboard()
{
    m_dashboardWorker = newWorker();
    m_dashboardWriter = std::make_unique<dashboard::DashboardLayoutWriter>(*m_db, *m_outbox);
    m_dashboardLayout = std::make_unique<dashboard::DashboardLayoutModel>(*m_dashboardWriter);
    m_dashboardFigures
        = std::make_unique<dashboard::DashboardFiguresModel>(*m_db, m_dashboardWorker.get());
}

} // namespace gd::app
