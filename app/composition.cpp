#include "composition.h"

#include "appcontext.h"
#include "coupons/couponwriter.h"
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "customers/sqlcustomerrepository.h"
#include "dashboard/dashboardfiguresmodel.h"
#include "dashboard/dashboardlayoutmodel.h"
#include "dashboard/dashboardlayoutwriter.h"
#include "import/importjob.h"
#include "importcontroller.h"
#include "localstore.h"
#include "orderdesk.h"
#include "ordernotifier.h"
#include "orders/orderwriter.h"
#include "outbox/outbox.h"
#include "quickentrycontroller.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "segments/segmentservice.h"
#include "segments/segmentwriter.h"
#include "serversignin.h"
#include "startupreport.h"
#include "store/keychainkeystore.h"
#include "store/storeopener.h"
#include "store/threadsafekeystore.h"
#include "sync/apiclient.h"
#include "sync/syncservice.h"
#include "sync/syncstatus.h"
#include "tagbook.h"
#include "tags/taglibrary.h"
#include "tags/tagwriter.h"
#include "taskboard.h"
#include "tasks/taskwriter.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gd::app {

Composition::Composition(Options options)
    : m_options(std::move(options))
{ }

Composition::~Composition() = default;

QString Composition::start(const QElapsedTimer &sinceStart)
{
    // Language first: messages and the demo progress dialog appear before the window does.
    m_language = std::make_unique<ui::LanguageController>();
    if (!m_options.language.isEmpty())
        m_language->apply(m_options.language);

    m_keys = std::make_unique<store::KeychainKeyStore>(u"GuideDesk"_s);
    if (m_options.usesServer() && !m_options.passwordFile.isEmpty()) {
        // Signed in before the window opens (scripts, kiosks); without a password file the
        // window opens signed out and asks for the password itself.
        SignInOutcome signIn = signInToServer(m_options, *m_keys);
        if (!signIn.user)
            return signIn.error;
    }
    OpenedStore opened = openStore(m_options, *m_keys);
    if (!opened.database)
        return opened.error;
    m_db = std::move(opened.database);

    m_pinyin = std::make_unique<search::PinyinConverter>();
    m_variants = std::make_unique<search::ChineseVariants>();
    m_searchIndex = std::make_unique<customers::CustomerSearchIndex>(*m_db, *m_pinyin, *m_variants);
    seedDemoIfEmpty(m_options, *m_db, *m_searchIndex);
    m_repository
        = std::make_unique<customers::SqlCustomerRepository>(*m_db, *m_pinyin, *m_variants);

    m_appInfo = std::make_unique<ui::AppInfo>();
    m_appInfo->databasePath = m_db->path();
    m_appInfo->demo = m_options.demo;
    m_appInfo->schemaVersion = m_db->userVersion();
    m_customerBook = std::make_unique<ui::CustomerBook>(*m_repository);
    m_outbox = std::make_unique<outbox::Outbox>(*m_db);
    m_writer = std::make_unique<customers::CustomerWriter>(*m_db, *m_outbox, *m_searchIndex,
                                                           customers::Actor {});
    m_customerBook->setWriter(m_writer.get());
    m_customerBook->setTimelineStore(m_db.get());
    m_tagLibrary = std::make_unique<tags::TagLibrary>(*m_db);
    // The tag reviews have their own worker: a 3-second coverage of the whole store never
    // delays a segment count, nor the dashboard.
    m_tagReviewWorker = newWorker();
    m_tagWriter = std::make_unique<tags::TagWriter>(*m_db, *m_outbox, QString());
    m_tagBook = std::make_unique<ui::TagBook>(*m_tagLibrary, *m_tagReviewWorker);
    m_tagBook->setWriters(m_writer.get(), m_tagWriter.get());
    m_couponWriter = std::make_unique<coupons::CouponWriter>(*m_db, *m_outbox, customers::Actor {});
    m_couponDesk = std::make_unique<ui::CouponDesk>(*m_db);
    m_couponDesk->setWriter(m_couponWriter.get());
    m_taskWriter = std::make_unique<tasks::TaskWriter>(*m_db, *m_outbox, tasks::TaskActor {});
    m_taskBoard = std::make_unique<ui::TaskBoard>(*m_db, *m_taskWriter);
    // A note can close a revisit task: the board re-reads after each note.
    QObject::connect(m_customerBook.get(), &ui::CustomerBook::notesChanged, m_taskBoard.get(),
                     [board = m_taskBoard.get()] { board->storeChanged({ u"notes"_s }); });
    buildSegments();
    m_orderWriter = std::make_unique<orders::OrderWriter>(*m_db, *m_outbox, orders::OrderActor {});
    // A burst of orders re-reads the list and counts every frame: on a worker, not the GUI.
    m_orderReader = newWorker();
    m_orderDesk = std::make_unique<ui::OrderDesk>(*m_db, m_orderWriter.get(), m_orderReader.get());
    m_orderNotifier = std::make_unique<OrderNotifier>(*m_orderDesk, m_options.selfTest);
    buildDashboard();
    m_quickEntry = std::make_unique<ui::QuickEntryController>(*m_db, *m_writer);
    m_quickEntry->setAfterSave(
        [book = m_customerBook.get()] { book->storeChanged({ u"customers"_s }); });
    m_customerBook->setQuickEntry(m_quickEntry.get());
    setUpImport();
    m_syncStatus = std::make_unique<sync::SyncStatus>(m_options.usesServer(), m_options.username);
    if (m_options.usesServer()) {
        if (QString error = startSync(); !error.isEmpty())
            return error;
    } else {
        signInDemoGuide();
    }
    m_appInfo->customerTotal = m_customerBook->customers()->count();

    m_context
        = std::make_unique<ui::AppContext>(m_customerBook.get(), m_appInfo.get(), m_language.get(),
                                           m_syncStatus.get(), m_couponDesk.get());
    m_context->setTagBook(m_tagBook.get());
    m_context->setTaskBoard(m_taskBoard.get());
    m_context->setSegmentBook(m_segmentBook.get());
    m_context->setOrderDesk(m_orderDesk.get());
    m_context->setDashboard(m_dashboardLayout.get(), m_dashboardFigures.get());

    m_engine = std::make_unique<QQmlApplicationEngine>();
    // Qt 6.4 puts a module's files under :/<URI>/ but does not search ":/" for imports.
    m_engine->addImportPath(u"qrc:/"_s);
    m_language->setEngine(m_engine.get());
    m_engine->setInitialProperties({ { u"context"_s, QVariant::fromValue(m_context.get()) },
                                     { u"selfTest"_s, m_options.selfTest } });
    m_engine->load(QUrl(u"qrc:/GuideDesk/qml/Main.qml"_s));
    if (m_engine->rootObjects().isEmpty())
        return QCoreApplication::translate("main", "The user interface could not be loaded.");
    if (m_options.startupReport) {
        if (auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst()))
            reportFirstFrame(window, sinceStart);
    }
    return {};
}

