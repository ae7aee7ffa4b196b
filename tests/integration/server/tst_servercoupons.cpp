// Coupons on the reference server, over real TLS on loopback: templates pulled by the
// store, `coupon_issue` applied exactly once, the quota counted right when two devices push
// at the same moment, expired and over-quota issues answered by a `rejected` row with the
// reason, permissions, the mall's redemption endpoint and the redemption simulator.
#include "serverprocess.h"
#include "store/database.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {
struct Reply
{
    int status = 0;
    QJsonObject json;
    [[nodiscard]] QString resultStatus(int i) const
    {
        return json.value(u"results"_s).toArray().at(i).toObject().value(u"status"_s).toString();
    }
    [[nodiscard]] QString resultCode(int i) const
    {
        return json.value(u"results"_s)
            .toArray()
            .at(i)
            .toObject()
            .value(u"error"_s)
            .toObject()
            .value(u"code"_s)
            .toString();
    }
};
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
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

    std::unique_ptr<testsupport::ServerProcess> m_server;
    QNetworkAccessManager m_network;

    QNetworkRequest request(const testsupport::ServerProcess &server, const QString &path,
                            const QString &token)
    {
        QUrl url = server.baseUrl();
        url.setPath(path);
        QNetworkRequest r(url);
        // Each server process has its own CA (with the same name): trust only this one's.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(server.caCertificatePath());
        r.setSslConfiguration(tls);
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        return r;
    }
    static Reply wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }
    QNetworkReply *postAsync(const QString &path, const QJsonObject &body, const QString &token,
                             testsupport::ServerProcess *server = nullptr)
    {
        return m_network.post(request(server ? *server : *m_server, path, token),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {},
               testsupport::ServerProcess *server = nullptr)
    {
        return wait(postAsync(path, body, token, server));
    }
    std::unique_ptr<store::Database> serverDb(testsupport::ServerProcess *server = nullptr)
    {
        return store::Database::openUnencrypted((server ? server : m_server.get())->databasePath(),
                                                store::Database::OpenMode::OpenExisting);
    }
    Account login(const QString &user, testsupport::ServerProcess *server = nullptr)
    {
        auto *s = server ? server : m_server.get();
        const QJsonObject json
            = post(u"/api/v1/auth/login"_s,
                   { { u"username"_s, user }, { u"password"_s, s->password() } }, {}, s)
                  .json;
        Account account;
        account.token = json.value(u"access_token"_s).toString();
        account.guideId = json.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        auto db = serverDb(s);
        auto q = db->prepare(u"SELECT store_id FROM guides WHERE id = ?"_s);
        q->bind(1, account.guideId);
        if (q->step())
            account.storeId = q->text(0);
        return account;
    }
    QStringList customersOf(const QString &guideId, int n,
                            testsupport::ServerProcess *server = nullptr)
    {
        auto db = serverDb(server);
        auto q = db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND deleted = 0"
                             " ORDER BY rowid LIMIT ?"_s);
        q->bindAll(guideId, n);
        QStringList ids;
        while (q->step())
            ids << q->text(0);
        return ids;
    }
    QString coupon(const QString &storeId, const QString &nameStart,
                   testsupport::ServerProcess *server = nullptr)
    {
        auto db = serverDb(server);
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
    QString issueStatus(const QString &issueId, testsupport::ServerProcess *server = nullptr)
    {
        auto db = serverDb(server);
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
        m_server
            = std::make_unique<testsupport::ServerProcess>(testsupport::ServerProcess::Options {
                300, 0, 3600, { u"--coupon-redeem-fraction"_s, u"0"_s } });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void templatesArePulledByTheirStoreOnly()
    {
        const Account a = login(u"G1002"_s);
        QString cookie;
        QSet<QString> stores;
        int coupons = 0;
        for (bool more = true; more;) {
            const Reply page = post(u"/api/v1/sync/pull"_s,
                                    { { u"client_id"_s, newId() },
                                      { u"cookie"_s, cookie.isEmpty() ? QJsonValue() : cookie },
                                      { u"limit"_s, 5000 } },
                                    a.token);
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
            cookie = page.json.value(u"cookie"_s).toString();
            more = page.json.value(u"more"_s).toBool();
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
        const Reply first = post(u"/api/v1/sync/push"_s, body, a.token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.resultStatus(0), u"applied"_s);
        const Reply again = post(u"/api/v1/sync/push"_s, body, a.token); // reply "lost"
        QCOMPARE(again.resultStatus(0), u"duplicate"_s);
        QCOMPARE(issueStatus(issueId), u"issued:"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM coupon_issues WHERE id = '%1'"_s.arg(issueId)), 1);
        QCOMPARE(scalar(u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId)),
                 before + 1);
        // The same issue id from another device: the UNIQUE id refuses it.
        const Reply other
            = post(u"/api/v1/sync/push"_s,
                   pushBody(newId(), { issue(1, issueId, couponId, customer) }), a.token);
        QCOMPARE(other.resultStatus(0), u"rejected"_s);
        QCOMPARE(other.resultCode(0), u"conflict"_s);
        QCOMPARE(scalar(u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId)),
                 before + 1);
        // A second live one for the same customer: applied as a rejected row.
        const QString twice = newId();
        const Reply held = post(u"/api/v1/sync/push"_s,
                                pushBody(client, { issue(2, twice, couponId, customer) }), a.token);
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
        QNetworkReply *ra = postAsync(u"/api/v1/sync/push"_s, pushBody(newId(), fromA), a.token);
        QNetworkReply *rb = postAsync(u"/api/v1/sync/push"_s, pushBody(newId(), fromB), b.token);
        const Reply replyA = wait(ra);
        const Reply replyB = wait(rb);
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
        const Reply reply = post(u"/api/v1/sync/push"_s,
                                 pushBody(newId(),
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
        const Reply guide
            = post(u"/api/v1/sync/push"_s,
                   pushBody(newId(), { issue(1, stolen, couponId, foreign) }), a.token);
        QCOMPARE(guide.resultStatus(0), u"rejected"_s);
        QCOMPARE(guide.resultCode(0), u"forbidden"_s);
        QCOMPARE(issueStatus(stolen), QString());
        // A coupon of the other store: not found.
        auto db = serverDb();
        auto other = db->prepare(u"SELECT id FROM coupons WHERE store_id <> ? LIMIT 1"_s);
        other->bind(1, a.storeId);
        QVERIFY(other->step());
        const Reply wrongStore = post(
            u"/api/v1/sync/push"_s,
            pushBody(newId(),
                     { issue(1, newId(), other->text(0), customersOf(a.guideId, 1).first()) }),
            a.token);
        QCOMPARE(wrongStore.resultCode(0), u"not_found"_s);
        // Junk arguments.
        const Reply junk = post(u"/api/v1/sync/push"_s,
                                pushBody(newId(),
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
        const Reply managed
            = post(u"/api/v1/sync/push"_s,
                   pushBody(newId(), { issue(1, granted, couponId, foreign) }), boss.token);
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
        post(u"/api/v1/sync/push"_s,
             pushBody(newId(),
                      { issue(1, id, couponId, customers.at(5)),
                        issue(2, late, coupon(a.storeId, u"秋季"_s), customers.at(5)) }),
             a.token);
        QCOMPARE(issueStatus(id), u"issued:"_s);
        const auto redeem = [&](const QString &issueId, const QString &key) {
            return post(u"/api/v1/mall/coupons/redeem"_s, { { u"issue_id"_s, issueId } }, key);
        };
        QCOMPARE(redeem(id, QString()).status, 401);
        QCOMPARE(redeem(id, u"wrong"_s).status, 401);
        QCOMPARE(redeem(id, a.token).status, 401); // a guide's token is not the mall's key
        const Reply first = redeem(id, m_server->mallKey());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"already_redeemed"_s).toBool(), false);
        const Reply again = redeem(id, m_server->mallKey()); // the mall's retry
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"already_redeemed"_s).toBool(), true);
        QCOMPARE(again.json.value(u"redeemed_at"_s).toString(),
                 first.json.value(u"redeemed_at"_s).toString());
        QCOMPARE(issueStatus(id), u"redeemed:"_s);
        QCOMPARE(redeem(late, m_server->mallKey()).status, 409); // rejected: never issued
        QCOMPARE(redeem(newId(), m_server->mallKey()).status, 404);
        QCOMPARE(
            post(u"/api/v1/mall/coupons/redeem"_s, { { u"issue_id"_s, 42 } }, m_server->mallKey())
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
        const Account a = login(u"G1002"_s, &busy);
        const QString couponId = coupon(a.storeId, u"新会员"_s, &busy);
        const QStringList customers = customersOf(a.guideId, 3, &busy);
        QJsonArray batch;
        QStringList ids;
        for (int i = 0; i < customers.size(); ++i) {
            ids << newId();
            batch.append(issue(i + 1, ids.last(), couponId, customers.at(i)));
        }
        QCOMPARE(post(u"/api/v1/sync/push"_s, pushBody(newId(), batch), a.token, &busy).status,
                 200);
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(issueStatus(id, &busy), u"redeemed:"_s, 20000);
    }
};

QTEST_GUILESS_MAIN(TestServerCoupons)
#include "tst_servercoupons.moc"
