// The store the coupon unit tests start from: the demo (two stores, guides, 100 customers,
// the demo's coupon templates) in an in-memory SQLCipher database, on the demo's own day.
#pragma once

#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QTest>

namespace gd::test {

inline const QDate couponTestDay(2026, 11, 22);

inline std::unique_ptr<store::Database> openCouponTestStore()
{
    using namespace Qt::StringLiterals;
    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    auto db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                    store::Database::OpenMode::CreateIfMissing);
    store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
    customers::CustomerSearchIndex index(*db, pinyin, variants);
    seed::seedDemoData(*db, index, demo::DemoGenerator(3, 100, couponTestDay));
    return db;
}

// The id of the demo template with this code ("spend500", "winback", "autumn", …) in the
// store of `storeId`.
inline QString demoCouponId(store::Database &db, const QString &storeId, const QString &nameStart)
{
    using namespace Qt::StringLiterals;
    auto q = db.prepare(u"SELECT id FROM coupons WHERE store_id = ? AND name LIKE ? || '%'"_s);
    q->bindAll(storeId, nameStart);
    return q->step() ? q->text(0) : QString();
}

} // namespace gd::test
