// The engine on its own thread, as the app runs it: its timers and sockets must live on that
// thread (a timer left on the GUI thread crashed the app), and its state reaches the GUI's
// SyncStatus. Nothing listens on the server port here, so the engine goes offline and
// schedules a retry — which is what starts its timers.
#include "fakekeystore.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "store/database.h"
#include "store/storeopener.h"
#include "sync/session.h"
#include "sync/syncservice.h"
#include "sync/syncstatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestSyncService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnItsThreadAndReportsOffline()
    {
        QTest::failOnWarning(QRegularExpression(u"thread"_s));
        QTemporaryDir dir;
        test::FakeKeyStore keys;
        const QString path = dir.filePath(u"device.db"_s);
        {
            auto db = store::openLocalStore({ path, {}, true }, keys);
        }
        // A port nobody listens on: take one and give it back.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl server(u"https://localhost:%1"_s.arg(probe.serverPort()));
        probe.close();
        const QJsonObject session {
            { u"access"_s, u"a"_s },
            { u"access_expires_at"_s,
              QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs) },
            { u"refresh"_s, u"r"_s },
            { u"user"_s, QJsonObject { { u"guide_id"_s, u"g"_s }, { u"role"_s, u"guide"_s } } }
        };
        keys.write(sync::Session::keychainAccount(server, u"G1002"_s),
                   QJsonDocument(session).toJson());

        search::PinyinConverter pinyin;
        search::ChineseVariants variants;
        sync::SyncStatus status(true, u"G1002"_s);
        sync::SyncConfig config;
        config.server = server;
        config.databasePath = path;
        config.databaseKey = *keys.read(store::keyAccountFor(path));
        config.username = u"G1002"_s;
        config.liveEvents = false;
        {
            sync::SyncService service(config, keys, pinyin, variants, status);
            QSignalSpy user(&service, &sync::SyncService::userChanged);
            service.start();
            QTRY_COMPARE_WITH_TIMEOUT(status.reasonCode(), u"network"_s, 10000);
            QCOMPARE(status.state(), sync::SyncStatus::State::Offline);
            QVERIFY(status.nextAttemptAt().isValid());
            QCOMPARE(user.count(), 1);
            service.syncNow(); // a request from the GUI thread, queued to the engine
            QTest::qWait(200);
        } // joins the thread cleanly
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
