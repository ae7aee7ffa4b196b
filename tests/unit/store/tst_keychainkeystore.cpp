// The database key in the real OS keychain (Secret Service through QtKeychain). ctest runs
// this inside scripts/with-keyring.sh --private: a throwaway D-Bus session and keyring.
#include "store/database.h"
#include "store/keychainkeystore.h"
#include "store/sqlerror.h"
#include "store/storeopener.h"
#include "store/threadsafekeystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace gd::store;

class TestKeychainKeyStore : public QObject
{
    Q_OBJECT

private:
    // A service name of its own so that the test never touches a real user's entries.
    KeychainKeyStore m_keys { u"GuideDesk-test-"_s
                              + QUuid::createUuid().toString(QUuid::WithoutBraces) };

private Q_SLOTS:
    void roundTripsBinarySecrets()
    {
        const QString account = u"roundtrip"_s;
        QVERIFY(!m_keys.read(account).has_value());
        const QByteArray secret = generateDatabaseKey();
        m_keys.write(account, secret);
        QCOMPARE(m_keys.read(account).value(), secret);
        m_keys.remove(account);
        QVERIFY(!m_keys.read(account).has_value());
        m_keys.remove(account); // removing twice is not an error
    }

    void storeOpensWithTheKeychainKeyAndRefusesWithoutIt()
    {
        QTemporaryDir dir;
        const StoreOptions options { dir.filePath(u"kc.db"_s), dir.filePath(u"bk"_s), true };
        {
            auto db = openLocalStore(options, m_keys);
            db->exec(u"INSERT INTO stores (id, name) VALUES ('s1', '南京西路店')"_s);
        }
        QVERIFY(m_keys.read(keyAccountFor(options.path)).has_value());
        {
            auto db = openLocalStore(options, m_keys);
            QCOMPARE(db->scalar(u"SELECT count(*) FROM stores"_s), 1);
        }
        m_keys.remove(keyAccountFor(options.path));
        QVERIFY_THROWS_EXCEPTION(OpenError, (void)openLocalStore(options, m_keys));
    }

    // The sync engine's thread uses the keychain through ThreadSafeKeyStore: QtKeychain's
    // job executor lives on this thread, and jobs started elsewhere crashed the app.
    void otherThreadsGoThroughTheOwnersThread()
    {
        ThreadSafeKeyStore shared(m_keys);
        const QString account = u"thread-hop"_s;
        std::optional<QByteArray> readBack;
        QThread worker;
        QObject *context = new QObject;
        context->moveToThread(&worker);
        worker.start();
        bool done = false;
        QMetaObject::invokeMethod(context, [&] {
            shared.write(account, "from the sync thread"_ba);
            readBack = shared.read(account);
            shared.remove(account);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        worker.quit();
        worker.wait();
        delete context;
        QCOMPARE(readBack.value_or(QByteArray()), "from the sync thread"_ba);
        QVERIFY(!m_keys.read(account).has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychainKeyStore)
#include "tst_keychainkeystore.moc"
