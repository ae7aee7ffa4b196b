// Qt Quick Test runner with a QApplication (QtCharts' QML types need one; QUICK_TEST_MAIN
// would make a QGuiApplication) and the GuideDesk module over a fake repository.
#include "appcontext.h"
#include "customers/customersearchindex.h"
#include "customers/sqlcustomerrepository.h"
#include "demo/demogenerator.h"
#include "fakecustomerrepository.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segmentbook.h"
#include "segments/segmentservice.h"
#include "segments/segmentwriter.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
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

// The Segments page needs a real store: a small generated one in a temporary file (the
// segment worker opens its own connection to it).
class SegmentStore
{
public:
    SegmentStore()
        : m_path(m_dir.filePath(u"segments.db"_s))
        , m_db(gd::store::Database::open(m_path, m_key,
                                         gd::store::Database::OpenMode::CreateIfMissing))
    {
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*m_db);
        gd::customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        gd::seed::seedDemoData(*m_db, index, gd::demo::DemoGenerator(4, 300, QDate(2026, 11, 22)));
        m_service = std::make_unique<gd::segments::SegmentService>([this] {
            return gd::store::Database::open(m_path, m_key,
                                             gd::store::Database::OpenMode::OpenExisting);
        });
        m_outbox = std::make_unique<gd::outbox::Outbox>(*m_db);
        m_writer = std::make_unique<gd::segments::SegmentWriter>(*m_db, *m_outbox,
                                                                 gd::customers::Actor {});
        m_repository
            = std::make_unique<gd::customers::SqlCustomerRepository>(*m_db, m_pinyin, m_variants);
        m_book = std::make_unique<gd::ui::SegmentBook>(*m_service, *m_writer, *m_repository, *m_db);
        m_book->setExportFolder(m_dir.filePath(u"exports"_s));
        auto guide = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide'"
                                   " ORDER BY rowid LIMIT 1"_s);
        guide->step();
        m_book->setActor({ guide->text(0), guide->text(1) }, false);
    }
    gd::ui::SegmentBook *book() { return m_book.get(); }

private:
    QTemporaryDir m_dir;
    const QByteArray m_key = QByteArray(32, 'q');
    QString m_path;
    gd::search::PinyinConverter m_pinyin;
    gd::search::ChineseVariants m_variants;
    std::unique_ptr<gd::store::Database> m_db;
    std::unique_ptr<gd::segments::SegmentService> m_service;
    std::unique_ptr<gd::outbox::Outbox> m_outbox;
    std::unique_ptr<gd::segments::SegmentWriter> m_writer;
    std::unique_ptr<gd::customers::SqlCustomerRepository> m_repository;
    std::unique_ptr<gd::ui::SegmentBook> m_book;
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
        m_context.setSegmentBook(m_segments.book());
        engine->rootContext()->setContextProperty(u"testContext"_s, &m_context);
        engine->rootContext()->setContextProperty(u"testSyncStatus"_s, &m_liveSync);
        engine->rootContext()->setContextProperty(u"testSyncDriver"_s, &m_syncDriver);
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
    SegmentStore m_segments;
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
