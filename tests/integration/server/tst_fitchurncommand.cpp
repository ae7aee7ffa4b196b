// `guidedesk-server fit-churn` on the CDNOW files: the JSON carries the published
// parameters and log-likelihood; bad input is a sentence on stderr and exit code 2.
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run fitChurn(const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(GUIDEDESK_SERVER_BINARY),
                  QStringList { u"fit-churn"_s } + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString cdnow(const QString &name)
{
    return QDir(QString::fromUtf8(GUIDEDESK_CDNOW_DIR)).filePath(name);
}

bool within(const QJsonObject &json, const QString &key, double expected, double tolerance)
{
    const double value = json.value(key).toDouble(std::nan(""));
    if (std::abs(value - expected) <= tolerance)
        return true;
    qWarning("%s = %.6f, expected %.6f ± %g", qPrintable(key), value, expected, tolerance);
    return false;
}

} // namespace

class TestFitChurnCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsTheCdnowFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<double>("logLikelihood");
        QTest::newRow("summary") << QStringList { u"--summary"_s,
                                                  cdnow(u"cdnow_customers_summary.csv"_s) }
                                 << -9582.43;
        QTest::newRow("elog") << QStringList { u"--elog"_s, cdnow(u"cdnowElog.csv"_s),
                                               u"--calibration-end"_s, u"1997-09-30"_s }
                              << -9582.43;
    }

    void fitsTheCdnowFiles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(double, logLikelihood);
        if (!QFileInfo::exists(arguments.at(1)))
            QSKIP(qPrintable(u"CDNOW data not found at %1 (shared/data/cdnow beside the clone, "
                             u"or -DGUIDEDESK_CDNOW_DIR)"_s.arg(arguments.at(1))));
        const Run run = fitChurn(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
        QVERIFY(within(json, u"r"_s, 0.2426, 0.001));
        QVERIFY(within(json, u"alpha"_s, 4.4135, 0.001));
        QVERIFY(within(json, u"a"_s, 0.7929, 0.001));
        QVERIFY(within(json, u"b"_s, 2.4258, 0.001));
        QVERIFY(within(json, u"logLikelihood"_s, logLikelihood, 0.01));
        QCOMPARE(json.value(u"customers"_s).toInt(), 2357);
        QCOMPARE(json.value(u"repeatCustomers"_s).toInt(), 946);
        QCOMPARE(json.value(u"unit"_s).toString(), u"weeks"_s);
        QCOMPARE(json.value(u"fallback"_s).toString(), u"none"_s);
        if (arguments.first() == u"--elog"_s) {
            const QJsonObject spend = json.value(u"gammaGamma"_s).toObject();
            QVERIFY(within(spend, u"p"_s, 6.25, 0.005));
            QVERIFY(within(spend, u"q"_s, 3.74, 0.005));
            QVERIFY(within(spend, u"v"_s, 15.44, 0.005));
        }
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTemporaryDir dir; // removed at once: the paths below do not exist
        QTest::newRow("nothing") << QStringList {} << u"either --summary"_s;
        QTest::newRow("both") << QStringList { u"--summary"_s, u"a.csv"_s, u"--elog"_s, u"b.csv"_s }
                              << u"either --summary"_s;
        QTest::newRow("missing file")
            << QStringList { u"--summary"_s, dir.filePath(u"none.csv"_s) } << u"cannot read"_s;
        QTest::newRow("no calibration end")
            << QStringList { u"--elog"_s, cdnow(u"cdnowElog.csv"_s) } << u"--calibration-end"_s;
        QTest::newRow("bad date") << QStringList { u"--elog"_s, cdnow(u"cdnowElog.csv"_s),
                                                   u"--calibration-end"_s, u"30.9.1997"_s }
                                  << u"--calibration-end"_s;
        QTest::newRow("bad unit") << QStringList { u"--elog"_s,
                                                   cdnow(u"cdnowElog.csv"_s),
                                                   u"--calibration-end"_s,
                                                   u"1997-09-30"_s,
                                                   u"--unit"_s,
                                                   u"months"_s }
                                  << u"days or weeks"_s;
        QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s } << u"frobnicate"_s;
    }

    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = fitChurn(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
    }

    void badFileContentExitsWithTwo()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(u"junk.csv"_s, "ID,frequency,recency,T\n1,2,40,30\n");
        write(u"elog.csv"_s, "masterid,sampleid,date,cds,sales\n1,1,1997XX01,1,3\n");
        write(u"late.csv"_s, "masterid,sampleid,date,cds,sales\n1,1,19990101,1,3\n");
        Run run = fitChurn({ u"--summary"_s, dir.filePath(u"junk.csv"_s) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("line 2") && run.err.contains("later than T"), run.err);
        run = fitChurn(
            { u"--elog"_s, dir.filePath(u"elog.csv"_s), u"--calibration-end"_s, u"1997-09-30"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("YYYYMMDD"), run.err);
        run = fitChurn(
            { u"--elog"_s, dir.filePath(u"late.csv"_s), u"--calibration-end"_s, u"1997-09-30"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no customer bought"), run.err);
    }
};

QTEST_GUILESS_MAIN(TestFitChurnCommand)
#include "tst_fitchurncommand.moc"
