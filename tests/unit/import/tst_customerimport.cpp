// The CSV import end to end: UTF-8 and GBK files, broken bytes, duplicates, emoji, a 50 MB
// file, all-or-nothing on a failing row or a failing write, cancel, and the job that runs
// it off the GUI thread on its own connection.
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "demo/demogenerator.h"
#include "import/customerimport.h"
#include "import/importjob.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::import;

namespace {

QByteArray toGb18030(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    QByteArray bytes(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter, bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()),
                                           int32_t(text.size()), &status);
    ucnv_close(converter);
    Q_ASSERT(U_SUCCESS(status));
    bytes.truncate(length);
    return bytes;
}

const QByteArray key(32, 'i');

} // namespace

class TestCustomerImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<customers::CustomerSearchIndex> m_index;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<customers::CustomerWriter> m_writer;
    customers::Actor m_actor;
    qint64 m_before = 0;
    qint64 m_lastDemoRow = 0;
    int m_files = 0;

    qint64 count(const QString &sql) { return m_db->scalar(sql); }
    QString dbPath() const { return m_dir.filePath(u"store.db"_s); }

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"file%1.csv"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }
    void verifyNothingWritten()
    {
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), m_before);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(count(u"SELECT max(rowid) FROM customers"_s), m_lastDemoRow);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_writer.reset();
        m_outbox.reset();
        m_index.reset();
        m_db.reset();
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(dbPath() + suffix);
        m_db = store::Database::open(dbPath(), key, store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_index = std::make_unique<customers::CustomerSearchIndex>(*m_db, m_pinyin, m_variants);
        seed::seedDemoData(*m_db, *m_index, demo::DemoGenerator(7, 100, QDate(2026, 11, 22)));
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
        auto guide
            = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide' LIMIT 1"_s);
        QVERIFY(guide->step());
        m_actor = { guide->text(0), guide->text(1) };
        m_writer = std::make_unique<customers::CustomerWriter>(*m_db, *m_outbox, *m_index, m_actor);
        m_before = count(u"SELECT count(*) FROM customers"_s);
        m_lastDemoRow = count(u"SELECT max(rowid) FROM customers"_s);
    }

    void utf8FileIsAnalysedThenImported()
    {
        const QString path
            = write("\xEF\xBB\xBF姓名,手机号,性别,生日,会员等级,备注,积分\r\n"
                    "王芳,13812345678,女,1990-03-05,金卡,\"喜欢\n大衣, 38码\",100\r\n"
                    "🌸 Lily 🎉,+852 9123 4567,female,农历2020年闰4月8日,,,\r\n"
                    "李 四,(010) 6234-5678,男,12月31日,白金,,\r\n"
                    "赵六,,,,,,\r\n"
                    ",,,,,,\r\n"_ba);
        CustomerImport import(*m_db);
        const ImportReport analysis = import.analyse(path, {});
        QCOMPARE(analysis.fileProblem, FileProblem::None);
        QCOMPARE(analysis.encoding, TextEncoding::Utf8);
        QCOMPARE(analysis.headers.first(), u"姓名"_s);
        QCOMPARE(analysis.mapping.last(), ImportField::Ignore);
        for (const RowProblem &p : analysis.problems)
            qWarning() << p.line << p.column << importProblemKey(p.problem) << p.value;
        QCOMPARE(analysis.rows, 4);
        QCOMPARE(analysis.readyRows, 4);
        QCOMPARE(analysis.invalidRows, 0);
        QCOMPARE(analysis.preview.size(), 4);
        QCOMPARE(analysis.preview.at(0).at(5), u"喜欢\n大衣, 38码"_s);
        verifyNothingWritten();

        const ImportReport result = import.run(path, {}, *m_writer);
        QVERIFY(result.committed);
        QCOMPARE(result.imported, 4);
        QCOMPARE(
            count(u"SELECT count(*) FROM customers WHERE source = 'import' AND rowid > %1"_s.arg(
                m_lastDemoRow)),
            4);
        auto q = m_db->prepare(
            u"SELECT phone_masked, phone_last4, gender, birthday_month, birthday_day,"
            " member_level, remark, owner_guide_id FROM customers WHERE name = ?"_s);
        q->bind(1, u"王芳"_s);
        QVERIFY(q->step());
        QCOMPARE(q->text(0), u"138****5678"_s);
        QCOMPARE(q->text(1), u"5678"_s);
        QCOMPARE(q->text(2), u"F"_s);
        QCOMPARE(q->int64(3), 3);
        QCOMPARE(q->int64(4), 5);
        QCOMPARE(q->text(5), u"gold"_s);
        QCOMPARE(q->text(6), u"喜欢\n大衣, 38码"_s);
        QCOMPARE(q->text(7), m_actor.guideId);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE name = '🌸 Lily 🎉' AND"
                       " birthday_calendar = 'lunar' AND birthday_leap = 1"_s),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE name = '李四' AND"
                       " phone_masked = '010****5678'"_s),
                 1);
        // Each imported customer is an outbox customer_create carrying its full phone.
        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 4);
        QCOMPARE(pending.first().name, u"customer_create"_s);
        QCOMPARE(pending.first().args.value(u"phone"_s).toString(), u"13812345678"_s);
        QCOMPARE(pending.first().args.value(u"source"_s).toString(), u"import"_s);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE instr(phone_masked,"
                       " '13812345678') > 0"_s),
                 0);
    }

    void gbkFileIsDetectedAndDecoded()
    {
        const QString path = write(toGb18030(
            u"姓名,电话,性别\r\n张三,13900001111,男\r\n欧阳娜娜,13900002222,女\r\n𠀀,,\r\n"_s));
        CustomerImport import(*m_db);
        const ImportReport result = import.run(path, {}, *m_writer);
        QCOMPARE(result.encoding, TextEncoding::Gb18030);
        QVERIFY(result.committed);
        QCOMPARE(result.imported, 3);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE name IN ('张三', '欧阳娜娜',"
                       " '𠀀') AND source = 'import' AND rowid > %1"_s.arg(m_lastDemoRow)),
                 3);
    }

    void gbkWithBrokenBytesIsRefusedRowByRow()
    {
        QByteArray bytes = toGb18030(u"姓名,电话\r\n张三,13900001111\r\n"_s);
        bytes += "\xD5\xC5\xFF,13900002222\r\n"_ba; // 张 then a byte no GBK has
        bytes += toGb18030(u"李四,13900003333\r\n"_s);
        bytes += "\xC0\r\n"_ba; // a lead byte alone
        const QString path = write(bytes);
        CustomerImport import(*m_db);
        ImportReport result = import.run(path, {}, *m_writer);
        QCOMPARE(result.encoding, TextEncoding::Gb18030);
        QVERIFY(!result.committed);
        QCOMPARE(result.invalidRows, 2);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 3);
        QCOMPARE(result.problems.at(0).column, 0);
        QCOMPARE(result.problems.at(0).problem, ImportProblem::BadBytes);
        QCOMPARE(result.problems.at(1).line, 5);
        verifyNothingWritten();

        ImportOptions skip;
        skip.skipInvalidRows = true;
        result = import.run(path, skip, *m_writer);
        QVERIFY(result.committed);
        QCOMPARE(result.imported, 2);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE rowid > %1"_s.arg(m_lastDemoRow)), 2);
    }

    void oneBadRowImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("problem");
        QTest::newRow("phone") << "孙七,1234,女,"_ba << int(ImportProblem::PhoneInvalid);
        QTest::newRow("gender") << "孙七,,X,"_ba << int(ImportProblem::GenderUnknown);
        QTest::newRow("birthday") << "孙七,,,1990-02-30"_ba << int(ImportProblem::BirthdayInvalid);
        QTest::newRow("no name") << "  ,13800001111,,"_ba << int(ImportProblem::NameMissing);
        QTest::newRow("long name")
            << QByteArray(101, 'x') + ",,,"_ba << int(ImportProblem::NameTooLong);
        QTest::newRow("control") << "孙\x01七,,,"_ba << int(ImportProblem::ControlCharacters);
        QTest::newRow("quote") << "\"孙七\"x,,,"_ba << int(ImportProblem::TextAfterQuote);
        QTest::newRow("unclosed") << "\"孙七,,,"_ba << int(ImportProblem::UnclosedQuote);
    }
    void oneBadRowImportsNothing()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, problem);
        const QString path = write("name,phone,gender,birthday\n"
                                   "A,13800000001,,\nB,13800000002,,\n"_ba
                                   + row + "\nC,13800000003,,\n"_ba);
        CustomerImport import(*m_db);
        const ImportReport result = import.run(path, {}, *m_writer);
        QVERIFY(!result.committed);
        QCOMPARE(result.invalidRows, 1);
        QCOMPARE(result.problems.first().line, 4);
        QCOMPARE(int(result.problems.first().problem), problem);
        verifyNothingWritten();
    }

    void aFailingWriteRollsEverythingBack()
    {
        // The store refuses the third row (as a full disk would): the first two go too.
        m_db->exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON customers WHEN NEW.name = 'C'"
                   " BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s);
        const QString path = write("name\nA\nB\nC\nD\n"_ba);
        CustomerImport import(*m_db);
        const ImportReport result = import.run(path, {}, *m_writer);
        QCOMPARE(result.fileProblem, FileProblem::WriteFailed);
        QVERIFY(result.detail.contains(u"disk full"_s));
        QVERIFY(!result.committed);
        QVERIFY(!m_db->inTransaction());
        verifyNothingWritten();
    }

    void duplicatesAreSkippedAndReported()
    {
        m_writer->createNewCustomer({ { { u"name"_s, u"周八"_s },
                                        { u"phone_masked"_s, u"138****8888"_s },
                                        { u"phone_last4"_s, u"8888"_s } },
                                      u"13800008888"_s,
                                      {} });
        m_before = count(u"SELECT count(*) FROM customers"_s);
        m_lastDemoRow = count(u"SELECT max(rowid) FROM customers"_s);
        const auto afterCreate = m_outbox->pending(100).size();
        const QString path = write("姓名,手机\n"
                                   "吴九,13900009999\n"
                                   "周八,138 0000 8888\n" // in the store already
                                   "吴 九,１３９００００９９９９\n" // row 2 again
                                   "郑十,\n郑十,\n"_ba);
        CustomerImport import(*m_db);
        const ImportReport result = import.run(path, {}, *m_writer);
        QVERIFY(result.committed);
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.skippedDuplicates, 3);
        QCOMPARE(result.problems.size(), 3);
        QCOMPARE(result.problems.at(0).problem, ImportProblem::DuplicateInStore);
        QCOMPARE(result.problems.at(0).line, 3);
        QCOMPARE(result.problems.at(1).problem, ImportProblem::DuplicateInFile);
        QCOMPARE(result.problems.at(1).value, u"2"_s);
        QCOMPARE(result.problems.at(2).line, 6);
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), m_before + 2);
        QCOMPARE(m_outbox->pending(100).size(), afterCreate + 2);
    }

    void fileProblems()
    {
        CustomerImport import(*m_db);
        QCOMPARE(import.analyse(m_dir.filePath(u"missing.csv"_s), {}).fileProblem,
                 FileProblem::CannotOpen);
        QCOMPARE(import.analyse(write(QByteArray()), {}).fileProblem, FileProblem::Empty);
        QCOMPARE(import.analyse(write("积分,等级\n1,2\n"_ba), {}).fileProblem,
                 FileProblem::NoNameColumn);
        // A binary file: no usable header, nothing written.
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk += char((i * 7919) % 256);
        QVERIFY(!import.run(write(junk), {}, *m_writer).committed);
        verifyNothingWritten();
    }

    void theUserCanChangeTheMapping()
    {
        const QString path = write("客户名,号码\n钱一,13800000011\n"_ba);
        CustomerImport import(*m_db);
        QCOMPARE(import.analyse(path, {}).fileProblem, FileProblem::NoNameColumn);
        ImportOptions options;
        options.mapping = QList<ImportField> { ImportField::Name, ImportField::Phone };
        const ImportReport result = import.run(path, options, *m_writer);
        QVERIFY(result.committed);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE name = '钱一' AND"
                       " phone_last4 = '0011'"_s),
                 1);
    }

    void cancelWritesNothing()
    {
        QByteArray bytes = "name\n"_ba;
        for (int i = 0; i < 10000; ++i)
            bytes += "客户" + QByteArray::number(i) + '\n';
        const QString path = write(bytes);
        CustomerImport import(*m_db);
        int calls = 0;
        const ImportReport result
            = import.run(path, {}, *m_writer, [&](qint64, qint64) { return ++calls < 3; });
        QCOMPARE(result.fileProblem, FileProblem::Cancelled);
        QVERIFY(!result.committed);
        verifyNothingWritten();
    }

    void fiftyMegabytes()
    {
        // ~50 MB in ~86k rows (a long remark each, as old systems export them), with a
        // duplicate and a broken row at the end: the reader never holds the file whole.
        const QString path = m_dir.filePath(u"big.csv"_s);
        const QByteArray remark = QByteArray("偏好羊毛大衣, 尺码M, \"\"老客户\"\", ").repeated(12);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("姓名,手机号,性别,生日,会员等级,备注\n");
            QByteArray chunk;
            for (int i = 0; file.size() + chunk.size() < 50'000'000; ++i) {
                chunk += "客户" + QByteArray::number(i) + ",13" + QByteArray::number(100000000 + i)
                    + ",女,1990-01-" + QByteArray::number(1 + i % 28) + ",金卡,\"" + remark
                    + QByteArray::number(i) + "\"\n";
                if (chunk.size() > 1'000'000) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
            file.write(chunk);
            file.write("客户0,13100000000,女,,,\n");
            file.write("坏行,12,女,,,\n");
        }
        QVERIFY(QFileInfo(path).size() > 50'000'000);
        CustomerImport import(*m_db);
        QElapsedTimer timer;
        timer.start();
        ImportOptions options;
        options.keptProblems = 10;
        // analyse() is the whole read-decode-check pass; writing 500k customers is the
        // benchmark's business (bench_import), not a unit test's.
        const ImportReport result = import.analyse(path, options);
        qInfo("50 MB, %lld rows: read, decoded and checked in %lld ms", result.rows,
              timer.elapsed());
        QVERIFY(result.rows > 80'000);
        QCOMPARE(result.invalidRows, 1);
        QCOMPARE(result.skippedDuplicates, 1);
        QCOMPARE(result.readyRows, result.rows - 2);
        QCOMPARE(result.problems.size(), 2);
        QVERIFY(!result.committed);
        verifyNothingWritten();
    }

    void jobRunsOffTheGuiThreadOnItsOwnConnection()
    {
        QByteArray bytes = "name,phone\n"_ba;
        for (int i = 0; i < 3000; ++i)
            bytes += "后台" + QByteArray::number(i) + ",139" + QByteArray::number(10000000 + i)
                + '\n';
        const QString path = write(bytes);
        ImportJob job(
            [this] {
                return store::Database::open(dbPath(), key,
                                             store::Database::OpenMode::OpenExisting);
            },
            m_pinyin, m_variants);
        QSignalSpy analysed(&job, &ImportJob::analysed);
        QSignalSpy imported(&job, &ImportJob::imported);
        QSignalSpy progress(&job, &ImportJob::progress);
        QVERIFY(job.analyse(path, {}));
        QVERIFY(!job.run(path, {}, m_actor)); // one job at a time
        QVERIFY(analysed.wait(20000));
        QCOMPARE(analysed.first().first().value<ImportReport>().readyRows, 3000);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!job.isBusy());

        QVERIFY(job.run(path, {}, m_actor));
        QVERIFY(imported.wait(60000));
        const auto report = imported.first().first().value<ImportReport>();
        QVERIFY(report.committed);
        QCOMPARE(report.imported, 3000);
        // This (GUI) connection sees what the job's connection committed.
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE rowid > %1"_s.arg(m_lastDemoRow)),
                 3000);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE name = 'customer_create'"_s), 3000);
        QVERIFY(count(u"SELECT count(*) FROM customer_search WHERE customer_search MATCH"
                      " 'initials:ht*'"_s)
                > 0);
    }

    void jobCancelRollsBack()
    {
        QByteArray bytes = "name\n"_ba;
        for (int i = 0; i < 50000; ++i)
            bytes += "取消" + QByteArray::number(i) + '\n';
        const QString path = write(bytes);
        ImportJob job(
            [this] {
                return store::Database::open(dbPath(), key,
                                             store::Database::OpenMode::OpenExisting);
            },
            m_pinyin, m_variants);
        QSignalSpy imported(&job, &ImportJob::imported);
        connect(&job, &ImportJob::progress, &job, [&job](qint64 done, qint64) {
            if (done > 0)
                job.cancel();
        });
        QVERIFY(job.run(path, {}, m_actor));
        QVERIFY(imported.wait(60000));
        const auto report = imported.first().first().value<ImportReport>();
        QCOMPARE(report.fileProblem, FileProblem::Cancelled);
        verifyNothingWritten();
    }
};

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
