// Qt Quick Test runner with a QApplication (QtCharts' QML types need one; QUICK_TEST_MAIN
// would make a QGuiApplication) and the GuideDesk module over a fake repository.
#include "appcontext.h"
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "demo/demogenerator.h"
#include "fakecustomerrepository.h"
#include "outbox/outbox.h"
#include "quickentrycontroller.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(GuideDeskPlugin)

// Lets a QML test put a SyncStatus into any state, as the sync engine would.
class SyncStatusDriver : public QObject
{
    Q_OBJECT
public:
    explicit SyncStatusDriver(gd::sync::SyncStatus &status)
        : m_status(status)
    { }
    Q_INVOKABLE void set(int state, const QString &reasonCode, int pending, bool initialSyncDone,
                         double pulled, double remaining)
    {
        gd::sync::SyncSnapshot snapshot;
        snapshot.state = gd::sync::SyncState(state);
        snapshot.reasonCode = reasonCode;
        snapshot.detail = reasonCode.isEmpty() ? QString() : u"detail for "_s + reasonCode;
        snapshot.pendingChanges = pending;
        snapshot.initialSyncDone = initialSyncDone;
        snapshot.pulledRows = qint64(pulled);
        snapshot.remainingRows = qint64(remaining);
        m_status.update(snapshot);
    }
    // Answers a pending sign-in as the engine would.
    Q_INVOKABLE void answerSignIn(const QString &errorCode)
    {
        m_status.finishSignIn(errorCode, {});
    }

private:
    gd::sync::SyncStatus &m_status;
};

// A real quick entry over an in-memory store (demo data plus 张三 138****1234), so the
// dialog's test sees real checks, duplicates and writes.
struct QuickEntryStore
{
    QuickEntryStore()
        : db(gd::store::Database::open(u":memory:"_s, QByteArray(32, 'q'),
                                       gd::store::Database::OpenMode::CreateIfMissing))
    {
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*db);
        index = std::make_unique<gd::customers::CustomerSearchIndex>(*db, pinyin, variants);
        gd::seed::seedDemoData(*db, *index, gd::demo::DemoGenerator(11, 100, QDate(2026, 11, 22)));
        outbox = std::make_unique<gd::outbox::Outbox>(*db);
        auto guide = db->prepare(u"SELECT id, store_id FROM guides LIMIT 1"_s);
        guide->step();
        writer = std::make_unique<gd::customers::CustomerWriter>(
            *db, *outbox, *index, gd::customers::Actor { guide->text(0), guide->text(1) });
        writer->createCustomer({ { u"name"_s, u"张三"_s },
                                 { u"phone_masked"_s, u"138****1234"_s },
                                 { u"phone_last4"_s, u"1234"_s } });
        controller = std::make_unique<gd::ui::QuickEntryController>(*db, *writer);
    }
    gd::search::PinyinConverter pinyin;
    gd::search::ChineseVariants variants;
    std::unique_ptr<gd::store::Database> db;
    std::unique_ptr<gd::customers::CustomerSearchIndex> index;
    std::unique_ptr<gd::outbox::Outbox> outbox;
    std::unique_ptr<gd::customers::CustomerWriter> writer;
    std::unique_ptr<gd::ui::QuickEntryController> controller;
};

// What the quick-entry test checks after saving: the row as stored.
class QuickEntryProbe : public QObject
{
    Q_OBJECT
public:
    explicit QuickEntryProbe(QuickEntryStore &store)
        : m_store(store)
    { }
    Q_INVOKABLE QString storedPhoneMasked(const QString &customerId)
    {
        auto q = m_store.db->prepare(u"SELECT phone_masked FROM customers WHERE id = ?"_s);
        q->bind(1, customerId);
        return q->step() ? q->text(0) : QString();
    }
    Q_INVOKABLE int pendingChanges() { return m_store.outbox->pendingCount(); }

private:
    QuickEntryStore &m_store;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        m_language.setEngine(engine);
        m_language.apply(u"en"_s);
        m_info.guideName = u"王丽"_s;
        m_info.storeName = u"上海南京西路店"_s;
        m_info.demo = true;
        engine->rootContext()->setContextProperty(u"testContext"_s, &m_context);
        engine->rootContext()->setContextProperty(u"testSyncStatus"_s, &m_liveSync);
        engine->rootContext()->setContextProperty(u"testSyncDriver"_s, &m_syncDriver);
        engine->rootContext()->setContextProperty(u"testQuickEntry"_s,
                                                  m_quickEntry.controller.get());
        engine->rootContext()->setContextProperty(u"testQuickEntryProbe"_s, &m_quickEntryProbe);
    }

private:
    gd::test::FakeCustomerRepository m_repository { 400 };
    gd::ui::CustomerBook m_book { m_repository };
    gd::ui::AppInfo m_info;
    gd::ui::LanguageController m_language;
    gd::sync::SyncStatus m_sync { false };
    gd::sync::SyncStatus m_liveSync { true };
    SyncStatusDriver m_syncDriver { m_liveSync };
    gd::ui::AppContext m_context { &m_book, &m_info, &m_language, &m_sync };
    QuickEntryStore m_quickEntry;
    QuickEntryProbe m_quickEntryProbe { m_quickEntry };
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GuideDesk-tests"_s);
    QQuickStyle::setStyle(u"Material"_s);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "guidedesk_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
