#include "composition.h"

#include "appcontext.h"
#include "customers/customersearchindex.h"
#include "customers/sqlcustomerrepository.h"
#include "localstore.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "startupreport.h"
#include "store/keychainkeystore.h"

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
    signInDemoGuide();
    m_appInfo->customerTotal = m_customerBook->customers()->count();

    m_context
        = std::make_unique<ui::AppContext>(m_customerBook.get(), m_appInfo.get(), m_language.get());

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
    auto query = m_db->prepare(
        u"SELECT g.id, g.name, g.role, s.name FROM guides g JOIN stores s ON s.id = g.store_id"
        " WHERE g.deleted = 0 AND g.role = 'guide' ORDER BY s.rowid, g.employee_no LIMIT 1"_s);
    if (!m_options.demo || !query->step()) {
        auto store
            = m_db->prepare(u"SELECT name FROM stores WHERE deleted = 0 ORDER BY rowid LIMIT 1"_s);
        if (store->step())
            m_appInfo->storeName = store->text(0);
        return;
    }
    m_customerBook->customers()->setOwnerGuideId(query->text(0));
    m_appInfo->guideName = query->text(1);
    m_appInfo->guideRole = query->text(2);
    m_appInfo->storeName = query->text(3);
}

} // namespace gd::app
