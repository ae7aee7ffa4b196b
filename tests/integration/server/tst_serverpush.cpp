// Pushes to the reference server, over real TLS on loopback: roles decide what is seen and
// changed, mutations apply exactly once, a full phone number stays on the server, personal
// tags and saved segments stay their owners', junk mutations are rejected without blocking
// the rest.
#include "serverapiclient.h"
#include "serverprocess.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using testsupport::ApiReply;
using testsupport::newId;

class TestServerPush : public QObject
{
    Q_OBJECT

    testsupport::ServerProcess m_server { testsupport::ServerProcess::Options {
        300, 0, 3600, {} } };
    testsupport::ServerApiClient m_api { m_server };

    QJsonObject login(const QString &user) { return m_api.login(user); }
    QString tokenOf(const QString &user) { return m_api.tokenOf(user); }
    std::unique_ptr<store::Database> serverDb() { return m_server.openDatabase(); }
    QString customerOf(const QString &guideId) { return m_server.firstCustomerOf(guideId); }
    static QJsonObject note(qint64 id, const QString &customer, const QString &body = u"好"_s)
    {
        return { { u"id"_s, id },
                 { u"name"_s, u"note_add"_s },
                 { u"args"_s,
                   QJsonObject { { u"id"_s, newId() },
                                 { u"customer_id"_s, customer },
                                 { u"kind"_s, u"visit"_s },
                                 { u"body"_s, body } } } };
    }
    ApiReply push(const QString &token, const QString &client, const QJsonArray &mutations)
    {
        return m_api.push(token, client, mutations);
    }
    // Every row id of `table` that a full pull shows `token`'s user.
    QSet<QString> pulledIds(const QString &token, const QString &table)
    {
        QSet<QString> ids;
        for (const ApiReply &page : m_api.pullPages(token, newId(), 5000)) {
            if (page.status != 200)
                return {};
            for (const QJsonValue &t : page.json.value(u"tables"_s).toArray()) {
                if (t.toObject().value(u"name"_s).toString() != table)
                    continue;
                for (const QJsonValue &row : t.toObject().value(u"rows"_s).toArray())
                    ids.insert(row.toArray().at(0).toString());
            }
        }
        return ids;
    }
    static QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args)
    {
        return { { u"id"_s, id }, { u"name"_s, name }, { u"args"_s, args } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void rolesDecideWhatIsSeenAndChanged()
    {
        const QJsonObject a = login(u"G1002"_s);
        const QString tokenA = a.value(u"access_token"_s).toString();
        const QString guideA = a.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        const QString guideB
            = login(u"G1003"_s).value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        // Pull as A: every customer is A's.
        for (const ApiReply &page : m_api.pullPages(tokenA, u"roles-a"_s, 500)) {
            QCOMPARE(page.status, 200);
            for (const QJsonValue &t : page.json.value(u"tables"_s).toArray()) {
                const QJsonObject table = t.toObject();
                if (table.value(u"name"_s).toString() != u"customers"_s)
                    continue;
                const int owner = int(table.value(u"columns"_s)
                                          .toArray()
                                          .toVariantList()
                                          .indexOf(u"owner_guide_id"_s));
                for (const QJsonValue &row : table.value(u"rows"_s).toArray())
                    QCOMPARE(row.toArray().at(owner).toString(), guideA);
            }
        }
        // A writes on B's customer: rejected, and the next mutation still applies.
        const ApiReply pushed = push(tokenA, u"roles-a"_s,
                                     { note(1, customerOf(guideB)), note(2, customerOf(guideA)) });
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.resultStatus(0), u"rejected"_s);
        QCOMPARE(pushed.resultCode(0), u"forbidden"_s);
        QCOMPARE(pushed.resultStatus(1), u"applied"_s);
        // B cannot use A's client id.
        QCOMPARE(push(tokenOf(u"G1003"_s), u"roles-a"_s, { note(3, customerOf(guideB)) }).status,
                 403);
    }

    void pushIsExactlyOnce()
    {
        const QJsonObject a = login(u"G1004"_s);
        const QString token = a.value(u"access_token"_s).toString();
        const QString customer
            = customerOf(a.value(u"user"_s).toObject().value(u"guide_id"_s).toString());
        const QString client = newId();
        const QJsonArray batch { note(10, customer, u"一次"_s), note(11, customer, u"😀 emoji"_s),
                                 QJsonObject { { u"id"_s, 12 },
                                               { u"name"_s, u"no_such"_s },
                                               { u"args"_s, QJsonObject {} } } };
        const ApiReply first = push(token, client, batch);
        QCOMPARE(first.json.value(u"last_mutation_id"_s).toInt(), 12);
        const ApiReply again = push(token, client, batch); // the reply was "lost"
        QCOMPARE(again.resultStatus(0), u"duplicate"_s);
        QCOMPARE(again.resultStatus(1), u"duplicate"_s);
        // A rejected one stays rejected when resent.
        QCOMPARE(again.resultStatus(2), u"rejected"_s);
        auto db = serverDb();
        QCOMPARE(db->scalar(u"SELECT count(*) FROM notes WHERE body = '一次'"_s), 1);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM notes WHERE body = '😀 emoji'"_s), 1);
    }

    void fullPhoneStaysOnTheServer()
    {
        const QString token = tokenOf(u"G1004"_s);
        const QString good = newId();
        const QString junk = newId();
        auto create = [](qint64 id, const QString &customerId, const QJsonValue &phone) {
            return QJsonObject { { u"id"_s, id },
                                 { u"name"_s, u"customer_create"_s },
                                 { u"args"_s,
                                   QJsonObject { { u"id"_s, customerId },
                                                 { u"name"_s, u"柜台新客"_s },
                                                 { u"source"_s, u"counter"_s },
                                                 { u"phone_masked"_s, u"000****0000"_s },
                                                 { u"phone_last4"_s, u"0000"_s },
                                                 { u"phone"_s, phone } } } };
        };
        const ApiReply reply = push(token, newId(),
                                    { create(1, good, u"13812345678"_s),
                                      create(2, junk, u"12' OR 1=1"_s), create(3, newId(), 5) });
        QCOMPARE(reply.resultStatus(0), u"applied"_s);
        QCOMPARE(reply.resultStatus(1), u"rejected"_s);
        QCOMPARE(reply.resultStatus(2), u"rejected"_s);
        auto db = serverDb();
        // The row gets the mask and last 4 made from the full number, which is kept apart.
        QCOMPARE(db->scalar(u"SELECT count(*) FROM customers WHERE id = '%1' AND phone_masked ="
                            " '138****5678' AND phone_last4 = '5678'"_s.arg(good)),
                 1);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM customer_phones WHERE customer_id = '%1' AND"
                            " phone = '13812345678'"_s.arg(good)),
                 1);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM customers WHERE id = '%1'"_s.arg(junk)), 0);
    }

    void personalTagsStayTheirOwners()
    {
        const QJsonObject a = login(u"G1002"_s);
        const QString tokenA = a.value(u"access_token"_s).toString();
        const QString guideA = a.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        const QJsonObject b = login(u"G1003"_s);
        const QString tokenB = b.value(u"access_token"_s).toString();
        const QString guideB = b.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        const QString tag = newId();
        const QJsonArray batch {
            mutation(1, u"tag_create"_s,
                     { { u"id"_s, tag }, { u"name"_s, u" 爱穿 真丝 🧣 "_s } }),
            mutation(2, u"tag_create"_s, { { u"id"_s, tag }, { u"name"_s, u"again"_s } }),
            mutation(3, u"tag_create"_s, { { u"id"_s, newId() }, { u"name"_s, u"   "_s } }),
            mutation(4, u"tag_create"_s,
                     { { u"id"_s, newId() }, { u"name"_s, QString(21, u'长') } }),
            mutation(5, u"tag_create"_s, { { u"id"_s, newId() }, { u"name"_s, 42 } }),
            mutation(6, u"tag_create"_s, { { u"name"_s, u"no id"_s } }),
            mutation(7, u"customer_tag_add"_s,
                     { { u"id"_s, newId() },
                       { u"customer_id"_s, customerOf(guideA) },
                       { u"tag_id"_s, tag } }),
        };
        const ApiReply reply = push(tokenA, newId(), batch);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"results"_s).toArray().size(), 7);
        QCOMPARE(reply.resultStatus(0), u"applied"_s);
        QCOMPARE(reply.resultCode(1), u"conflict"_s);
        for (int i = 2; i < 6; ++i)
            QCOMPARE(reply.resultStatus(i), u"rejected"_s);
        QCOMPARE(reply.resultStatus(6), u"applied"_s);
        {
            auto db = serverDb();
            auto row = db->prepare(u"SELECT name, owner_guide_id FROM tags WHERE id = ?"_s);
            row->bind(1, tag);
            QVERIFY(row->step());
            QCOMPARE(row->text(0), u"爱穿 真丝 🧣"_s);
            QCOMPARE(row->text(1), guideA);
        }
        // A sees the tag, B does not, the store's manager does; B cannot use it.
        QVERIFY(pulledIds(tokenA, u"tags"_s).contains(tag));
        QVERIFY(!pulledIds(tokenB, u"tags"_s).contains(tag));
        QVERIFY(pulledIds(tokenOf(u"G1001"_s), u"tags"_s).contains(tag));
        const ApiReply foreign = push(tokenB, newId(),
                                      { mutation(1, u"customer_tag_add"_s,
                                                 { { u"id"_s, newId() },
                                                   { u"customer_id"_s, customerOf(guideB) },
                                                   { u"tag_id"_s, tag } }) });
        QCOMPARE(foreign.resultCode(0), u"forbidden"_s);
    }

    void junkMutationsAreRejectedNotFatal()
    {
        const QJsonObject a = login(u"G1002"_s);
        const QString token = a.value(u"access_token"_s).toString();
        const QString customer
            = customerOf(a.value(u"user"_s).toObject().value(u"guide_id"_s).toString());
        const QJsonArray batch {
            note(1, customer, QString(20000, u'长')),
            QJsonObject {
                { u"id"_s, 2 },
                { u"name"_s, u"customer_update"_s },
                { u"args"_s,
                  QJsonObject { { u"id"_s, customer },
                                { u"fields"_s, QJsonObject { { u"gender"_s, u"X"_s } } } } } },
            QJsonObject { { u"id"_s, 3 },
                          { u"name"_s, u"customer_update"_s },
                          { u"args"_s,
                            QJsonObject { { u"id"_s, customer },
                                          { u"fields"_s,
                                            QJsonObject { { u"total_spend_cents"_s, 0 } } } } } },
            QJsonObject { { u"id"_s, 4 },
                          { u"name"_s, u"customer_tag_add"_s },
                          { u"args"_s, QJsonObject { { u"customer_id"_s, customer } } } },
            QJsonObject {
                { u"id"_s, 5 },
                { u"name"_s, u"customer_update"_s },
                { u"args"_s,
                  QJsonObject {
                      { u"id"_s, customer },
                      { u"fields"_s,
                        QJsonObject { { u"remark"_s, u"'); DROP TABLE customers;--"_s } } } } } },
        };
        const ApiReply reply = push(token, newId(), batch);
        QCOMPARE(reply.status, 200);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(reply.resultStatus(i), u"rejected"_s);
        QCOMPARE(reply.resultStatus(4), u"applied"_s);
        QVERIFY(serverDb()->scalar(u"SELECT count(*) FROM customers"_s) > 0);
    }

    // Saved segments: saved and deleted exactly once, only by their owner, junk rules
    // rejected; the owner pulls them, another guide does not.
    void segmentsAreTheirOwners()
    {
        const QJsonObject a = login(u"G1002"_s);
        const QString tokenA = a.value(u"access_token"_s).toString();
        const QString tokenB = tokenOf(u"G1003"_s);
        const QString id = newId();
        const QString rule = u"{\"version\":1,\"conditions\":[{\"kind\":\"member_level\","
                             "\"levels\":[\"gold\"]}]}"_s;
        auto save = [&](qint64 mutation, const QString &segmentId, const QJsonValue &name,
                        const QJsonValue &ruleJson) {
            return QJsonObject { { u"id"_s, mutation },
                                 { u"name"_s, u"segment_save"_s },
                                 { u"args"_s,
                                   QJsonObject { { u"id"_s, segmentId },
                                                 { u"name"_s, name },
                                                 { u"rule_json"_s, ruleJson } } } };
        };
        const QString clientA = newId();
        const QJsonArray batch {
            save(1, id, u" 金卡会员 🎉 "_s, rule),
            save(2, newId(), u""_s, rule),
            save(3, newId(), u"x"_s, u"{\"version\":1,\"conditions\":[{\"kind\":\"drop\"}]}"_s),
            save(4, newId(), u"x"_s, u"not json"_s),
            save(5, newId(), u"x"_s, 42),
            save(6, newId(), QString(101, u'名'), rule),
        };
        const ApiReply first = push(tokenA, clientA, batch);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.resultStatus(0), u"applied"_s);
        for (int i = 1; i < 6; ++i)
            QCOMPARE(first.resultStatus(i), u"rejected"_s);
        QCOMPARE(push(tokenA, clientA, batch).resultStatus(0), u"duplicate"_s);
        {
            auto db = serverDb();
            QCOMPARE(db->scalar(u"SELECT count(*) FROM segments"_s), 1);
            auto q = db->prepare(u"SELECT name FROM segments WHERE id = ?"_s);
            q->bind(1, id);
            QVERIFY(q->step());
            QCOMPARE(q->text(0), u"金卡会员 🎉"_s);
        }
        // B may neither overwrite nor delete A's segment.
        const ApiReply b = push(tokenB, newId(),
                                { save(1, id, u"mine now"_s, rule),
                                  QJsonObject { { u"id"_s, 2 },
                                                { u"name"_s, u"segment_delete"_s },
                                                { u"args"_s, QJsonObject { { u"id"_s, id } } } } });
        QCOMPARE(b.resultCode(0), u"forbidden"_s);
        QCOMPARE(b.resultCode(1), u"forbidden"_s);
        // A pulls it; B does not see it.
        auto pulledSegments = [&](const QString &token) {
            QStringList ids;
            for (const ApiReply &page : m_api.pullPages(token, newId(), 5000)) {
                for (const QJsonValue &t : page.json.value(u"tables"_s).toArray()) {
                    const QJsonObject table = t.toObject();
                    if (table.value(u"name"_s).toString() != u"segments"_s)
                        continue;
                    const int column
                        = int(table.value(u"columns"_s).toArray().toVariantList().indexOf(u"id"_s));
                    for (const QJsonValue &row : table.value(u"rows"_s).toArray())
                        ids << row.toArray().at(column).toString();
                }
            }
            return ids;
        };
        QVERIFY(pulledSegments(tokenA).contains(id));
        QVERIFY(!pulledSegments(tokenB).contains(id));
        // A deletes it.
        const ApiReply removed
            = push(tokenA, clientA,
                   { QJsonObject { { u"id"_s, 7 },
                                   { u"name"_s, u"segment_delete"_s },
                                   { u"args"_s, QJsonObject { { u"id"_s, id } } } } });
        QCOMPARE(removed.resultStatus(0), u"applied"_s);
        QCOMPARE(serverDb()->scalar(u"SELECT deleted FROM segments"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerPush)
#include "tst_serverpush.moc"
