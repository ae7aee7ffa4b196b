// The reference server alone, over real TLS on loopback: authentication and expiring
// tokens, paged pulls, the mall endpoint and live events, the churn models, and junk of every
// kind answered with a JSON error while the server stays up (pushes: tst_serverpush).
#include "serverapiclient.h"
#include "serverprocess.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using testsupport::ApiReply;

class TestServerApi : public QObject
{
    Q_OBJECT

    testsupport::ServerProcess m_server { testsupport::ServerProcess::Options {
        300, 0, 3600, {} } };
    testsupport::ServerApiClient m_api { m_server };

    ApiReply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return m_api.post(path, body, token);
    }
    QJsonObject login(const QString &user) { return m_api.login(user); }
    QString tokenOf(const QString &user) { return m_api.tokenOf(user); }
    std::unique_ptr<store::Database> serverDb() { return m_server.openDatabase(); }
    QString customerOf(const QString &guideId) { return m_server.firstCustomerOf(guideId); }
    void serverIsAlive()
    {
        QCOMPARE(m_api.get(u"/api/v1/health"_s).json.value(u"status"_s).toString(), u"ok"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void healthNeedsNoToken() { serverIsAlive(); }

    void login()
    {
        const QJsonObject ok = login(u"G1002"_s);
        QVERIFY(!ok.value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(ok.value(u"user"_s).toObject().value(u"role"_s).toString(), u"guide"_s);
        const ApiReply wrong
            = post(u"/api/v1/auth/login"_s,
                   { { u"username"_s, u"G1002"_s }, { u"password"_s, u"nope"_s } });
        const ApiReply unknown
            = post(u"/api/v1/auth/login"_s,
                   { { u"username"_s, u"G9999"_s }, { u"password"_s, u"nope"_s } });
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), u"bad_credentials"_s);
        QCOMPARE(unknown.raw, wrong.raw); // the same answer: no user enumeration
        QCOMPARE(post(u"/api/v1/auth/login"_s, { { u"username"_s, 5 } }).status, 400);
    }

    void tokensExpireRotateAndRevoke()
    {
        testsupport::ServerProcess shortLived({ 100, 0, 1, {} });
        QVERIFY(shortLived.start());
        testsupport::ServerApiClient api(shortLived);
        const auto call = [&](const QString &path, const QJsonObject &body, const QString &token) {
            return api.post(path, body, token);
        };
        const QJsonObject session = api.login(u"G1002"_s);
        const QString access = session.value(u"access_token"_s).toString();
        const QString refresh = session.value(u"refresh_token"_s).toString();
        const QJsonObject pullBody { { u"client_id"_s, u"c-expiry"_s },
                                     { u"cookie"_s, QJsonValue() } };
        QCOMPARE(call(u"/api/v1/sync/pull"_s, pullBody, access).status, 200);
        QTest::qWait(2100);
        const ApiReply expired = call(u"/api/v1/sync/pull"_s, pullBody, access);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), u"token_expired"_s);
        const ApiReply renewed
            = call(u"/api/v1/auth/refresh"_s, { { u"refresh_token"_s, refresh } }, {});
        QCOMPARE(renewed.status, 200);
        const QString access2 = renewed.json.value(u"access_token"_s).toString();
        QCOMPARE(call(u"/api/v1/sync/pull"_s, pullBody, access2).status, 200);
        // Logout ends the whole session: the access token and the new refresh token.
        QCOMPARE(call(u"/api/v1/auth/logout"_s, {}, access2).status, 204);
        QCOMPARE(call(u"/api/v1/sync/pull"_s, pullBody, access2).status, 401);
        const ApiReply afterLogout = call(
            u"/api/v1/auth/refresh"_s,
            { { u"refresh_token"_s, renewed.json.value(u"refresh_token"_s).toString() } }, {});
        QCOMPARE(afterLogout.status, 401);
        QCOMPARE(afterLogout.errorCode(), u"refresh_invalid"_s);
    }

    void pullPagesEveryVisibleRowOnce()
    {
        const QString token = tokenOf(u"G1001"_s); // manager: the whole store
        QHash<QString, int> seen;
        qint64 lastRemaining = -1;
        const QList<ApiReply> pages = m_api.pullPages(token, u"paging"_s, 97);
        for (const ApiReply &page : pages) {
            QCOMPARE(page.status, 200);
            for (const QJsonValue &t : page.json.value(u"tables"_s).toArray()) {
                const QJsonObject table = t.toObject();
                for (const QJsonValue &row : table.value(u"rows"_s).toArray())
                    seen[table.value(u"name"_s).toString() + u'/' + row.toArray().at(0).toString()]
                        += 1;
            }
            const qint64 remaining = qint64(page.json.value(u"remaining"_s).toDouble());
            if (lastRemaining >= 0)
                QVERIFY(remaining < lastRemaining || remaining == 0);
            lastRemaining = remaining;
        }
        QVERIFY(pages.size() > 3);
        const QString cookie = pages.last().json.value(u"cookie"_s).toString();
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        auto db = serverDb();
        QCOMPARE(qint64(seen.size()),
                 db->scalar(u"SELECT count(*) FROM changes c WHERE"
                            " c.store_id IS NULL OR c.store_id = (SELECT"
                            " store_id FROM guides WHERE employee_no ="
                            " 'G1001')"_s));
        // Nothing new: an empty last page.
        const ApiReply tail
            = post(u"/api/v1/sync/pull"_s,
                   { { u"client_id"_s, u"paging"_s }, { u"cookie"_s, cookie } }, token);
        QCOMPARE(tail.json.value(u"tables"_s).toArray().size(), 0);
        QCOMPARE(tail.json.value(u"more"_s).toBool(), false);
        // A cookie of another server: start again, cleared.
        const QString foreign
            = QString::fromLatin1("another-server:5:-1"_ba.toBase64(QByteArray::Base64UrlEncoding));
        const ApiReply cleared
            = post(u"/api/v1/sync/pull"_s,
                   { { u"client_id"_s, u"paging"_s }, { u"cookie"_s, foreign } }, token);
        QCOMPARE(cleared.json.value(u"clear"_s).toBool(), true);
        QCOMPARE(post(u"/api/v1/sync/pull"_s,
                      { { u"client_id"_s, u"paging"_s }, { u"cookie"_s, u"%%%"_s } }, token)
                     .status,
                 400);
    }

    void junkGetsJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << "POST"_ba << u"/api/v1/sync/pull"_s << "{{{"_ba << true << 400
                                  << u"bad_json"_s;
        QTest::newRow("array") << "POST"_ba << u"/api/v1/sync/push"_s << "[1]"_ba << true << 400
                               << u"bad_json"_s;
        QTest::newRow("limit type") << "POST"_ba << u"/api/v1/sync/pull"_s
                                    << R"({"limit":"lots"})"_ba << true << 400 << u"bad_request"_s;
        QTest::newRow("limit range") << "POST"_ba << u"/api/v1/sync/pull"_s
                                     << R"({"limit":99999})"_ba << true << 400 << u"bad_request"_s;
        QTest::newRow("mutations type")
            << "POST"_ba << u"/api/v1/sync/push"_s << R"({"client_id":"x","mutations":{}})"_ba
            << true << 400 << u"bad_request"_s;
        QTest::newRow("ids backwards")
            << "POST"_ba << u"/api/v1/sync/push"_s
            << R"({"client_id":"x","mutations":[{"id":2,"name":"a","args":{}},{"id":1,"name":"a","args":{}}]})"_ba
            << true << 400 << u"bad_request"_s;
        QTest::newRow("schema") << "POST"_ba << u"/api/v1/sync/pull"_s
                                << R"({"schema_version":99})"_ba << true << 409
                                << u"schema_unsupported"_s;
        QTest::newRow("no token") << "POST"_ba << u"/api/v1/sync/pull"_s << "{}"_ba << false << 401
                                  << u"unauthorized"_s;
        QTest::newRow("too big") << "POST"_ba << u"/api/v1/sync/push"_s
                                 << QByteArray(2 * 1024 * 1024, ' ') << true << 413
                                 << u"payload_too_large"_s;
        QTest::newRow("unknown path")
            << "GET"_ba << u"/api/v1/nothing"_s << QByteArray() << false << 404 << u"not_found"_s;
        QTest::newRow("wrong method") << "GET"_ba << u"/api/v1/sync/push"_s << QByteArray() << false
                                      << 405 << u"method_not_allowed"_s;
    }
    void junkGetsJsonErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, authenticated);
        QFETCH(int, status);
        QFETCH(QString, code);
        const ApiReply reply
            = m_api.send(method, path, body, authenticated ? tokenOf(u"G1002"_s) : QString());
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        serverIsAlive();
    }

    void truncatedRequestDoesNotHurt()
    {
        QSslSocket socket;
        socket.setSslConfiguration(m_api.tls());
        socket.connectToHostEncrypted(u"localhost"_s, quint16(m_server.baseUrl().port()));
        QVERIFY(socket.waitForEncrypted(5000));
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                     "application/json\r\nContent-Length: 500\r\n\r\n{\"username\":");
        socket.flush();
        QTest::qWait(200);
        socket.abort();
        serverIsAlive();
    }

    void mallOrdersAndLiveEvents()
    {
        const QJsonObject a = login(u"G1002"_s);
        const QString token = a.value(u"access_token"_s).toString();
        const QString guide = a.value(u"user"_s).toObject().value(u"guide_id"_s).toString();
        // A listens.
        QNetworkRequest request = m_api.request(u"/api/v1/events"_s, token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
        request.setRawHeader("Accept", "text/event-stream");
        QNetworkReply *stream = m_api.network().get(request);
        QByteArray received;
        connect(stream, &QNetworkReply::readyRead, this, [&] { received += stream->readAll(); });
        QTRY_VERIFY(received.contains("retry:"));

        const auto order = [&](const QString &no, const QString &status, const QString &key) {
            const QJsonObject body { { u"order_no"_s, no },
                                     { u"customer_id"_s, customerOf(guide) },
                                     { u"status"_s, status },
                                     { u"amount_cents"_s, 1000 },
                                     { u"items"_s, QJsonArray {} } };
            return post(u"/api/v1/mall/orders"_s, body, key).status;
        };
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(order(u"MP-T-1"_s, u"paid"_s, m_server.mallKey()), 201);
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("MP-T-1"), 1000);
        qInfo("order → event in %lld ms", timer.elapsed());
        QCOMPARE(order(u"MP-T-1"_s, u"paid"_s, m_server.mallKey()), 200); // idempotent
        QCOMPARE(order(u"MP-T-1"_s, u"ready_for_pickup"_s, m_server.mallKey()), 200);
        QTRY_VERIFY(received.contains("ready_for_pickup"));
        QCOMPARE(received.count("MP-T-1"), 2);
        QCOMPARE(order(u"MP-T-2"_s, u"paid"_s, u"wrong key"_s), 401);
        stream->abort();
        stream->deleteLater();

        // B does not hear A's orders; A, reconnecting with Last-Event-ID, gets only what followed.
        const QByteArray firstId = received.mid(received.indexOf("id: ") + 4).split('\n').first();
        request.setRawHeader("Last-Event-ID", firstId);
        QNetworkReply *resumed = m_api.network().get(request);
        QByteArray replay;
        connect(resumed, &QNetworkReply::readyRead, this, [&] { replay += resumed->readAll(); });
        QNetworkRequest forB = request;
        forB.setRawHeader("Authorization", "Bearer " + tokenOf(u"G1003"_s).toUtf8());
        forB.setRawHeader("Last-Event-ID", "0");
        QNetworkReply *streamB = m_api.network().get(forB);
        QByteArray receivedB;
        connect(streamB, &QNetworkReply::readyRead, this, [&] { receivedB += streamB->readAll(); });
        QTRY_VERIFY(replay.contains("ready_for_pickup"));
        QTest::qWait(300);
        QCOMPARE(replay.count("MP-T-1"), 1);
        QVERIFY(receivedB.contains("retry:"));
        QVERIFY(!receivedB.contains("MP-T-1"));
        resumed->abort();
        streamB->abort();
    }

    void churnModelsAreFittedAndPulled()
    {
        // Fitted at start-up: one row per store with customers (300 demo customers are too
        // few for a stable fit, so the rows say so and the clients use the fallback).
        {
            auto db = serverDb();
            QCOMPARE(db->scalar(u"SELECT count(*) FROM churn_models"_s),
                     db->scalar(u"SELECT count(DISTINCT store_id) FROM customers"_s));
            QCOMPARE(db->scalar(u"SELECT count(*) FROM churn_models WHERE fallback ="
                                " 'few_repeat_buyers' AND customers > 0"_s),
                     db->scalar(u"SELECT count(*) FROM churn_models"_s));
            QCOMPARE(
                db->scalar(u"SELECT count(*) FROM changes WHERE table_name = 'churn_models'"_s),
                db->scalar(u"SELECT count(*) FROM churn_models"_s));
        }
        const QJsonObject manager = login(u"G1001"_s);
        const QString managerToken = manager.value(u"access_token"_s).toString();
        const QString storeId = manager.value(u"user"_s).toObject().value(u"store_id"_s).toString();
        QVERIFY(!storeId.isEmpty());
        qint64 before = 0;
        {
            auto db = serverDb();
            before = db->scalar(u"SELECT max(seq) FROM changes"_s);
        }
        const ApiReply fitted = post(u"/api/v1/churn/fit"_s, {}, managerToken);
        QCOMPARE(fitted.status, 200);
        QCOMPARE(fitted.json.value(u"store_id"_s).toString(), storeId);
        QCOMPARE(fitted.json.value(u"fallback"_s).toString(), u"few_repeat_buyers"_s);
        QVERIFY(fitted.json.value(u"customers"_s).toInt() > 0);
        {
            // The refit is a new change of the store's row, so pulls carry it again.
            auto db = serverDb();
            QVERIFY(db->scalar(u"SELECT seq FROM changes WHERE table_name = 'churn_models'"
                               " AND row_id = 'churn-%1'"_s.arg(storeId))
                    > before);
        }
        // Managers only; a token is needed; POST only.
        QCOMPARE(post(u"/api/v1/churn/fit"_s, {}, tokenOf(u"G1002"_s)).errorCode(), u"forbidden"_s);
        QCOMPARE(post(u"/api/v1/churn/fit"_s, {}).status, 401);
        QCOMPARE(m_api.get(u"/api/v1/churn/fit"_s, managerToken).status, 405);

        // A guide's pull brings their store's model and not the other store's.
        const QJsonObject guide = login(u"G1002"_s);
        const QString guideToken = guide.value(u"access_token"_s).toString();
        const QString guideStore
            = guide.value(u"user"_s).toObject().value(u"store_id"_s).toString();
        QStringList modelIds;
        for (const ApiReply &page : m_api.pullPages(guideToken, u"churn"_s, 5000)) {
            QCOMPARE(page.status, 200);
            for (const QJsonValue &t : page.json.value(u"tables"_s).toArray()) {
                const QJsonObject table = t.toObject();
                if (table.value(u"name"_s).toString() != u"churn_models"_s)
                    continue;
                const qsizetype idColumn
                    = table.value(u"columns"_s).toArray().toVariantList().indexOf(u"id"_s);
                for (const QJsonValue &row : table.value(u"rows"_s).toArray())
                    modelIds << row.toArray().at(idColumn).toString();
            }
        }
        QCOMPARE(modelIds, QStringList { u"churn-"_s + guideStore });
        serverIsAlive();
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