// Until sign-in exists (issue 3), a demo session is the first guide of the first store; a
// real store opens in the store view (every customer) with nobody signed in.
void Composition::signInDemoGuide()
{
    // Read what is needed first and let the statements go: the setters below run queries
    // of their own (task generation, segment counts), and a cached statement still held
    // here would be lent to them half-read (SQLite: "bad parameter or other API misuse").
    QString guideId, guideName, role, storeName, storeId;
    {
        auto query = m_db->prepare(
            u"SELECT g.id, g.name, g.role, s.name, s.id FROM guides g JOIN stores s ON"
            " s.id = g.store_id WHERE g.deleted = 0 AND g.role = 'guide'"
            " ORDER BY s.rowid, g.employee_no LIMIT 1"_s);
        if (m_options.demo && query->step()) {
            guideId = query->text(0);
            guideName = query->text(1);
            role = query->text(2);
            storeName = query->text(3);
            storeId = query->text(4);
        }
    }
    if (guideId.isEmpty()) {
        auto store
            = m_db->prepare(u"SELECT name FROM stores WHERE deleted = 0 ORDER BY rowid LIMIT 1"_s);
        if (store->step())
            m_appInfo->storeName = store->text(0);
        return;
    }
    const bool manager = role == u"manager"_s;
    m_customerBook->customers()->setOwnerGuideId(guideId);
    m_writer->setActor({ guideId, storeId });
    m_tagWriter->setGuideId(guideId);
    m_tagBook->setGuide(guideId, manager);
    m_couponWriter->setActor({ guideId, storeId });
    m_couponDesk->setStoreId(storeId);
    m_taskBoard->setActor({ guideId, storeId, manager });
    m_segmentBook->setActor({ guideId, storeId }, manager);
    m_orderDesk->setActor({ guideId, storeId, manager });
    m_dashboardLayout->setActor({ guideId, storeId, manager });
    m_dashboardFigures->setGuide(guideId);
    m_appInfo->guideName = guideName;
    m_appInfo->guideRole = role;
    m_appInfo->storeName = storeName;
}

