// Junk from the server: malformed, truncated, oversized and error replies to push and pull
// leave the client's store, outbox and cookie exactly as they were, report an error state
// with a reason, and never crash. The server side is a scripted fake (FakeApiServer); the
// real server's handling of junk *to* it is tested in tests/integration/server.
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "fakeapiserver.h"
#include "fakekeystore.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "store/database.h"
#include "store/storeopener.h"
#include "sync/pullapplier.h"
#include "sync/session.h"
#include "sync/syncengine.h"
#include "tls/certificategenerator.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {
const QString storeId = u"10000000-0000-4000-8000-000000000001"_s;
const QString guideId = u"10000000-0000-4000-8000-000000000002"_s;
const QString customerId = u"10000000-0000-4000-8000-000000000003"_s;
const QString pushPath = u"/api/v1/sync/push"_s;
const QString pullPath = u"/api/v1/sync/pull"_s;

QByteArray validPull(const QString &cookie)
{
    return u"{\"cookie\":\"%1\",\"clear\":false,\"more\":false,\"remaining\":0,"
           "\"last_mutation_id\":0,\"tables\":[{\"name\":\"customers\",\"columns\":[\"id\","
           "\"version\",\"store_id\",\"owner_guide_id\",\"name\"],\"rows\":[[\"%2\",7,\"%3\","
           "\"%4\",\"张三\"]]}]}"_s.arg(cookie, customerId, storeId, guideId)
               .toUtf8();
}
} // namespace

