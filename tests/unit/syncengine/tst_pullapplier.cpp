// Pulled pages: applied whole or not at all (with their cookie), malformed ones refused
// before they touch the store, rows with pending local changes left alone, a `clear` that
// never drops the outbox.
#include "churn/churnmodelrow.h"
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlerror.h"
#include "sync/deferredindexes.h"
#include "sync/pullapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

const QString store1 = u"00000000-0000-4000-8000-000000000001"_s;
const QString guide1 = u"00000000-0000-4000-8000-000000000002"_s;
const QString customer1 = u"00000000-0000-4000-8000-000000000003"_s;
const QString tag1 = u"00000000-0000-4000-8000-000000000004"_s;

// One row as a rows array: a braced QJsonArray holding one QJsonArray copies it instead of nesting.
QJsonArray oneRow(const QJsonArray &row)
{
    QJsonArray rows;
    rows.append(row);
    return rows;
}

QJsonObject table(const QString &name, const QStringList &columns, const QJsonArray &rows)
{
    return { { u"name"_s, name },
             { u"columns"_s, QJsonArray::fromStringList(columns) },
             { u"rows"_s, rows } };
}

QByteArray page(const QString &cookie, const QJsonArray &tables, bool clear = false)
{
    return QJsonDocument(QJsonObject { { u"cookie"_s, cookie },
                                       { u"clear"_s, clear },
                                       { u"more"_s, false },
                                       { u"remaining"_s, 0 },
                                       { u"last_mutation_id"_s, 0 },
                                       { u"tables"_s, tables } })
        .toJson();
}

QJsonArray basics(const QString &customerName, qint64 version = 10)
{
    return {
        table(u"stores"_s, { u"id"_s, u"version"_s, u"name"_s },
              oneRow(QJsonArray { store1, version, u"上海南京西路店"_s })),
        table(u"guides"_s, { u"id"_s, u"version"_s, u"store_id"_s, u"name"_s },
              oneRow(QJsonArray { guide1, version, store1, u"王丽"_s })),
        table(u"customers"_s,
              { u"id"_s, u"version"_s, u"store_id"_s, u"owner_guide_id"_s, u"name"_s,
                u"phone_last4"_s, u"name_sort"_s, u"a_future_column"_s },
              oneRow(QJsonArray { customer1, version, store1, guide1, customerName, u"1234"_s,
                                  u"server-says"_s, u"ignored"_s })),
        table(u"tags"_s, { u"id"_s, u"version"_s, u"group_id"_s, u"owner_guide_id"_s, u"name"_s },
              oneRow(QJsonArray { tag1, version, QJsonValue(), guide1, u"爱穿裙子"_s })),
        table(u"a_future_table"_s, { u"id"_s }, oneRow(QJsonArray { u"x"_s })),
    };
}

} // namespace

class TestPullApplier : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<customers::CustomerSearchIndex> m_index;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<sync::PullApplier> m_applier;

    qint64 count(const QString &sql) { return m_db->scalar(sql); }
    QString text(const QString &sql)
    {
        auto q = m_db->prepare(sql);
        return q->step() ? q->text(0) : QString();
    }
    void apply(const QByteArray &body) { m_applier->apply(sync::parsePullPage(body)); }

