#include "demoseeding.h"

#include "authenticator.h"
#include "changelog.h"
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "passwords.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/democoupons.h"
#include "seed/demodashboard.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "tasks/democampaigns.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::server::core {

namespace {

// A demo database from before coupons existed gets the demo's templates once.
void addDemoCouponsIfNone(store::Database &db, ChangeLog &changes)
{
    if (db.scalar(u"SELECT count(*) FROM coupons"_s) > 0)
        return;
    QStringList storeIds;
    auto stores = db.prepare(u"SELECT id FROM stores WHERE deleted = 0 ORDER BY rowid"_s);
    while (stores->step())
        storeIds << stores->text(0);
    const auto coupons = seed::demoCoupons(storeIds, QDate::currentDate());
    store::Transaction transaction(db);
    seed::writeDemoCoupons(db, coupons);
    for (const auto &coupon : coupons)
        changes.touch(u"coupons"_s, coupon.id);
    transaction.commit();
}

// A demo database from before the dashboard gets targets and store defaults once.
void addDemoDashboardIfNone(store::Database &db, ChangeLog &changes)
{
    if (db.scalar(u"SELECT count(*) FROM dashboard_layouts WHERE guide_id IS NULL"_s) > 0)
        return;
    store::Transaction transaction(db);
    for (const QString &id : seed::writeDemoDashboard(db, QDate::currentDate()))
        changes.touch(u"dashboard_layouts"_s, id);
    QStringList guideIds;
    {
        auto guides = db.prepare(u"SELECT id FROM guides"_s);
        while (guides->step())
            guideIds << guides->text(0);
    }
    for (const QString &id : std::as_const(guideIds))
        changes.touch(u"guides"_s, id);
    transaction.commit();
}

} // namespace

void seedDemoServer(store::Database &db, ChangeLog &changes, Authenticator &auth, int customers,
                    quint64 seed, const QString &password)
{
    if (db.scalar(u"SELECT count(*) FROM customers"_s) > 0) {
        addDemoCouponsIfNone(db, changes);
        return addDemoDashboardIfNone(db, changes);
    }
    const demo::DemoGenerator generator(seed, customers, QDate::currentDate());
    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    customers::CustomerSearchIndex index(db, pinyin, variants);
    seed::seedDemoData(db, index, generator, [](int done, int total) {
        std::fprintf(stderr, "guidedesk-server: demo data %d / %d customers\n", done, total);
    });
    tasks::seedDemoCampaigns(db, QDate::currentDate());
    store::Transaction transaction(db);
    changes.touchEverything();
    for (const auto &guide : generator.guides())
        auth.setPassword(guide.id, guide.employeeNo, password);
    transaction.commit();
    std::fprintf(stderr, "guidedesk-server: demo accounts %s\n",
                 qPrintable(u"G1001–G%1"_s.arg(1000 + generator.guides().size())));
}

QString readOrCreateSecret(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(
                u"Cannot read %1: %2"_s.arg(path, file.errorString()).toStdString());
        const QString secret = QString::fromUtf8(file.readAll()).trimmed();
        if (secret.isEmpty())
            throw std::runtime_error(u"%1 is empty."_s.arg(path).toStdString());
        return secret;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString secret = randomToken(12);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(secret.toUtf8() + '\n') < 0)
        throw std::runtime_error(
            u"Cannot write %1: %2"_s.arg(path, file.errorString()).toStdString());
    return secret;
}

} // namespace gd::server::core
