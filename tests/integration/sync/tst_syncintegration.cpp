// The client sync engine against the real guidedesk-server over real TLS on loopback, with
// the real keychain: sign-in, the initial sync, offline work, a lost push reply, token expiry,
// two devices editing one customer, rejected mutations and a wrong certificate.
#include "faultproxy.h"
#include "serverprocess.h"
#include "syncclient.h"
#include "syncdigest.h"
#include "tls/certificategenerator.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestSyncIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::ServerProcess> m_server;
    int m_devices = 0;

    testsupport::ClientOptions device(const QString &user, const QUrl &server = {})
    {
        return { server.isEmpty() ? m_server->baseUrl() : server,
                 m_server->caCertificatePath(),
                 user,
                 m_dir.filePath(u"%1-device%2.db"_s.arg(user).arg(++m_devices)),
                 5000,
                 false };
    }
    std::unique_ptr<testsupport::SyncTestClient> signedIn(const testsupport::ClientOptions &options)
    {
        auto client = std::make_unique<testsupport::SyncTestClient>(options);
        QString error;
        if (!client->signIn(m_server->password(), &error))
            qWarning() << "sign-in failed:" << error;
        return client;
    }
    testsupport::SyncDigest serverDigest(const QString &guideId, const QString &storeId = {})
    {
        auto db = store::Database::openUnencrypted(m_server->databasePath(),
                                                   store::Database::OpenMode::OpenExisting);
        return testsupport::digestFor(*db, guideId, storeId);
    }
    qint64 serverCount(const QString &sql)
    {
        auto db = store::Database::openUnencrypted(m_server->databasePath(),
                                                   store::Database::OpenMode::OpenExisting);
        return db->scalar(sql);
    }
    static QString firstOwnCustomer(testsupport::SyncTestClient &client)
    {
        auto q = client.db().prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND"
                                     " deleted = 0 ORDER BY id LIMIT 1"_s);
        q->bind(1, client.user().guideId);
        return q->step() ? q->text(0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testsupport::ServerProcess>(
            testsupport::ServerProcess::Options { 300, 0, 3600, {} });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void initialSyncBringsExactlyTheGuidesRows()
    {
        auto client = signedIn(device(u"G1002"_s));
        QString error;
        QVERIFY2(client->syncUntilIdle(60000, &error), qPrintable(error));
        const auto mine = testsupport::digestFor(client->db(), client->user().guideId);
        QVERIFY(mine.customers > 0);
        QVERIFY(mine.purchases > 0);
        QCOMPARE(mine.describe(), serverDigest(client->user().guideId).describe());
        // Nobody else's customers reached this device.
        auto others
            = client->db().prepare(u"SELECT count(*) FROM customers WHERE owner_guide_id <> ?"_s);
        others->bind(1, client->user().guideId);
        QVERIFY(others->step());
        QCOMPARE(others->int64(0), 0);
        QCOMPARE(client->db().integrityCheck(), u"ok"_s);
    }

    void managerSeesTheStore()
    {
        auto client = signedIn(device(u"G1001"_s));
        QVERIFY(client->syncUntilIdle(60000));
        QVERIFY(client->user().isManager());
        QVERIFY(client->db().scalar(u"SELECT count(DISTINCT owner_guide_id) FROM customers"_s) > 1);
        const QString store = client->user().storeId;
        QCOMPARE(testsupport::digestFor(client->db(), {}, store).describe(),
                 serverDigest({}, store).describe());
        // …and only the store.
        QCOMPARE(client->db().scalar(u"SELECT count(DISTINCT store_id) FROM customers"_s), 1);
    }

    void wrongPasswordIsRefused()
    {
        testsupport::SyncTestClient client(device(u"G1002"_s));
        QString error;
        QVERIFY(!client.signIn(u"not the password"_s, &error));
        QVERIFY2(error.contains(u"bad_credentials"_s), qPrintable(error));
    }

    void wrongCertificateIsRefused()
    {
        // A CA of its own, unrelated to the server's: the handshake must fail.
        const auto other = tls::ensureCertificates(m_dir.filePath(u"other-ca"_s));
        auto options = device(u"G1002"_s);
        options.caCertificatePath = other.caCertificate;
        testsupport::SyncTestClient client(options);
        QString error;
        QVERIFY(!client.signIn(m_server->password(), &error));
        QVERIFY2(error.startsWith(u"TLS"_s), qPrintable(error));
    }

    void offlineEditsArriveExactlyOnce()
    {
        auto client = signedIn(device(u"G1003"_s));
        QVERIFY(client->syncUntilIdle(60000));
        const QString customer = firstOwnCustomer(*client);
        QVERIFY(!customer.isEmpty());
        m_server->stop();
        sync::SyncEngine &engine = client->startEngine();
        QStringList notes;
        for (int i = 0; i < 20; ++i)
            notes << client->writer().addNote(customer, u"call"_s, u"离线记录 %1"_s.arg(i));
        client->writer().updateCustomer(customer, { { u"remark"_s, u"断网时改的备注"_s } });
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().state == sync::SyncState::Offline, 20000);
        QCOMPARE(engine.snapshot().reasonCode, u"network"_s);
        QCOMPARE(client->outbox().pendingCount(), 21);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(client->syncUntilIdle(120000, &error), qPrintable(error));
        for (const QString &note : std::as_const(notes))
            QCOMPARE(serverCount(u"SELECT count(*) FROM notes WHERE id = '%1'"_s.arg(note)), 1);
        QCOMPARE(serverCount(u"SELECT count(*) FROM notes WHERE body LIKE '离线记录 %%'"_s), 20);
        QCOMPARE(testsupport::digestFor(client->db(), client->user().guideId).describe(),
                 serverDigest(client->user().guideId).describe());
    }

    void lostPushReplyAppliesOnce()
    {
        testsupport::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_server->baseUrl().port()));
        QVERIFY(proxy.listen());
        QUrl viaProxy = m_server->baseUrl();
        viaProxy.setPort(proxy.port());
        auto client = signedIn(device(u"G1004"_s, viaProxy));
        QVERIFY(client->syncUntilIdle(60000));
        client->stopEngine(); // the next engine opens a new connection: the faulty one
        const QString customer = firstOwnCustomer(*client);
        QStringList notes;
        for (int i = 0; i < 5; ++i)
            notes << client->writer().addNote(customer, u"wechat"_s, u"回复丢失 %1"_s.arg(i));
        proxy.setFaultOnce(testsupport::FaultProxy::Fault::DropResponses);
        QString error;
        QVERIFY2(client->syncUntilIdle(60000, &error), qPrintable(error));
        QVERIFY(proxy.connectionCount() >= 2); // the dropped one and the retry
        for (const QString &note : std::as_const(notes))
            QCOMPARE(serverCount(u"SELECT count(*) FROM notes WHERE id = '%1'"_s.arg(note)), 1);
        QCOMPARE(client->outbox().pendingCount(), 0);
        QCOMPARE(client->outbox().rejectedCount(), 0);
    }

    void aMutationOnSomeoneElsesCustomerIsRejected()
    {
        auto client = signedIn(device(u"G1002"_s));
        QVERIFY(client->syncUntilIdle(60000));
        // A tampered device: a customer of another guide appears in its store.
        auto other = store::Database::openUnencrypted(m_server->databasePath(),
                                                      store::Database::OpenMode::OpenExisting);
        // A colleague's customer in the same store.
        auto q = other->prepare(u"SELECT id, store_id, owner_guide_id FROM customers WHERE"
                                " owner_guide_id <> ? AND store_id = ? LIMIT 1"_s);
        q->bindAll(client->user().guideId, client->user().storeId);
        QVERIFY(q->step());
        const QString foreign = q->text(0);
        auto insert = client->db().prepare(u"INSERT INTO customers (id, store_id, owner_guide_id,"
                                           " name, version) VALUES (?, ?, ?, '别人的客户', 1)"_s);
        insert->bindAll(foreign, q->text(1), q->text(2));
        insert->run();
        const QString note = client->writer().addNote(foreign, u"visit"_s, u"不该到达"_s);
        const QString mine
            = client->writer().addNote(firstOwnCustomer(*client), u"visit"_s, u"该到达"_s);
        QVERIFY(client->syncUntilIdle(60000));
        QCOMPARE(client->outbox().rejectedCount(), 1);
        QVERIFY(client->outbox().rejected().first().error.startsWith(u"forbidden"_s));
        QCOMPARE(serverCount(u"SELECT count(*) FROM notes WHERE id = '%1'"_s.arg(note)), 0);
        // The rejection did not block the queue.
        QCOMPARE(serverCount(u"SELECT count(*) FROM notes WHERE id = '%1'"_s.arg(mine)), 1);
        // The withdrawn note is gone from the device too.
        QCOMPARE(client->db().scalar(
                     u"SELECT count(*) FROM notes WHERE deleted = 0 AND id = '%1'"_s.arg(note)),
                 0);
    }

    void twoDevicesConverge()
    {
        auto a = signedIn(device(u"G1003"_s));
        auto b = signedIn(device(u"G1003"_s));
        QVERIFY(a->syncUntilIdle(60000));
        QVERIFY(b->syncUntilIdle(60000));
        const QString customer = firstOwnCustomer(*a);
        QStringList tags;
        auto q = a->db().prepare(u"SELECT id FROM tags WHERE group_id IS NOT NULL LIMIT 4"_s);
        while (q->step())
            tags << q->text(0);
        QCOMPARE(tags.size(), 4);
        QRandomGenerator random(20261122);
        for (int round = 0; round < 6; ++round) {
            for (testsupport::SyncTestClient *device : { a.get(), b.get() }) {
                for (int op = 0; op < 4; ++op) {
                    switch (random.bounded(4)) {
                    case 0:
                        device->writer().updateCustomer(
                            customer, { { u"remark"_s, u"备注 %1"_s.arg(random.bounded(1000)) } });
                        break;
                    case 1:
                        device->writer().addTag(customer, tags.at(random.bounded(4)));
                        break;
                    case 2:
                        device->writer().removeTag(customer, tags.at(random.bounded(4)));
                        break;
                    default:
                        device->writer().addNote(customer, u"other"_s, u"并发 %1"_s.arg(round));
                    }
                }
            }
            // Interleave: sometimes both sync, sometimes only one.
            if (random.bounded(2) == 0)
                QVERIFY(a->syncUntilIdle(60000));
            if (random.bounded(2) == 0)
                QVERIFY(b->syncUntilIdle(60000));
        }
        for (int pass = 0; pass < 2; ++pass) {
            QVERIFY(a->syncUntilIdle(60000));
            QVERIFY(b->syncUntilIdle(60000));
        }
        const QString guide = a->user().guideId;
        const auto onServer = serverDigest(guide);
        QCOMPARE(testsupport::digestFor(a->db(), guide).describe(), onServer.describe());
        QCOMPARE(testsupport::digestFor(b->db(), guide).describe(), onServer.describe());
    }

    void expiredTokensAreRefreshed()
    {
        testsupport::ServerProcess shortLived({ 100, 0, 2, {} });
        QString error;
        QVERIFY2(shortLived.start(&error), qPrintable(error));
        testsupport::SyncTestClient client({ shortLived.baseUrl(), shortLived.caCertificatePath(),
                                             u"G1002"_s, m_dir.filePath(u"short.db"_s), 5000,
                                             false });
        QVERIFY(client.signIn(shortLived.password(), &error));
        QVERIFY(client.syncUntilIdle(60000, &error));
        QTest::qWait(3000); // the access token is now expired
        client.writer().addNote(firstOwnCustomer(client), u"visit"_s, u"令牌过期之后"_s);
        QVERIFY2(client.syncUntilIdle(60000, &error), qPrintable(error));
        QCOMPARE(client.outbox().pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
