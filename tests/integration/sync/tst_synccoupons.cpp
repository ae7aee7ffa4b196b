// Coupons end to end: the client's CouponWriter and sync engine against the real
// guidedesk-server over TLS on loopback, with the real keychain. A segment issue whose push
// reply is lost and retried issues each coupon exactly once; over quota comes back as a
// rejected issue with its reason; an issue made offline waits as pending and is issued when
// the network returns; a redemption at the till reaches the device.
#include "coupons/coupontemplatemodel.h"
#include "coupons/couponwriter.h"
#include "coupons/customercouponmodel.h"
#include "faultproxy.h"
#include "serverprocess.h"
#include "syncclient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestSyncCoupons : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::ServerProcess> m_server;
    int m_devices = 0;

    testsupport::ClientOptions device(const QString &user, const testsupport::ServerProcess &server,
                                      const QUrl &via = {})
    {
        return { via.isEmpty() ? server.baseUrl() : via,
                 server.caCertificatePath(),
                 user,
                 m_dir.filePath(u"%1-coupons%2.db"_s.arg(user).arg(++m_devices)),
                 5000,
                 false };
    }
    std::unique_ptr<testsupport::SyncTestClient> synced(const testsupport::ClientOptions &options,
                                                        const testsupport::ServerProcess &server)
    {
        auto client = std::make_unique<testsupport::SyncTestClient>(options);
        QString error;
        if (!client->signIn(server.password(), &error) || !client->syncUntilIdle(60000, &error))
            qWarning() << "first sync failed:" << error;
        return client;
    }
    static std::unique_ptr<coupons::CouponWriter> writerFor(testsupport::SyncTestClient &client)
    {
        return std::make_unique<coupons::CouponWriter>(
            client.db(), client.outbox(),
            customers::Actor { client.user().guideId, client.user().storeId });
    }
    static QStringList ownCustomers(testsupport::SyncTestClient &client, int n)
    {
        auto q = client.db().prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND"
                                     " deleted = 0 ORDER BY id LIMIT ?"_s);
        q->bindAll(client.user().guideId, n);
        QStringList ids;
        while (q->step())
            ids << q->text(0);
        return ids;
    }
    static QString couponNamed(testsupport::SyncTestClient &client, const QString &start)
    {
        auto q = client.db().prepare(
            u"SELECT id FROM coupons WHERE store_id = ? AND name LIKE ? || '%'"_s);
        q->bindAll(client.user().storeId, start);
        return q->step() ? q->text(0) : QString();
    }
    static QString localStatus(testsupport::SyncTestClient &client, const QString &issueId)
    {
        auto q = client.db().prepare(
            u"SELECT status || ':' || reject_reason FROM coupon_issues WHERE id = ?"_s);
        q->bind(1, issueId);
        return q->step() ? q->text(0) : QString();
    }
    static qint64 serverCount(const testsupport::ServerProcess &server, const QString &sql)
    {
        auto db = store::Database::openUnencrypted(server.databasePath(),
                                                   store::Database::OpenMode::OpenExisting);
        return db->scalar(sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server
            = std::make_unique<testsupport::ServerProcess>(testsupport::ServerProcess::Options {
                300, 0, 3600, { u"--coupon-redeem-fraction"_s, u"0"_s } });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void templatesArriveWithTheFirstSync()
    {
        auto client = synced(device(u"G1002"_s, *m_server), *m_server);
        coupons::CouponTemplateModel templates(client->db());
        templates.setStoreId(client->user().storeId);
        templates.reload();
        QCOMPARE(templates.rowCount(), 7);
        QCOMPARE(client->db().scalar(u"SELECT count(DISTINCT store_id) FROM coupons"_s), 1);
    }

    void aSegmentIssueWhoseReplyIsLostIssuesEachCouponOnce()
    {
        testsupport::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_server->baseUrl().port()));
        QVERIFY(proxy.listen());
        QUrl viaProxy = m_server->baseUrl();
        viaProxy.setPort(proxy.port());
        auto client = synced(device(u"G1004"_s, *m_server, viaProxy), *m_server);
        client->stopEngine(); // the next engine opens a new connection: the faulty one
        const QString couponId = couponNamed(*client, u"新会员"_s);
        const qint64 before = serverCount(
            *m_server, u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId));
        const QStringList segment = ownCustomers(*client, 12);
        QCOMPARE(segment.size(), 12);
        const QStringList ids = writerFor(*client)->issueToCustomers(couponId, segment);
        QCOMPARE(client->outbox().pendingCount(), 12);
        proxy.setFaultOnce(testsupport::FaultProxy::Fault::DropResponses);
        QString error;
        QVERIFY2(client->syncUntilIdle(60000, &error), qPrintable(error));
        QVERIFY(proxy.connectionCount() >= 2); // the dropped one and the retry
        for (const QString &id : ids) {
            QCOMPARE(serverCount(*m_server,
                                 u"SELECT count(*) FROM coupon_issues WHERE id = '%1'"_s.arg(id)),
                     1);
            QCOMPARE(localStatus(*client, id), u"issued:"_s);
        }
        QCOMPARE(serverCount(*m_server,
                             u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId)),
                 before + 12);
        QCOMPARE(client->outbox().pendingCount(), 0);
        QCOMPARE(client->outbox().rejectedCount(), 0);
        // The device knows the quota the server counted.
        QCOMPARE(client->db().scalar(
                     u"SELECT issued_count FROM coupons WHERE id = '%1'"_s.arg(couponId)),
                 before + 12);
    }

    void overQuotaShowsAsRejectedOnTheDevice()
    {
        auto client = synced(device(u"G1003"_s, *m_server), *m_server);
        const QString couponId = couponNamed(*client, u"双十二"_s); // 3 left
        const QStringList five = ownCustomers(*client, 5);
        const QStringList ids = writerFor(*client)->issueToCustomers(couponId, five);
        QVERIFY(client->syncUntilIdle(60000));
        QStringList statuses;
        for (const QString &id : ids)
            statuses << localStatus(*client, id);
        QCOMPARE(statuses.count(u"issued:"_s), 3);
        QCOMPARE(statuses.count(u"rejected:quota_exhausted"_s), 2);
        // What the profile shows for a customer whose issue came back rejected.
        const qsizetype rejected = statuses.indexOf(u"rejected:quota_exhausted"_s);
        coupons::CustomerCouponModel card(client->db(), five.at(rejected));
        QCOMPARE(card.statusOf(ids.at(rejected)), u"rejected"_s);
        coupons::CouponTemplateModel templates(client->db());
        templates.setStoreId(client->user().storeId);
        templates.reload();
        const int row = templates.indexOf(couponId);
        QCOMPARE(templates.data(templates.index(row), coupons::CouponTemplateModel::RemainingRole)
                     .toInt(),
                 0);
        QCOMPARE(client->outbox().rejectedCount(), 0); // a rejected row, not a rejected mutation
    }

    void anIssueMadeOfflineIsPendingThenIssued()
    {
        auto client = synced(device(u"G1002"_s, *m_server), *m_server);
        const QString customer = ownCustomers(*client, 1).first();
        m_server->stop();
        sync::SyncEngine &engine = client->startEngine();
        const QString id
            = writerFor(*client)->issue(couponNamed(*client, u"满500减50"_s), customer);
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().state == sync::SyncState::Offline, 20000);
        QCOMPARE(localStatus(*client, id), u"pending:"_s);
        coupons::CustomerCouponModel card(client->db(), customer);
        QCOMPARE(card.statusOf(id), u"pending"_s);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(client->syncUntilIdle(120000, &error), qPrintable(error));
        QCOMPARE(localStatus(*client, id), u"issued:"_s);
        card.reload();
        QCOMPARE(card.statusOf(id), u"issued"_s);
    }

    void aRedemptionReachesTheDevice()
    {
        testsupport::ServerProcess till(
            { 100,
              0,
              3600,
              { u"--coupon-redeem-fraction"_s, u"1"_s, u"--coupon-redeem-after"_s, u"1"_s } });
        QString error;
        QVERIFY2(till.start(&error), qPrintable(error));
        auto client = synced(device(u"G1002"_s, till), till);
        const QString id = writerFor(*client)->issue(couponNamed(*client, u"生日券"_s),
                                                     ownCustomers(*client, 1).first());
        QVERIFY(client->syncUntilIdle(60000));
        QTRY_COMPARE_WITH_TIMEOUT(
            serverCount(till,
                        u"SELECT count(*) FROM coupon_issues WHERE id = '%1' AND status ="
                        " 'redeemed'"_s.arg(id)),
            1, 20000);
        QVERIFY(client->syncUntilIdle(60000));
        QCOMPARE(localStatus(*client, id), u"redeemed:"_s);
        QVERIFY(!client->db().scalar(
            u"SELECT redeemed_at IS NULL FROM coupon_issues WHERE id = '%1'"_s.arg(id)));
    }
};

QTEST_GUILESS_MAIN(TestSyncCoupons)
#include "tst_synccoupons.moc"
