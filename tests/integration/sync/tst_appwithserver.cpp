// The real app against the real server: signs in with a password file, syncs on its own
// thread, loads every page (--self-test fails on any QML warning) and quits cleanly. The
// sync thread once crashed the app at start (a timer left on the GUI thread; QtKeychain
// used from the sync thread); this is the end-to-end guard.
#include "serverprocess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppWithServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfTestPassesWhileSyncing()
    {
        gd::testsupport::ServerProcess server({ 300, 60, 3600, {} });
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir dir;
        QFile password(dir.filePath(u"password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(server.password().toUtf8());
        password.close();

        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(GUIDEDESK_APP_BINARY),
                  { u"--server"_s, server.baseUrl().toString(), u"--ca-cert"_s,
                    server.caCertificatePath(), u"--user"_s, u"G1002"_s, u"--password-file"_s,
                    password.fileName(), u"--database"_s, dir.filePath(u"app.db"_s),
                    u"--self-test"_s });
        QVERIFY(app.waitForFinished(120000));
        const QByteArray output = app.readAll();
        QVERIFY2(app.exitStatus() == QProcess::NormalExit, output.constData());
        QVERIFY2(app.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("0 warning(s)"), output.constData());
    }

    void aWrongPasswordIsASentenceNotACrash()
    {
        gd::testsupport::ServerProcess server({ 100, 0, 3600, {} });
        QVERIFY(server.start());
        QTemporaryDir dir;
        QFile password(dir.filePath(u"password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("not the password");
        password.close();
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(GUIDEDESK_APP_BINARY),
                  { u"--server"_s, server.baseUrl().toString(), u"--ca-cert"_s,
                    server.caCertificatePath(), u"--user"_s, u"G1002"_s, u"--password-file"_s,
                    password.fileName(), u"--database"_s, dir.filePath(u"app.db"_s),
                    u"--self-test"_s, u"--lang"_s, u"en"_s });
        QVERIFY(app.waitForFinished(60000));
        const QByteArray output = app.readAll();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
        QVERIFY2(output.contains("The user name or password is wrong."), output.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"app.db"_s))); // nothing made before sign-in
    }
};

QTEST_GUILESS_MAIN(TestAppWithServer)
#include "tst_appwithserver.moc"
