// Coupons on the reference server, over real TLS on loopback: templates pulled by the
// store, `coupon_issue` applied exactly once, the quota counted right when two devices push
// at the same moment, expired and over-quota issues answered by a `rejected` row with the
// reason, permissions, the mall's redemption endpoint and the redemption simulator.
#include "serverapiclient.h"
#include "serverprocess.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using testsupport::ApiReply;
using testsupport::newId;
using testsupport::ServerApiClient;

namespace {
struct Account
{
    QString token;
    QString guideId;
    QString storeId;
};
} // namespace

class TestServerCoupons : public QObject
{
    Q_OBJECT

    testsupport::ServerProcess m_server { testsupport::ServerProcess::Options {
        300, 0, 3600, { u"--coupon-redeem-fraction"_s, u"0"_s } } };
    ServerApiClient m_api { m_server };

    // The helpers call the test's server, or `other` (a server of a test's own) when given.
    ServerApiClient &api(ServerApiClient *other) { return other ? *other : m_api; }
    std::unique_ptr<store::Database> serverDb(ServerApiClient *other = nullptr)
    {
        return api(other).server().openDatabase();
    }
    Account login(const QString &user, ServerApiClient *other = nullptr)
    {
        const QJsonObject json = api(other).login(user);
        Account account;
        account.token = json.value(u"access_token"_s).toString();
        account.guideId = json.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        auto db = serverDb(other);
        auto q = db->prepare(u"SELECT store_id FROM guides WHERE id = ?"_s);
        q->bind(1, account.guideId);
        if (q->step())
            account.storeId = q->text(0);
        return account;
    }
    ApiReply push(const QJsonObject &body, const QString &token, ServerApiClient *other = nullptr)
    {
        return api(other).post(u"/api/v1/sync/push"_s, body, token);
    }
    QStringList customersOf(const QString &guideId, int n, ServerApiClient *other = nullptr)
    {
        auto db = serverDb(other);
        auto q = db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND deleted = 0"
                             " ORDER BY rowid LIMIT ?"_s);
        q->bindAll(guideId, n);
        QStringList ids;
        while (q->step())
            ids << q->text(0);
        return ids;
    }
    QString coupon(const QString &storeId, const QString &nameStart,
                   ServerApiClient *other = nullptr)
    {
        auto db = serverDb(other);
        auto q = db->prepare(u"SELECT id FROM coupons WHERE store_id = ? AND name LIKE ? || '%'"_s);
        q->bindAll(storeId, nameStart);
        return q->step() ? q->text(0) : QString();
    }
    qint64 scalar(const QString &sql) { return serverDb()->scalar(sql); }
    static QJsonObject issue(qint64 id, const QString &issueId, const QString &couponId,
                             const QString &customerId)
    {
        return { { u"id"_s, id },
                 { u"name"_s, u"coupon_issue"_s },
                 { u"args"_s,
                   QJsonObject { { u"id"_s, issueId },
                                 { u"coupon_id"_s, couponId },
                                 { u"customer_id"_s, customerId },
                                 { u"created_at"_s, u"2026-12-02T01:00:00.000Z"_s } } } };
    }
    static QJsonObject pushBody(const QString &client, const QJsonArray &mutations)
    {
        return { { u"schema_version"_s, 3 },
                 { u"client_id"_s, client },
                 { u"mutations"_s, mutations } };
    }
    QString issueStatus(const QString &issueId, ServerApiClient *other = nullptr)
    {
        auto db = serverDb(other);
        auto q = db->prepare(
            u"SELECT status || ':' || reject_reason FROM coupon_issues WHERE id = ?"_s);
        q->bind(1, issueId);
        return q->step() ? q->text(0) : QString();
    }
    // Another guide of the same store as `account`.
    QString colleagueOf(const Account &account)
    {
        auto db = serverDb();
        auto q = db->prepare(u"SELECT employee_no FROM guides WHERE store_id = ? AND"
                             " role = 'guide' AND id <> ? ORDER BY employee_no LIMIT 1"_s);
        q->bindAll(account.storeId, account.guideId);
        return q->step() ? q->text(0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void templatesArePulledByTheirStoreOnly()
    {
        const Account a = login(u"G1002"_s);
        QSet<QString> stores;
        int coupons = 0;
        for (const ApiReply &page : m_api.pullPages(a.token, newId(), 5000)) {
            QCOMPARE(page.status, 200);
            for (const QJsonValue &t : page.json.value(u"tables"_s).toArray()) {
                const QJsonObject table = t.toObject();
                if (table.value(u"name"_s).toString() != u"coupons"_s)
                    continue;
                const QVariantList columns = table.value(u"columns"_s).toArray().toVariantList();
                const int store = int(columns.indexOf(u"store_id"_s));
                QVERIFY(columns.contains(u"quota"_s) && columns.contains(u"issued_count"_s));
                for (const QJsonValue &row : table.value(u"rows"_s).toArray()) {
                    stores.insert(row.toArray().at(store).toString());
                    ++coupons;
                }
            }
        }
        QCOMPARE(coupons, 7);
        QCOMPARE(stores, QSet<QString> { a.storeId });
    }

    void anIssueIsAppliedExactlyOnce()
    {
        const Account a = login(u"G1002"_s);
        const QString couponId = coupon(a.storeId, u"生日券"_s);
        const QString customer = customersOf(a.guideId, 1).first();
        const qint64 before
            = scalar(u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId));
        const QString client = newId();
        const QString issueId = newId();
        const QJsonObject body = pushBody(client, { issue(1, issueId, couponId, customer) });
        const ApiReply first = push(body, a.token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.resultStatus(0), u"applied"_s);
        const ApiReply again = push(body, a.token); // reply "lost"
        QCOMPARE(again.resultStatus(0), u"duplicate"_s);
        QCOMPARE(issueStatus(issueId), u"issued:"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM coupon_issues WHERE id = '%1'"_s.arg(issueId)), 1);
        QCOMPARE(scalar(u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId)),
                 before + 1);
        // The same issue id from another device: the UNIQUE id refuses it.
        const ApiReply other
            = push(pushBody(newId(), { issue(1, issueId, couponId, customer) }), a.token);
        QCOMPARE(other.resultStatus(0), u"rejected"_s);
        QCOMPARE(other.resultCode(0), u"conflict"_s);
        QCOMPARE(scalar(u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId)),
                 before + 1);
        // A second live one for the same customer: applied as a rejected row.
        const QString twice = newId();
        const ApiReply held
            = push(pushBody(client, { issue(2, twice, couponId, customer) }), a.token);
        QCOMPARE(held.resultStatus(0), u"applied"_s);
        QCOMPARE(issueStatus(twice), u"rejected:already_held"_s);
    }

    void theQuotaHoldsWhenTwoDevicesPushAtOnce()
    {
        const Account a = login(u"G1002"_s);
        const Account b = login(colleagueOf(a));
        QVERIFY(!b.token.isEmpty());
        // 双十二: 60 in the store's quota, 57 issued already.
        const QString couponId = coupon(a.storeId, u"双十二"_s);
        const qint64 left
            = scalar(u"SELECT quota - issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId));
        QCOMPARE(left, 3);
        QJsonArray fromA, fromB;
        QStringList ids;
        const QStringList customersA = customersOf(a.guideId, 4);
        const QStringList customersB = customersOf(b.guideId, 4);
        for (int i = 0; i < 4; ++i) {
            ids << newId() << newId();
            fromA.append(issue(i + 1, ids.at(ids.size() - 2), couponId, customersA.at(i)));
            fromB.append(issue(i + 1, ids.last(), couponId, customersB.at(i)));
        }
        // Both in flight at the same moment.
        QNetworkReply *ra
            = m_api.postAsync(u"/api/v1/sync/push"_s, pushBody(newId(), fromA), a.token);
        QNetworkReply *rb
            = m_api.postAsync(u"/api/v1/sync/push"_s, pushBody(newId(), fromB), b.token);
        const ApiReply replyA = ServerApiClient::wait(ra);
        const ApiReply replyB = ServerApiClient::wait(rb);
        QCOMPARE(replyA.status, 200);
        QCOMPARE(replyB.status, 200);
        int issued = 0, overQuota = 0;
        for (const QString &id : std::as_const(ids)) {
            const QString status = issueStatus(id);
            if (status == u"issued:"_s)
                ++issued;
            else if (status == u"rejected:quota_exhausted"_s)
                ++overQuota;
        }
        QCOMPARE(issued, 3);
        QCOMPARE(overQuota, 5);
        QCOMPARE(
            scalar(u"SELECT quota - issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId)), 0);
    }

    void anExpiredCouponIsARejectedRow()
    {
        const Account a = login(u"G1002"_s);
        const QString id = newId();
        const ApiReply reply = push(pushBody(newId(),
                                             { issue(1, id, coupon(a.storeId, u"秋季"_s),
                                                     customersOf(a.guideId, 1).first()) }),
                                    a.token);
        QCOMPARE(reply.resultStatus(0), u"applied"_s);
        QCOMPARE(issueStatus(id), u"rejected:expired"_s);
    }

    void permissionsAreChecked()
    {
        const Account a = login(u"G1002"_s);
        const Account colleague = login(colleagueOf(a));
        const QString couponId = coupon(a.storeId, u"新会员"_s);
        const QString foreign = customersOf(colleague.guideId, 1).first();
        const QString stolen = newId();
        // A guide on a colleague's customer: forbidden, no row.
        const ApiReply guide
            = push(pushBody(newId(), { issue(1, stolen, couponId, foreign) }), a.token);
        QCOMPARE(guide.resultStatus(0), u"rejected"_s);
        QCOMPARE(guide.resultCode(0), u"forbidden"_s);
        QCOMPARE(issueStatus(stolen), QString());
        // A coupon of the other store: not found.
        auto db = serverDb();
        auto other = db->prepare(u"SELECT id FROM coupons WHERE store_id <> ? LIMIT 1"_s);
        other->bind(1, a.storeId);
        QVERIFY(other->step());
        const ApiReply wrongStore = push(
            pushBody(newId(),
                     { issue(1, newId(), other->text(0), customersOf(a.guideId, 1).first()) }),
            a.token);
        QCOMPARE(wrongStore.resultCode(0), u"not_found"_s);
        // Junk arguments.
        const ApiReply junk = push(pushBody(newId(),
                                            { issue(1, QString(), couponId, foreign),
                                              issue(2, newId(), u"x"_s.repeated(65), foreign),
                                              issue(3, newId(), couponId, u"no-such"_s) }),
                                   a.token);
        QCOMPARE(junk.resultCode(0), u"bad_request"_s);
        QCOMPARE(junk.resultCode(1), u"bad_request"_s);
        QCOMPARE(junk.resultCode(2), u"not_found"_s);
        // The store's manager may issue to any customer of the store.
        auto manager = db->prepare(
            u"SELECT employee_no FROM guides WHERE store_id = ? AND role = 'manager' LIMIT 1"_s);
        manager->bind(1, a.storeId);
        QVERIFY(manager->step());
        const Account boss = login(manager->text(0));
        const QString granted = newId();
        const ApiReply managed
            = push(pushBody(newId(), { issue(1, granted, couponId, foreign) }), boss.token);
        QCOMPARE(managed.resultStatus(0), u"applied"_s);
        QCOMPARE(issueStatus(granted), u"issued:"_s);
    }

    void theMallRedeemsAnIssuedCouponOnce()
    {
        const Account a = login(u"G1002"_s);
        const QString couponId = coupon(a.storeId, u"满500减50"_s);
        const QStringList customers = customersOf(a.guideId, 6);
        const QString id = newId();
        const QString late = newId();
        push(pushBody(newId(),
                      { issue(1, id, couponId, customers.at(5)),
                        issue(2, late, coupon(a.storeId, u"秋季"_s), customers.at(5)) }),
             a.token);
        QCOMPARE(issueStatus(id), u"issued:"_s);
        const auto redeem = [&](const QString &issueId, const QString &key) {
            return m_api.post(u"/api/v1/mall/coupons/redeem"_s, { { u"issue_id"_s, issueId } },
                              key);
        };
        QCOMPARE(redeem(id, QString()).status, 401);
        QCOMPARE(redeem(id, u"wrong"_s).status, 401);
        QCOMPARE(redeem(id, a.token).status, 401); // a guide's token is not the mall's key
        const ApiReply first = redeem(id, m_server.mallKey());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"already_redeemed"_s).toBool(), false);
        const ApiReply again = redeem(id, m_server.mallKey()); // the mall's retry
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"already_redeemed"_s).toBool(), true);
        QCOMPARE(again.json.value(u"redeemed_at"_s).toString(),
                 first.json.value(u"redeemed_at"_s).toString());
        QCOMPARE(issueStatus(id), u"redeemed:"_s);
        QCOMPARE(redeem(late, m_server.mallKey()).status, 409); // rejected: never issued
        QCOMPARE(redeem(newId(), m_server.mallKey()).status, 404);
        QCOMPARE(m_api
                     .post(u"/api/v1/mall/coupons/redeem"_s, { { u"issue_id"_s, 42 } },
                           m_server.mallKey())
                     .status,
                 400);
    }

    void theSimulatorRedeemsTheChosenFraction()
    {
        testsupport::ServerProcess busy(
            { 100,
              0,
              3600,
              { u"--coupon-redeem-fraction"_s, u"1"_s, u"--coupon-redeem-after"_s, u"1"_s } });
        QString error;
        QVERIFY2(busy.start(&error), qPrintable(error));
        ServerApiClient busyApi(busy);
        const Account a = login(u"G1002"_s, &busyApi);
        const QString couponId = coupon(a.storeId, u"新会员"_s, &busyApi);
        const QStringList customers = customersOf(a.guideId, 3, &busyApi);
        QJsonArray batch;
        QStringList ids;
        for (int i = 0; i < customers.size(); ++i) {
            ids << newId();
            batch.append(issue(i + 1, ids.last(), couponId, customers.at(i)));
        }
        QCOMPARE(push(pushBody(newId(), batch), a.token, &busyApi).status, 200);
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(issueStatus(id, &busyApi), u"redeemed:"_s, 20000);
    }
};

QTEST_GUILESS_MAIN(TestServerCoupons)
#include "tst_servercoupons.moc"