private Q_SLOTS:
    void init()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_db->exec(u"PRAGMA foreign_keys = OFF"_s);
        m_index = std::make_unique<customers::CustomerSearchIndex>(*m_db, m_pinyin, m_variants);
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
        m_applier = std::make_unique<sync::PullApplier>(*m_db, *m_outbox, *m_index);
    }

    void appliesRowsAndCookie()
    {
        apply(page(u"c1"_s, basics(u"张三"_s)));
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 1);
        QCOMPARE(text(u"SELECT name_sort FROM customers"_s), u"zhangsan"_s); // ours, not theirs
        QCOMPARE(m_applier->cookie(), u"c1"_s);
        QCOMPARE(count(u"SELECT count(*) FROM customer_search WHERE customer_search MATCH"
                       " 'initials:zs*'"_s),
                 1);
        // The same row again, renamed: updated in place, index follows.
        apply(page(u"c2"_s, basics(u"李四"_s, 11)));
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 1);
        QCOMPARE(count(u"SELECT version FROM customers"_s), 11);
        QCOMPARE(count(u"SELECT count(*) FROM customer_search WHERE customer_search MATCH"
                       " 'initials:zs*'"_s),
                 0);
    }

    void appliesAStoresChurnModel()
    {
        // As the server writes it: REAL columns travel as their text (syncendpoints.cpp).
        const QStringList columns { u"id"_s,
                                    u"version"_s,
                                    u"store_id"_s,
                                    u"time_unit"_s,
                                    u"r"_s,
                                    u"alpha"_s,
                                    u"a"_s,
                                    u"b"_s,
                                    u"has_spend_model"_s,
                                    u"gg_p"_s,
                                    u"gg_q"_s,
                                    u"gg_v"_s,
                                    u"mean_spend"_s,
                                    u"population_gap"_s,
                                    u"fallback"_s,
                                    u"customers"_s,
                                    u"repeat_customers"_s };
        const QString modelId = u"churn-"_s + store1;
        const QJsonArray row { modelId,    12,         store1,      u"days"_s, u"0.4721"_s,
                               u"24.03"_s, u"1.013"_s, u"8.594"_s,  1,         u"4.1"_s,
                               u"3.2"_s,   u"201.5"_s, u"388.25"_s, u"31"_s,   u"none"_s,
                               2742,       2101 };
        QJsonArray tables = basics(u"张三"_s);
        tables.append(table(u"churn_models"_s, columns, oneRow(row)));
        apply(page(u"c1"_s, tables));
        const auto model = churn::readChurnModel(*m_db, store1);
        QVERIFY(model);
        QCOMPARE(model->bgNbd.r, 0.4721);
        QCOMPARE(model->bgNbd.b, 8.594);
        QVERIFY(model->hasSpendModel);
        QCOMPARE(model->spend.v, 201.5);
        QCOMPARE(model->meanSpend, 388.25);
        QCOMPARE(model->fallback, churn::FallbackCause::None);
        QCOMPARE(model->repeatCustomers, 2101);
        // A model row with an unknown time unit is refused by the schema, page and all.
        QJsonArray bad = row;
        bad[3] = u"fortnights"_s;
        bad[1] = 13;
        QVERIFY_THROWS_EXCEPTION(
            store::SqlError,
            apply(page(u"c2"_s, { table(u"churn_models"_s, columns, oneRow(bad)) })));
        QCOMPARE(m_applier->cookie(), u"c1"_s);
        QCOMPARE(count(u"SELECT version FROM churn_models"_s), 12);
    }

    void malformedPagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << "{\"cookie\": \"c\", \"tables\": ["_ba;
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("no cookie") << "{\"tables\": []}"_ba;
        QTest::newRow("no tables") << "{\"cookie\": \"c\"}"_ba;
        QTest::newRow("short row")
            << "{\"cookie\":\"c\",\"tables\":[{\"name\":\"stores\",\"columns\":[\"id\",\"name\"],"
               "\"rows\":[[\"x\"]]}]}"_ba;
        QTest::newRow("fraction") << "{\"cookie\":\"c\",\"tables\":[{\"name\":\"stores\","
                                     "\"columns\":[\"id\",\"version\"],"
                                     "\"rows\":[[\"x\", 1.5]]}]}"_ba;
        QTest::newRow("object cell")
            << "{\"cookie\":\"c\",\"tables\":[{\"name\":\"stores\",\"columns\":[\"id\",\"name\"],"
               "\"rows\":[[\"x\", {\"a\":1}]]}]}"_ba;
        QTest::newRow("no id column")
            << "{\"cookie\":\"c\",\"tables\":[{\"name\":\"stores\",\"columns\":[\"name\"],"
               "\"rows\":[]}]}"_ba;
        QTest::newRow("truncated") << page(u"c"_s, basics(u"张三"_s)).left(200);
    }
    void malformedPagesAreRefused()
    {
        QFETCH(QByteArray, body);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, sync::parsePullPage(body));
    }

    void aPageTheSchemaRefusesChangesNothing()
    {
        apply(page(u"c1"_s, basics(u"张三"_s)));
        QJsonArray tables = basics(u"张三"_s, 12);
        tables.append(table(u"customers"_s, { u"id"_s, u"store_id"_s, u"name"_s, u"gender"_s },
                            oneRow(QJsonArray { u"other"_s, store1, u"王五"_s, u"X"_s })));
        QVERIFY_THROWS_EXCEPTION(store::SqlError, apply(page(u"c2"_s, tables)));
        QCOMPARE(m_applier->cookie(), u"c1"_s);
        QCOMPARE(count(u"SELECT version FROM customers"_s), 10);
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 1);
    }

    void pendingRowsAreLeftAlone()
    {
        apply(page(u"c1"_s, basics(u"张三"_s)));
        customers::CustomerWriter writer(*m_db, *m_outbox, *m_index, { guide1, store1 });
        writer.updateCustomer(customer1, { { u"name"_s, u"张三丰"_s } });
        apply(page(u"c2"_s, basics(u"张三 (server)"_s, 11)));
        QCOMPARE(text(u"SELECT name FROM customers"_s), u"张三丰"_s);
        QCOMPARE(m_applier->cookie(), u"c2"_s);
        // Acknowledged: the server's next version wins.
        m_outbox->acknowledgeUpTo(m_outbox->pending(1).first().mutationId);
        apply(page(u"c3"_s, basics(u"张三丰"_s, 12)));
        QCOMPARE(count(u"SELECT version FROM customers"_s), 12);
    }

    void serverTagLinkReplacesOurs()
    {
        apply(page(u"c1"_s, basics(u"张三"_s)));
        customers::CustomerWriter writer(*m_db, *m_outbox, *m_index, { guide1, store1 });
        writer.addTag(customer1, tag1);
        const QStringList columns = { u"id"_s,     u"version"_s,   u"customer_id"_s,
                                      u"tag_id"_s, u"tagged_at"_s, u"deleted"_s };
        const QJsonArray serverLink {
            u"server-link"_s, 20, customer1, tag1, u"2026-11-22T08:00:00.000Z"_s, 0
        };
        // Pending: our link stays.
        apply(page(u"c2"_s, { table(u"customer_tags"_s, columns, oneRow(serverLink)) }));
        QVERIFY(text(u"SELECT id FROM customer_tags"_s) != u"server-link"_s);
        m_outbox->acknowledgeUpTo(m_outbox->pending(1).first().mutationId);
        apply(page(u"c3"_s, { table(u"customer_tags"_s, columns, oneRow(serverLink)) }));
        QCOMPARE(count(u"SELECT count(*) FROM customer_tags"_s), 1);
        QCOMPARE(text(u"SELECT id FROM customer_tags"_s), u"server-link"_s);
    }

    void clearKeepsOutboxAndPendingRows()
    {
        apply(page(u"c1"_s, basics(u"张三"_s)));
        customers::CustomerWriter writer(*m_db, *m_outbox, *m_index, { guide1, store1 });
        const QString mine = writer.createCustomer({ { u"name"_s, u"新客"_s } });
        writer.addNote(customer1, u"visit"_s, u"来过"_s);
        apply(page(u"fresh"_s, {}, true));
        QCOMPARE(m_applier->cookie(), u"fresh"_s);
        QCOMPARE(m_outbox->pendingCount(), 2);
        // The server's customer went (no pending change on it), ours stays, and the note.
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 1);
        QCOMPARE(text(u"SELECT id FROM customers"_s), mine);
        QCOMPARE(count(u"SELECT count(*) FROM notes"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM stores"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM customer_search"_s), 1);
    }

    void tombstoneRemovesFromSearch()
    {
        apply(page(u"c1"_s, basics(u"张三"_s)));
        apply(page(u"c2"_s,
                   { table(u"customers"_s,
                           { u"id"_s, u"version"_s, u"store_id"_s, u"name"_s, u"deleted"_s },
                           oneRow(QJsonArray { customer1, 13, store1, u"张三"_s, 1 })) }));
        QCOMPARE(count(u"SELECT deleted FROM customers"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM customer_search"_s), 0);
    }

    void bulkLoadDefersIndexesAndRestoresThemAtTheEnd()
    {
        const QString indexes = u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema"
                                " WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"_s;
        const QString before = text(indexes);
        {
            store::Transaction transaction(*m_db);
            sync::DeferredIndexes::defer(*m_db);
            transaction.commit();
        }
        QVERIFY(sync::DeferredIndexes::areDeferred(*m_db));
        QVERIFY(text(indexes).size() < before.size());
        m_applier->setBulkLoad(true);
        // A page with more to come: rows in, no search entries yet, indexes still deferred.
        QByteArray first = page(u"c1"_s, basics(u"张三"_s));
        first.replace("\"more\": false", "\"more\": true");
        apply(first);
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM customer_search"_s), 0);
        QVERIFY(sync::DeferredIndexes::areDeferred(*m_db));
        // The last page builds everything again.
        apply(page(u"c2"_s, {}));
        QVERIFY(!m_applier->isBulkLoad());
        QVERIFY(!sync::DeferredIndexes::areDeferred(*m_db));
        QCOMPARE(text(indexes), before);
        QCOMPARE(count(u"SELECT count(*) FROM customer_search WHERE customer_search MATCH"
                       " 'initials:zs*'"_s),
                 1);
        QCOMPARE(m_db->integrityCheck(), u"ok"_s);
    }

    void restoreKeepsAnIndexAMigrationMadeMeanwhile()
    {
        // A first sync interrupted, then the app updated: its migration makes an index
        // again (here under a deferred index's name, with other columns) before the sync
        // resumes. The restore keeps the migration's index and finishes.
        {
            store::Transaction transaction(*m_db);
            sync::DeferredIndexes::defer(*m_db);
            transaction.commit();
        }
        m_db->exec(u"CREATE INDEX customer_tags_by_customer ON customer_tags(customer_id,"
                   " deleted)"_s);
        m_applier->setBulkLoad(true);
        apply(page(u"c1"_s, basics(u"张三"_s)));
        QVERIFY(!sync::DeferredIndexes::areDeferred(*m_db));
        QVERIFY(text(u"SELECT sql FROM sqlite_schema WHERE name = 'customer_tags_by_customer'"_s)
                    .contains(u"deleted"_s));
        QCOMPARE(count(u"SELECT count(*) FROM sqlite_schema WHERE name = 'customers_by_name'"_s),
                 1);
    }

    void aCallersTransactionBatchesPages()
    {
        m_db->exec(u"BEGIN IMMEDIATE"_s);
        apply(page(u"c1"_s, basics(u"张三"_s)));
        m_db->exec(u"ROLLBACK"_s);
        // The page and its cookie went together.
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 0);
        QCOMPARE(m_applier->cookie(), QString());
    }
};

QTEST_GUILESS_MAIN(TestPullApplier)
#include "tst_pullapplier.moc"