class TestSyncJunk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::FakeApiServer> m_server;
    QList<QSslCertificate> m_ca;
    test::FakeKeyStore m_keys;
    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    QString m_dbPath;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<outbox::Outbox> m_outbox;
    int m_round = 0;

    QUrl serverUrl() const { return QUrl(u"https://localhost:%1"_s.arg(m_server->serverPort())); }

    // Runs one engine cycle; returns whether it succeeded.
    bool runCycle()
    {
        sync::SyncConfig config;
        config.server = serverUrl();
        config.caCertificates = m_ca;
        config.databasePath = m_dbPath;
        config.databaseKey = *m_keys.read(store::keyAccountFor(m_dbPath));
        config.username = u"G1002"_s;
        config.liveEvents = false;
        sync::SyncEngine engine(config, m_keys, m_pinyin, m_variants);
        QSignalSpy finished(&engine, &sync::SyncEngine::cycleFinished);
        engine.start();
        if (!finished.wait(20000))
            return false;
        const bool ok = finished.first().first().toBool();
        if (!ok) {
            // A failed cycle says why, in a state the UI can show.
            const sync::SyncSnapshot &s = engine.snapshot();
            if (s.state != sync::SyncState::Error && s.state != sync::SyncState::Offline)
                qWarning() << "unexpected state" << int(s.state);
            if (s.reasonCode.isEmpty() || s.detail.isEmpty())
                qWarning() << "a failure without a reason";
        }
        engine.stop();
        return ok;
    }
    QString cookie()
    {
        auto q = m_db->prepare(u"SELECT value FROM sync_state WHERE key = 'pull_cookie'"_s);
        return q->step() ? q->text(0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto files = tls::ensureCertificates(m_dir.filePath(u"tls"_s));
        QFile cert(files.serverCertificate), key(files.serverKey), ca(files.caCertificate);
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)
                && ca.open(QIODevice::ReadOnly));
        m_ca = QSslCertificate::fromData(ca.readAll());
        m_server = std::make_unique<testsupport::FakeApiServer>(QSslCertificate(cert.readAll()),
                                                                QSslKey(key.readAll(), QSsl::Ec));
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
    }

    void init()
    {
        m_dbPath = m_dir.filePath(u"client-%1.db"_s.arg(++m_round));
        m_db = store::openLocalStore({ m_dbPath, {}, true }, m_keys);
        m_db->exec(u"INSERT INTO stores (id, name, version) VALUES ('%1', 'S', 1);"
                   "INSERT INTO guides (id, store_id, name, version) VALUES ('%2', '%1', 'G', 1);"
                   "INSERT INTO customers (id, store_id, owner_guide_id, name, version) VALUES"
                   " ('%3', '%1', '%2', '张三', 1);"
                   "INSERT INTO sync_state (key, value) VALUES ('pull_cookie', 'before');"_s.arg(
                       storeId, guideId, customerId));
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
        // A signed-in session, as the keychain would hold it.
        const QJsonObject session { { u"access"_s, u"access-token"_s },
                                    { u"access_expires_at"_s,
                                      QDateTime::currentDateTimeUtc().addDays(1).toString(
                                          Qt::ISODateWithMs) },
                                    { u"refresh"_s, u"refresh-token"_s },
                                    { u"user"_s,
                                      QJsonObject { { u"guide_id"_s, guideId },
                                                    { u"store_id"_s, storeId },
                                                    { u"role"_s, u"guide"_s },
                                                    { u"name"_s, u"王丽"_s } } } };
        m_keys.write(sync::Session::keychainAccount(serverUrl(), u"G1002"_s),
                     QJsonDocument(session).toJson());
        m_server->answer(pushPath, { 200, R"({"last_mutation_id":0,"results":[]})"_ba });
        m_server->answer(pullPath, { 200, validPull(u"after"_s) });
    }

    void theFakeCanSucceed()
    {
        QVERIFY(runCycle());
        QCOMPARE(cookie(), u"after"_s);
        QCOMPARE(m_db->scalar(u"SELECT version FROM customers"_s), 7);
    }

    void junkPullRepliesChangeNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("declared");
        QTest::newRow("not json") << 200 << "<html>proxy login</html>"_ba << qint64(-1);
        QTest::newRow("array") << 200 << "[]"_ba << qint64(-1);
        QTest::newRow("no cookie") << 200 << R"({"tables":[]})"_ba << qint64(-1);
        QTest::newRow("short row")
            << 200
            << R"({"cookie":"x","tables":[{"name":"customers","columns":["id","name"],"rows":[["a"]]}]})"_ba
            << qint64(-1);
        QTest::newRow("schema refuses")
            << 200
            << R"({"cookie":"x","tables":[{"name":"customers","columns":["id","store_id","name","gender"],"rows":[["b","s","n","X"]]}]})"_ba
            << qint64(-1);
        QTest::newRow("truncated")
            << 200 << validPull(u"after"_s).left(60) << qint64(validPull(u"after"_s).size());
        QTest::newRow("empty body") << 200 << QByteArray() << qint64(-1);
        QTest::newRow("server error") << 500 << "oops"_ba << qint64(-1);
        QTest::newRow("huge") << 200 << QByteArray(70 * 1024 * 1024, ' ') << qint64(-1);
    }
    void junkPullRepliesChangeNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(qint64, declared);
        m_server->answer(pullPath, { status, body, declared });
        QVERIFY(!runCycle());
        QCOMPARE(cookie(), u"before"_s);
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM customers"_s), 1);
        QCOMPARE(m_db->scalar(u"SELECT version FROM customers"_s), 1);
        QCOMPARE(m_db->integrityCheck(), u"ok"_s);
    }

    void junkPushRepliesKeepTheOutbox_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("declared");
        QTest::newRow("not json") << 200 << "garbage"_ba << qint64(-1);
        QTest::newRow("no last id") << 200 << R"({"results":[]})"_ba << qint64(-1);
        QTest::newRow("truncated") << 200 << R"({"last_mutation_id":)"_ba << qint64(200);
        QTest::newRow("bad request")
            << 400 << R"({"error":{"code":"bad_request"}})"_ba << qint64(-1);
        QTest::newRow("unavailable") << 503 << "busy"_ba << qint64(-1);
    }
    void junkPushRepliesKeepTheOutbox()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(qint64, declared);
        customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        customers::CustomerWriter writer(*m_db, *m_outbox, index, { guideId, storeId });
        writer.addNote(customerId, u"visit"_s, u"试穿了大衣"_s);
        m_server->answer(pushPath, { status, body, declared });
        QVERIFY(!runCycle());
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM notes"_s), 1);
        QCOMPARE(cookie(), u"before"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncJunk)
#include "tst_syncjunk.moc"
