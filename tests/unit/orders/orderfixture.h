// A small store for the order tests: two stores (上海 and 杭州), a manager and two guides in
// the first, one guide in the second, a customer each, and orders placed on demand.
#pragma once

#include "orders/orderrecords.h"
#include "outbox/outbox.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

namespace gd::test {

struct OrderFixture
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<outbox::Outbox> outbox;
    const QString storeId = QStringLiteral("store-sh");
    const QString otherStoreId = QStringLiteral("store-hz");
    const QString managerId = QStringLiteral("g-manager");
    const QString guideA = QStringLiteral("g-a");
    const QString guideB = QStringLiteral("g-b");
    const QString otherGuide = QStringLiteral("g-hz");
    const QString customerA = QStringLiteral("c-a"); // owned by guide A
    const QString customerB = QStringLiteral("c-b"); // owned by guide B
    const QString customerHz = QStringLiteral("c-hz");

    // `path`: a file, for tests where a worker opens its own connection to the same store.
    explicit OrderFixture(const QString &path = QStringLiteral(":memory:"))
    {
        using namespace Qt::StringLiterals;
        db = store::Database::open(path, QByteArray(32, 'k'),
                                   store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
        outbox = std::make_unique<outbox::Outbox>(*db);
        db->exec(
            u"INSERT INTO stores (id, name, city) VALUES ('store-sh', '上海店', '上海'),"
            " ('store-hz', '杭州店', '杭州');"
            "INSERT INTO guides (id, store_id, name, role) VALUES"
            " ('g-manager', 'store-sh', '陈静', 'manager'), ('g-a', 'store-sh', '王丽', 'guide'),"
            " ('g-b', 'store-sh', '李娜', 'guide'), ('g-hz', 'store-hz', '刘洋', 'guide');"
            "INSERT INTO customers (id, store_id, owner_guide_id, name) VALUES"
            " ('c-a', 'store-sh', 'g-a', '张三'), ('c-b', 'store-sh', 'g-b', '李四'),"
            " ('c-hz', 'store-hz', 'g-hz', '王五');"_s);
    }

    [[nodiscard]] orders::OrderActor actor(const QString &guideId) const
    {
        if (guideId == otherGuide)
            return { guideId, otherStoreId, false };
        return { guideId, storeId, guideId == managerId };
    }

    // An order as the server would have sent it. guideId empty: unattributed.
    QString
    placeOrder(const QString &customerId, const QString &guideId, const QDateTime &placedAt,
               const QString &status = QStringLiteral("paid"),
               const QString &items
               = QStringLiteral(R"([{"sku":"K-1","name":"羊绒围巾","qty":2,"price_cents":59900}])"),
               const QString &city = QStringLiteral("上海"))
    {
        using namespace Qt::StringLiterals;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString store = customerId == customerHz ? otherStoreId : storeId;
        auto q = db->prepare(u"INSERT INTO orders (id, order_no, customer_id, guide_id, store_id,"
                             " channel, status, amount_cents, items_json, placed_at, city, version)"
                             " VALUES (?, ?, ?, ?, ?, 'mini_program', ?, 119800, ?, ?, ?, 1)"_s);
        q->bindAll(id, u"MP"_s + id.left(8), customerId,
                   guideId.isEmpty() ? std::optional<QString>() : guideId, store, status, items,
                   placedAt.toUTC().toString(Qt::ISODateWithMs), city);
        q->run();
        auto e = db->prepare(u"INSERT INTO order_events (id, order_id, seq, kind, payload_json,"
                             " created_at, version) VALUES (?, ?, 1, 'created', ?, ?, 1)"_s);
        e->bindAll(QUuid::createUuid().toString(QUuid::WithoutBraces), id,
                   u"{\"status\":\"%1\"}"_s.arg(status),
                   placedAt.toUTC().toString(Qt::ISODateWithMs));
        e->run();
        return id;
    }
};

} // namespace gd::test
