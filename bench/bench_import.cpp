// CSV import figures: a generated file of N customers (default 100,000; UTF-8 or GB18030)
// read, decoded and checked (analyse), then imported into an encrypted store in one
// transaction with an outbox entry per customer (run). Prints rows/s; see
// docs/performance.md.
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "demo/demogenerator.h"
#include "import/customerimport.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

void printLine(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QByteArray toGb18030(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    QByteArray bytes(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter, bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()),
                                           int32_t(text.size()), &status);
    ucnv_close(converter);
    bytes.truncate(U_SUCCESS(status) ? length : 0);
    return bytes;
}

// Names from the demo vocabulary's surnames and given names, unique phones, birthdays in
// both calendars, levels, remarks with commas and quotes: what an old till exports.
void writeCsv(const QString &path, int rows, bool gbk)
{
    static const char *surnames[]
        = { "王", "李", "张", "刘", "陈", "杨", "欧阳", "曾", "单", "黄" };
    static const char *given[] = { "芳", "娜", "伟", "敏", "静", "丽", "强", "磊", "晓明", "思远" };
    static const char *levels[] = { "普通", "银卡", "金卡", "白金" };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk = "姓名,手机号,性别,生日,会员等级,备注\r\n";
    for (int i = 0; i < rows; ++i) {
        chunk += QByteArray(surnames[i % 10]) + given[(i / 10) % 10] + QByteArray::number(i) + ",1"
            + QByteArray::number(3 + i % 7) + QByteArray::number(100000000 + i).right(9)
            + (i % 2 ? ",女," : ",男,") + (i % 5 == 0 ? "农历" : "")
            + QByteArray::number(1960 + i % 40) + "-" + QByteArray::number(1 + i % 12) + "-"
            + QByteArray::number(1 + i % 28) + "," + levels[i % 4]
            + ",\"喜欢大衣, 尺码 M, \"\"老客户\"\"\"\r\n";
        if (chunk.size() > 1 << 20) {
            file.write(gbk ? toGb18030(chunk) : chunk);
            chunk.clear();
        }
    }
    file.write(gbk ? toGb18030(chunk) : chunk);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"rows"_s, u"Customers in the CSV file."_s, u"N"_s, u"100000"_s });
    parser.addOption({ u"gbk"_s, u"Write the file in GB18030 instead of UTF-8."_s });
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const bool gbk = parser.isSet(u"gbk"_s);

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"customers.csv"_s);
    writeCsv(csv, rows, gbk);
    printLine(u"file: %1 rows, %2 MB, %3"_s.arg(rows)
                  .arg(QFileInfo(csv).size() / 1e6, 0, 'f', 1)
                  .arg(gbk ? u"GB18030"_s : u"UTF-8"_s));

    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    auto db = store::Database::open(dir.filePath(u"bench.db"_s), key,
                                    store::Database::OpenMode::CreateIfMissing);
    store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    customers::CustomerSearchIndex index(*db, pinyin, variants);
    seed::seedDemoData(*db, index, demo::DemoGenerator(1, 1000, QDate(2026, 11, 22)));
    outbox::Outbox outbox(*db);
    auto guide = db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide' LIMIT 1"_s);
    guide->step();
    customers::CustomerWriter writer(*db, outbox, index, { guide->text(0), guide->text(1) });

    // As ImportJob does: a big page cache for the one long transaction.
    db->exec(u"PRAGMA cache_size = -65536"_s);
    import::CustomerImport import(*db);
    QElapsedTimer timer;
    timer.start();
    const import::ImportReport analysis = import.analyse(csv, {});
    const double analyseSeconds = timer.elapsed() / 1000.0;
    printLine(u"analyse (read, decode, check, duplicates): %1 rows ready, %2 refused in %3 s"
              " (%4 rows/s)"_s.arg(analysis.readyRows)
                  .arg(analysis.invalidRows)
                  .arg(analyseSeconds, 0, 'f', 2)
                  .arg(analysis.rows / analyseSeconds, 0, 'f', 0));
    timer.restart();
    const import::ImportReport result = import.run(csv, {}, writer);
    const double runSeconds = timer.elapsed() / 1000.0;
    printLine(u"import (one transaction, outbox entry each, search index): %1 customers in %2 s"
              " (%3 rows/s), committed: %4"_s.arg(result.imported)
                  .arg(runSeconds, 0, 'f', 2)
                  .arg(result.imported / runSeconds, 0, 'f', 0)
                  .arg(result.committed ? u"yes"_s : u"no"_s));
    printLine(u"outbox entries waiting: %1"_s.arg(outbox.pendingCount()));
    return result.committed ? 0 : 1;
}
