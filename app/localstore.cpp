#include "localstore.h"

#include "commandline.h"
#include "demo/demogenerator.h"
#include "seed/demoorders.h"
#include "seed/demoseeder.h"
#include "storagepaths.h"
#include "store/database.h"
#include "store/keystore.h"
#include "store/sqlerror.h"
#include "store/storeopener.h"
#include "tasks/democampaigns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "guidedesk.store")

namespace gd::app {

namespace {
store::StoreOptions storeOptionsFor(const Options &options)
{
    return { databasePathFor(options), backupDirectory(), true };
}

void setAsideOrphanedDemo(const QString &path)
{
    const QString aside
        = path + u".orphaned-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    qCWarning(lcStore) << "the key of the demo database" << path
                       << "is not in this keychain; setting it aside as" << aside
                       << "and generating the demo data again";
    QFile::rename(path, aside);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
}
} // namespace

OpenedStore openStore(const Options &options, store::KeyStore &keys)
{
    const store::StoreOptions storeOptions = storeOptionsFor(options);
    try {
        try {
            return { store::openLocalStore(storeOptions, keys), {} };
        } catch (const store::OpenError &e) {
            if (!options.demo || e.kind() != store::OpenError::Kind::MissingKey)
                throw;
            setAsideOrphanedDemo(storeOptions.path);
            return { store::openLocalStore(storeOptions, keys), {} };
        }
    } catch (const store::OpenError &e) {
        return { nullptr, e.message() };
    } catch (const store::KeyStoreError &e) {
        return { nullptr,
                 QCoreApplication::translate("main",
                                             "%1\nGuideDesk keeps the key of its encrypted "
                                             "database in the system keychain and will not run "
                                             "without one.")
                     .arg(QString::fromUtf8(e.what())) };
    } catch (const store::SqlError &e) {
        return { nullptr, QString::fromUtf8(e.what()) };
    }
}

void seedDemoIfEmpty(const Options &options, store::Database &db,
                     customers::CustomerSearchIndex &index)
{
    if (!options.demo || db.scalar(u"SELECT count(*) FROM customers"_s) > 0)
        return;
    const demo::DemoGenerator generator(options.demoSeed, options.demoCustomers,
                                        QDate::currentDate());
    qCInfo(lcStore) << "seeding" << options.demoCustomers << "demo customers";
    // Large demo stores take a while to generate: show how far along it is.
    std::unique_ptr<QProgressDialog> dialog;
    if (options.demoCustomers >= 10000 && QGuiApplication::platformName() != u"offscreen"_s) {
        dialog = std::make_unique<QProgressDialog>(
            QCoreApplication::translate("main", "Generating %n demo customer(s)…", "",
                                        options.demoCustomers),
            QString(), 0, options.demoCustomers);
        dialog->setWindowTitle(QCoreApplication::translate("main", "GuideDesk"));
        // Modal: setValue() then processes events itself, so the dialog paints while the
        // seeding holds the GUI thread (there is no other window yet to block).
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->setMinimumDuration(0);
        dialog->setValue(0);
    }
    seed::seedDemoData(db, index, generator, [&dialog](int done, int total) {
        qCInfo(lcStore).noquote() << u"demo data: %1 / %2 customers"_s.arg(done).arg(total);
        if (dialog)
            dialog->setValue(done);
    });
    tasks::seedDemoCampaigns(db, QDate::currentDate());
    // The Orders page has a few days of history and two orders waiting (no server here to
    // send live ones).
    store::Transaction transaction(db);
    seed::writeDemoOrders(db, seed::demoGuideId(generator), QDateTime::currentDateTimeUtc());
    transaction.commit();
}

} // namespace gd::app
