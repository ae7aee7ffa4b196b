// The composition root: builds the store, the search converters, the repository, the models
// and the QML engine, in that order, and wires them together. No business logic here.
#pragma once

#include "commandline.h"
#include "sync/session.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <memory>
#include <optional>

class QQmlApplicationEngine;

namespace gd::store {
class Database;
class KeychainKeyStore;
class ThreadSafeKeyStore;
} // namespace gd::store
namespace gd::search {
class PinyinConverter;
class ChineseVariants;
} // namespace gd::search
namespace gd::customers {
class CustomerSearchIndex;
class SqlCustomerRepository;
} // namespace gd::customers
namespace gd::outbox {
class Outbox;
}
namespace gd::customers {
class CustomerWriter;
}
namespace gd::coupons {
class CouponWriter;
}
namespace gd::tasks {
class TaskWriter;
}
namespace gd::orders {
class OrderWriter;
}
namespace gd::segments {
class SegmentService;
class SegmentWriter;
} // namespace gd::segments
namespace gd::dashboard {
class DashboardLayoutWriter;
class DashboardLayoutModel;
class DashboardFiguresModel;
} // namespace gd::dashboard
namespace gd::sync {
class SyncService;
class SyncStatus;
} // namespace gd::sync
namespace gd::tags {
class TagLibrary;
class TagWriter;
} // namespace gd::tags
namespace gd::import {
class ImportJob;
}
namespace gd::ui {
class AppContext;
class AppInfo;
class CouponDesk;
class CustomerBook;
class LanguageController;
class TagBook;
class TaskBoard;
class SegmentBook;
class ImportController;
class QuickEntryController;
class OrderDesk;
} // namespace gd::ui

namespace gd::app {

class OrderNotifier;

class Composition
{
public:
    explicit Composition(Options options);
    ~Composition();

    // Opens everything and shows the window. Returns an error sentence, or empty on success.
    [[nodiscard]] QString start(const QElapsedTimer &sinceStart);

private:
    void signInDemoGuide();
    void setUpImport();
    void signInServerUser(const sync::SignedInUser &user);
    [[nodiscard]] QString startSync();
    [[nodiscard]] std::unique_ptr<segments::SegmentService> newWorker();
    [[nodiscard]] std::optional<QByteArray> storeKey();
    void buildSegments();
    void buildDashboard();

    Options m_options;
    std::unique_ptr<store::KeychainKeyStore> m_keys;
    std::optional<QByteArray> m_storeKey; // read once by storeKey()
    bool m_storeKeyRead = false;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<search::PinyinConverter> m_pinyin;
    std::unique_ptr<search::ChineseVariants> m_variants;
    std::unique_ptr<customers::CustomerSearchIndex> m_searchIndex;
    std::unique_ptr<customers::SqlCustomerRepository> m_repository;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<customers::CustomerWriter> m_writer;
    std::unique_ptr<coupons::CouponWriter> m_couponWriter;
    std::unique_ptr<tasks::TaskWriter> m_taskWriter;
    std::unique_ptr<sync::SyncStatus> m_syncStatus;
    std::unique_ptr<store::ThreadSafeKeyStore> m_syncKeys;
    std::unique_ptr<sync::SyncService> m_sync; // before the models: its signals feed them
    std::unique_ptr<ui::CustomerBook> m_customerBook;
    std::unique_ptr<tags::TagLibrary> m_tagLibrary;
    std::unique_ptr<segments::SegmentService> m_tagReviewWorker; // the reviews' own thread
    std::unique_ptr<tags::TagWriter> m_tagWriter;
    std::unique_ptr<ui::TagBook> m_tagBook;
    std::unique_ptr<ui::CouponDesk> m_couponDesk;
    std::unique_ptr<ui::TaskBoard> m_taskBoard;
    std::unique_ptr<segments::SegmentService> m_segmentService;
    std::unique_ptr<segments::SegmentWriter> m_segmentWriter;
    std::unique_ptr<ui::SegmentBook> m_segmentBook;
    std::unique_ptr<segments::SegmentService> m_dashboardWorker; // the figures' own thread
    std::unique_ptr<dashboard::DashboardLayoutWriter> m_dashboardWriter;
    std::unique_ptr<dashboard::DashboardLayoutModel> m_dashboardLayout;
    std::unique_ptr<dashboard::DashboardFiguresModel> m_dashboardFigures;
    std::unique_ptr<ui::QuickEntryController> m_quickEntry;
    std::unique_ptr<orders::OrderWriter> m_orderWriter;
    std::unique_ptr<segments::SegmentService> m_orderReader; // the Orders page's re-reads
    std::unique_ptr<ui::OrderDesk> m_orderDesk;
    std::unique_ptr<OrderNotifier> m_orderNotifier;
    std::unique_ptr<import::ImportJob> m_importJob;
    std::unique_ptr<ui::ImportController> m_importer; // before the job: destroyed first
    std::unique_ptr<ui::AppInfo> m_appInfo;
    std::unique_ptr<ui::LanguageController> m_language;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine; // last: destroyed first
};

} // namespace gd::app
