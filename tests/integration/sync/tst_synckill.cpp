// kill -9 of a client at random moments, during push and during the initial sync: after a
// restart the outbox is intact, the initial sync resumes, the final state equals the
// server's, nothing arrived twice, and SQLite's integrity check passes. The client is
// guidedesk-syncdriver, a real process; the server is the real guidedesk-server.
// GUIDEDESK_KILL_ITERATIONS sets the iterations of each test (CI: 25 + 25; the soak script
// runs more).
#include "serverprocess.h"
#include "store/database.h"
#include "syncdigest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestSyncKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::ServerProcess> m_server;
    QRandomGenerator m_random { 20261122 };
    int m_iterations = 25;

    QStringList baseArguments(const QString &user, const QString &db, int pageRows) const
    {
        // Small pages and frequent first-sync commits: a small store still makes many of
        // both, so kills land between commits.
        return { u"--server"_s,   m_server->baseUrl().toString(),
                 u"--ca"_s,       m_server->caCertificatePath(),
                 u"--user"_s,     user,
                 u"--db"_s,       db,
                 u"--page"_s,     QString::number(pageRows),
                 u"--batch-ms"_s, u"40"_s };
    }
    // Runs the driver to completion; returns its JSON line.
    QJsonObject run(const QStringList &arguments)
    {
        QProcess driver;
        driver.start(QStringLiteral(GUIDEDESK_SYNCDRIVER), arguments);
        if (!driver.waitForFinished(180000))
            return { { u"ok"_s, false }, { u"error"_s, u"driver hung"_s } };
        const QByteArray out = driver.readAllStandardOutput().trimmed();
        QJsonObject result = QJsonDocument::fromJson(out.split('\n').last()).object();
        if (result.isEmpty())
            result = { { u"ok"_s, false },
                       { u"error"_s, QString::fromUtf8(out + driver.readAllStandardError()) } };
        return result;
    }
    // Starts the driver and kills it (SIGKILL) after `ms`, unless it finished before.
    bool runAndKill(const QStringList &arguments, int ms)
    {
        QProcess driver;
        driver.start(QStringLiteral(GUIDEDESK_SYNCDRIVER), arguments);
        if (!driver.waitForStarted())
            return false;
        if (driver.waitForFinished(ms))
            return false; // finished on its own
        driver.kill();
        driver.waitForFinished();
        return true;
    }
    testsupport::SyncDigest serverDigest(const QString &guideId, const QString &storeId = {})
    {
        auto db = store::Database::openUnencrypted(m_server->databasePath(),
                                                   store::Database::OpenMode::OpenExisting);
        return testsupport::digestFor(*db, guideId, storeId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("GUIDEDESK_KILL_ITERATIONS", &ok);
        if (ok && fromEnvironment > 0)
            m_iterations = fromEnvironment;
        m_server = std::make_unique<testsupport::ServerProcess>(
            testsupport::ServerProcess::Options { 600, 0, 3600, {} });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QFile password(m_dir.filePath(u"password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(m_server->password().toUtf8());
    }

    void killDuringPush()
    {
        const QString db = m_dir.filePath(u"push.db"_s);
        const QStringList base = baseArguments(u"G1002"_s, db, 5000);
        QJsonObject signIn = run(base + QStringList { u"signin"_s, m_dir.filePath(u"password"_s) });
        QVERIFY2(signIn.value(u"ok"_s).toBool(), qPrintable(signIn.value(u"error"_s).toString()));
        const QString guide = signIn.value(u"guide_id"_s).toString();
        QVERIFY(run(base + QStringList { u"sync"_s }).value(u"ok"_s).toBool());
        // How long an uninterrupted run takes, so that kills land all over it.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(base + QStringList { u"write-and-sync"_s, u"200"_s }).value(u"ok"_s).toBool());
        const int fullMs = std::max(100, int(timer.elapsed()));
        int kills = 0;
        for (int i = 0; i < m_iterations; ++i) {
            if (runAndKill(base + QStringList { u"write-and-sync"_s, u"200"_s },
                           m_random.bounded(20, fullMs)))
                ++kills;
            const QJsonObject state = run(base + QStringList { u"digest"_s });
            QCOMPARE(state.value(u"integrity"_s).toString(), u"ok"_s);
        }
        qInfo("killed %d of %d runs mid-way", kills, m_iterations);
        QVERIFY(kills > m_iterations / 3);
        const QJsonObject finalSync = run(base + QStringList { u"sync"_s });
        QVERIFY2(finalSync.value(u"ok"_s).toBool(),
                 qPrintable(finalSync.value(u"error"_s).toString()));
        const QJsonObject local = run(base + QStringList { u"digest"_s });
        QCOMPARE(local.value(u"pending"_s).toInt(), 0);
        QCOMPARE(local.value(u"integrity"_s).toString(), u"ok"_s);
        // Every note the device holds is on the server once, and nothing else.
        QCOMPARE(local.value(u"describe"_s).toString(), serverDigest(guide).describe());
    }

    void killDuringInitialSync()
    {
        // A manager's first sync of the whole store, in small pages so there are many.
        const QString user = u"G1001"_s;
        const QString first = m_dir.filePath(u"initial-probe.db"_s);
        QJsonObject signIn = run(baseArguments(user, first, 50)
                                 + QStringList { u"signin"_s, m_dir.filePath(u"password"_s) });
        QVERIFY2(signIn.value(u"ok"_s).toBool(), qPrintable(signIn.value(u"error"_s).toString()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(baseArguments(user, first, 50) + QStringList { u"sync"_s })
                    .value(u"ok"_s)
                    .toBool());
        const int fullMs = int(timer.elapsed());
        const QString expected = run(baseArguments(user, first, 50) + QStringList { u"digest"_s })
                                     .value(u"describe"_s)
                                     .toString();
        const QJsonObject full = run(baseArguments(user, first, 50) + QStringList { u"digest"_s });
        QCOMPARE(expected, serverDigest({}, signIn.value(u"store_id"_s).toString()).describe());
        int kills = 0;
        int resumedFromCookie = 0;
        for (int i = 0; i < m_iterations; ++i) {
            const QString db = m_dir.filePath(u"initial-%1.db"_s.arg(i));
            const QStringList base = baseArguments(user, db, 50);
            // Two kills at random points, then a run to the end.
            for (int k = 0; k < 2; ++k) {
                if (runAndKill(base + QStringList { u"sync"_s },
                               m_random.bounded(20, std::max(40, fullMs))))
                    ++kills;
            }
            // Killed part-way with pages committed: the next run continues from the cookie.
            const QJsonObject partial = run(base + QStringList { u"digest"_s });
            if (partial.value(u"has_cookie"_s).toBool()
                && partial.value(u"rows"_s).toInt() < full.value(u"rows"_s).toInt())
                ++resumedFromCookie;
            const QJsonObject result = run(base + QStringList { u"sync"_s });
            QVERIFY2(result.value(u"ok"_s).toBool(),
                     qPrintable(result.value(u"error"_s).toString()));
            const QJsonObject digest = run(base + QStringList { u"digest"_s });
            QCOMPARE(digest.value(u"integrity"_s).toString(), u"ok"_s);
            QCOMPARE(digest.value(u"describe"_s).toString(), expected);
        }
        qInfo("initial sync (%d ms in full) killed %d times; %d resumed from a saved cookie",
              fullMs, kills, resumedFromCookie);
        QVERIFY(kills > 0);
        QVERIFY(resumedFromCookie > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