// The signed-in user of the server: a guide sees their own customers, a manager the store's.
void Composition::signInServerUser(const sync::SignedInUser &user)
{
    m_customerBook->customers()->setOwnerGuideId(user.isManager() ? QString() : user.guideId);
    m_writer->setActor({ user.guideId, user.storeId });
    m_tagWriter->setGuideId(user.guideId);
    m_tagBook->setGuide(user.guideId, user.isManager());
    m_couponWriter->setActor({ user.guideId, user.storeId });
    m_couponDesk->setStoreId(user.storeId);
    m_taskBoard->setActor({ user.guideId, user.storeId, user.isManager() });
    m_segmentBook->setActor({ user.guideId, user.storeId }, user.isManager());
    m_orderDesk->setActor({ user.guideId, user.storeId, user.isManager() });
    m_dashboardLayout->setActor({ user.guideId, user.storeId, user.isManager() });
    m_dashboardFigures->setGuide(user.guideId);
    m_appInfo->setSignedIn(user.name, user.role, user.storeName);
}

QString Composition::startSync()
{
    sync::SyncConfig config;
    config.server = QUrl(m_options.serverUrl);
    try {
        if (!m_options.caCertificate.isEmpty())
            config.caCertificates = sync::loadCaCertificates(m_options.caCertificate);
        const auto key = m_keys->read(store::keyAccountFor(m_db->path()));
        if (!key)
            return QCoreApplication::translate("main",
                                               "The database key vanished from the keychain.");
        config.databaseKey = *key;
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    config.databasePath = m_db->path();
    config.username = m_options.username;
    // The engine's thread reaches the keychain through the GUI thread (QtKeychain's rule).
    m_syncKeys = std::make_unique<store::ThreadSafeKeyStore>(*m_keys);
    m_sync = std::make_unique<sync::SyncService>(std::move(config), *m_syncKeys, *m_pinyin,
                                                 *m_variants, *m_syncStatus);
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_customerBook.get(),
                     &ui::CustomerBook::storeChanged);
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_tagBook.get(),
                     &ui::TagBook::storeChanged);
    QObject::connect(m_sync.get(), &sync::SyncService::userChanged, m_customerBook.get(),
                     [this](const sync::SignedInUser &user) { signInServerUser(user); });
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_couponDesk.get(),
                     &ui::CouponDesk::storeChanged);
    m_writer->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    m_tagWriter->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    m_couponWriter->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_taskBoard.get(),
                     &ui::TaskBoard::storeChanged);
    // No task generation while the first sync is still filling the store.
    m_taskBoard->setGenerationAllowed(m_syncStatus->initialSyncDone());
    QObject::connect(m_syncStatus.get(), &sync::SyncStatus::changed, m_taskBoard.get(),
                     [board = m_taskBoard.get(), status = m_syncStatus.get()] {
                         board->setGenerationAllowed(status->initialSyncDone());
                     });
    m_taskWriter->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    m_segmentWriter->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    m_segmentBook->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_segmentBook.get(),
                     &ui::SegmentBook::storeChanged);
    // Live orders: the engine pulls on each event hint; the desk re-reads what changed.
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_orderDesk.get(),
                     &ui::OrderDesk::storeChanged);
    m_orderWriter->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    m_orderDesk->setAnnouncing(m_syncStatus->initialSyncDone());
    QObject::connect(m_syncStatus.get(), &sync::SyncStatus::changed, m_orderDesk.get(),
                     [desk = m_orderDesk.get(), status = m_syncStatus.get()] {
                         desk->setAnnouncing(status->initialSyncDone());
                     });
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_dashboardLayout.get(),
                     &dashboard::DashboardLayoutModel::storeChanged);
    QObject::connect(m_sync.get(), &sync::SyncService::tablesChanged, m_dashboardFigures.get(),
                     &dashboard::DashboardFiguresModel::storeChanged);
    m_dashboardWriter->setAfterWrite([sync = m_sync.get()] { sync->syncNow(); });
    m_sync->start();
    return {};
}

} // namespace gd::app
