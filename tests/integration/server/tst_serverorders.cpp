// Live orders on the reference server, over real TLS on loopback: order_claim is
// server-authoritative (the first claim wins; a later one is rejected naming the winner),
// permission-checked (another store's guide, another guide's attributed order) and applied
// exactly once; order_pickup_ready only by the claimer or a manager; order_contact's junk;
// escalation after --escalate-after-minutes; the manager's response-time report.
#include "mallclient.h"
#include "serverapiclient.h"
#include "serverprocess.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

using testsupport::ApiReply;
using testsupport::newId;

namespace {

struct Account
{
    QString token;
    QString guideId;
    QString client = newId();
    qint64 nextMutation = 1;
};

} // namespace

class TestServerOrders : public QObject
{
    Q_OBJECT

    testsupport::ServerProcess m_server { testsupport::ServerProcess::Options {
        200, 0, 3600, { u"--escalate-after-minutes"_s, u"0.05"_s } } };
    std::unique_ptr<testsupport::MallClient> m_mall;
    testsupport::ServerApiClient m_api { m_server };
    int m_orderCounter = 0;

    std::unique_ptr<store::Database> serverDb() { return m_server.openDatabase(); }
    Account login(const QString &user)
    {
        const QJsonObject json = m_api.login(user);
        Account account;
        account.token = json.value(u"access_token"_s).toString();
        account.guideId = json.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        return account;
    }
    // A paid order for one of the guide's customers; returns the order id.
    QString placeOrderFor(const Account &owner)
    {
        const QString customer = m_server.firstCustomerOf(owner.guideId);
        const QString orderNo = u"MPSRV%1"_s.arg(++m_orderCounter, 5, 10, QLatin1Char('0'));
        if (m_mall->post(testsupport::MallClient::paidOrder(orderNo, customer)) != 201)
            return {};
        auto db = serverDb();
        auto q = db->prepare(u"SELECT id FROM orders WHERE order_no = ?"_s);
        q->bind(1, orderNo);
        return q->step() ? q->text(0) : QString();
    }
    ApiReply push(Account &account, const QString &name, const QJsonObject &args,
                  qint64 mutationId = 0)
    {
        const qint64 id = mutationId > 0 ? mutationId : account.nextMutation++;
        const QJsonArray mutations { QJsonObject {
            { u"id"_s, id }, { u"name"_s, name }, { u"args"_s, args } } };
        return m_api.push(account.token, account.client, mutations);
    }
    QString column(const QString &orderId, const QString &name)
    {
        auto db = serverDb();
        auto q = db->prepare(u"SELECT coalesce(%1, '') FROM orders WHERE id = ?"_s.arg(name));
        q->bind(1, orderId);
        return q->step() ? q->text(0) : QString();
    }
    qint64 events(const QString &orderId, const QString &kind)
    {
        auto db = serverDb();
        auto q
            = db->prepare(u"SELECT count(*) FROM order_events WHERE order_id = ? AND kind = ?"_s);
        q->bindAll(orderId, kind);
        q->step();
        return q->int64(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The mall client reads the CA at once, so it waits for the server's start.
        m_mall = std::make_unique<testsupport::MallClient>(m_server);
    }

    void theFirstClaimWinsTheSecondIsRejectedNamingTheWinner()
    {
        Account guide = login(u"G1002"_s);
        Account manager = login(u"G1001"_s);
        const QString order = placeOrderFor(guide);
        QVERIFY(!order.isEmpty());
        const ApiReply first = push(manager, u"order_claim"_s, { { u"id"_s, order } });
        QCOMPARE(first.status, 200);
        QCOMPARE(first.resultStatus(), u"applied"_s);
        const ApiReply second = push(guide, u"order_claim"_s, { { u"id"_s, order } });
        QCOMPARE(second.resultStatus(), u"rejected"_s);
        QCOMPARE(second.resultCode(), u"already_claimed"_s);
        QString managerName;
        {
            auto db = serverDb();
            auto q = db->prepare(u"SELECT name FROM guides WHERE id = ?"_s);
            q->bind(1, manager.guideId);
            QVERIFY(q->step());
            managerName = q->text(0);
        }
        QVERIFY2(second.resultMessage().contains(managerName), qPrintable(second.resultMessage()));
        QCOMPARE(column(order, u"claimed_by"_s), manager.guideId);
        QCOMPARE(events(order, u"claimed"_s), qint64(1));
        // The same mutation again (a retry after a lost reply): exactly once.
        const ApiReply again = push(manager, u"order_claim"_s, { { u"id"_s, order } }, 1);
        QCOMPARE(again.resultStatus(), u"duplicate"_s);
        QCOMPARE(events(order, u"claimed"_s), qint64(1));
        // A response time was recorded, by the server's clock.
        QCOMPARE(serverDb()->scalar(u"SELECT count(*) FROM order_responses WHERE order_id = '%1'"
                                    " AND guide_id = '%2'"_s.arg(order, manager.guideId)),
                 qint64(1));
    }

    void permissions()
    {
        Account owner = login(u"G1002"_s);
        Account colleague = login(u"G1003"_s);
        Account otherStore = login(u"G1006"_s);
        const QString order = placeOrderFor(owner);
        QVERIFY(!order.isEmpty());
        ApiReply r = push(otherStore, u"order_claim"_s, { { u"id"_s, order } });
        QCOMPARE(r.resultStatus(), u"rejected"_s);
        QCOMPARE(r.resultCode(), u"forbidden"_s);
        r = push(colleague, u"order_claim"_s, { { u"id"_s, order } });
        QCOMPARE(r.resultCode(), u"forbidden"_s);
        r = push(owner, u"order_claim"_s, { { u"id"_s, u"no-such-order"_s } });
        QCOMPARE(r.resultCode(), u"not_found"_s);
        r = push(owner, u"order_claim"_s, { { u"id"_s, 42 } });
        QCOMPARE(r.resultCode(), u"bad_request"_s);
        r = push(owner, u"order_claim"_s, {});
        QCOMPARE(r.resultCode(), u"bad_request"_s);
        QCOMPARE(column(order, u"claimed_by"_s), QString());
        // Pickup before the claim, by someone else, then by the claimer.
        r = push(owner, u"order_pickup_ready"_s, { { u"id"_s, order } });
        QCOMPARE(r.resultCode(), u"forbidden"_s);
        QCOMPARE(push(owner, u"order_claim"_s, { { u"id"_s, order } }).resultStatus(),
                 u"applied"_s);
        // Claimed again by the same guide (their other device): nothing changes.
        QCOMPARE(push(owner, u"order_claim"_s, { { u"id"_s, order } }).resultStatus(),
                 u"applied"_s);
        QCOMPARE(events(order, u"claimed"_s), qint64(1));
        r = push(colleague, u"order_pickup_ready"_s, { { u"id"_s, order } });
        QCOMPARE(r.resultCode(), u"forbidden"_s);
        r = push(owner, u"order_pickup_ready"_s, { { u"id"_s, order } });
        QCOMPARE(r.resultStatus(), u"applied"_s);
        QCOMPARE(column(order, u"status"_s), u"ready_for_pickup"_s);
        // Contact: junk, then a real one.
        r = push(owner, u"order_contact"_s,
                 { { u"id"_s, order }, { u"event_id"_s, newId() }, { u"via"_s, u"fax"_s } });
        QCOMPARE(r.resultCode(), u"bad_request"_s);
        r = push(owner, u"order_contact"_s, { { u"id"_s, order }, { u"via"_s, u"call"_s } });
        QCOMPARE(r.resultCode(), u"bad_request"_s);
        const QString eventId = newId();
        r = push(owner, u"order_contact"_s,
                 { { u"id"_s, order }, { u"event_id"_s, eventId }, { u"via"_s, u"wechat"_s } });
        QCOMPARE(r.resultStatus(), u"applied"_s);
        QCOMPARE(events(order, u"contacted"_s), qint64(1));
        r = push(owner, u"order_contact"_s,
                 { { u"id"_s, order }, { u"event_id"_s, eventId }, { u"via"_s, u"wechat"_s } });
        QCOMPARE(r.resultCode(), u"conflict"_s);
        r = push(colleague, u"order_contact"_s,
                 { { u"id"_s, order }, { u"event_id"_s, newId() }, { u"via"_s, u"call"_s } });
        QCOMPARE(r.resultCode(), u"forbidden"_s);
    }

    void anUnclaimedOrderEscalatesOnce()
    {
        Account owner = login(u"G1002"_s);
        const QString order = placeOrderFor(owner);
        QVERIFY(!order.isEmpty());
        // --escalate-after-minutes 0.05: three seconds, checked every second.
        QTRY_VERIFY_WITH_TIMEOUT(!column(order, u"escalated_at"_s).isEmpty(), 15000);
        QCOMPARE(events(order, u"escalated"_s), qint64(1));
        QTest::qWait(2500);
        QCOMPARE(events(order, u"escalated"_s), qint64(1));
        // A claimed order never escalates.
        const QString claimed = placeOrderFor(owner);
        QCOMPARE(push(owner, u"order_claim"_s, { { u"id"_s, claimed } }).resultStatus(),
                 u"applied"_s);
        QTest::qWait(5000);
        QCOMPARE(column(claimed, u"escalated_at"_s), QString());
    }

    void responseTimesForTheManagerOnly()
    {
        const Account manager = login(u"G1001"_s);
        const Account guide = login(u"G1002"_s);
        QCOMPARE(m_api.get(u"/api/v1/orders/response-times"_s, guide.token).status, 403);
        QCOMPARE(m_api.get(u"/api/v1/orders/response-times?days=0"_s, manager.token).status, 400);
        QCOMPARE(m_api.get(u"/api/v1/orders/response-times?days=x"_s, manager.token).status, 400);
        const ApiReply report = m_api.get(u"/api/v1/orders/response-times?days=7"_s, manager.token);
        QCOMPARE(report.status, 200);
        const QJsonArray guides = report.json.value(u"guides"_s).toArray();
        QVERIFY(!guides.isEmpty());
        int claimed = 0;
        for (const QJsonValue &g : guides) {
            claimed += g.toObject().value(u"claimed"_s).toInt();
            QVERIFY(g.toObject().value(u"median_seconds"_s).toDouble() >= 0);
        }
        QCOMPARE(qint64(claimed),
                 serverDb()->scalar(u"SELECT count(*) FROM order_responses r JOIN guides g ON"
                                    " g.id = r.guide_id JOIN guides m ON m.store_id = g.store_id"
                                    " WHERE m.employee_no = 'G1001'"_s));
        QCOMPARE(m_api.get(u"/api/v1/orders/response-times"_s, QString()).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerOrders)
#include "tst_serverorders.moc"
