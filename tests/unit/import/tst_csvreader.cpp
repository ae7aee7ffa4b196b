// The CSV reader, the encoding guess, strict decoding and the header mapping.
#include "import/csvreader.h"
#include "import/headermapping.h"
#include "import/textdecoding.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::import;

namespace {

QList<CsvRecord> readAll(const QByteArray &bytes, bool *bom = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records << record;
    if (bom)
        *bom = reader.hadByteOrderMark();
    return records;
}

// "张三" in GBK, and 王 (CD F5) too.
const QByteArray gbkZhangSan = QByteArrayLiteral("\xD5\xC5\xC8\xFD");

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainRecordsLfAndCrlf()
    {
        const auto records = readAll("a,b,c\r\n1,2,3\n4,,6\r\n"_ba);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, (QList<QByteArray> { "a", "b", "c" }));
        QCOMPARE(records.at(2).fields, (QList<QByteArray> { "4", "", "6" }));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).line, 3);
    }

    void quotesAndEmbeddedLineBreaks()
    {
        const auto records = readAll(
            "name,remark\n\"Li, Na\",\"said \"\"hi\"\"\"\n\"王\r\n芳\",x\nlast,\"\"\n"_ba);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).fields, (QList<QByteArray> { "Li, Na", "said \"hi\"" }));
        QCOMPARE(records.at(2).fields.first(), "王\n芳"_ba);
        QCOMPARE(records.at(2).line, 3);
        QCOMPARE(records.at(3).line, 5); // the break inside the quotes counts as a line
        QCOMPARE(records.at(3).fields, (QList<QByteArray> { "last", "" }));
    }

    void byteOrderMarkBlankLinesAndNoFinalBreak()
    {
        bool bom = false;
        const auto records = readAll("\xEF\xBB\xBFname\n\n\r\nzhang"_ba, &bom);
        QVERIFY(bom);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields.first(), "name"_ba);
        QCOMPARE(records.at(1).fields.first(), "zhang"_ba);
        QCOMPARE(records.at(1).line, 4);
        QVERIFY(readAll(QByteArray()).isEmpty());
    }

    void brokenQuoting()
    {
        auto records = readAll("a,\"unclosed\nb,c\n"_ba);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().problem, CsvRecord::Problem::UnclosedQuote);
        records = readAll("\"abc\"def,x\nok\n"_ba);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().problem, CsvRecord::Problem::TextAfterQuote);
        QCOMPARE(records.at(1).problem, CsvRecord::Problem::None);
    }

    void hugeFieldIsCutAndFlagged()
    {
        QByteArray bytes
            = "a,\""_ba + QByteArray(CsvReader::maxFieldBytes + 10, 'x') + "\"\nb\n"_ba;
        const auto records = readAll(bytes);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().problem, CsvRecord::Problem::FieldTooLong);
        QCOMPARE(records.first().fields.at(1).size(), CsvReader::maxFieldBytes);
        QCOMPARE(records.at(1).fields.first(), "b"_ba);
    }

    void gbkFieldsSurviveTheByteParser()
    {
        // GBK trail bytes are never ',' '"' CR or LF, so the split is the same as in UTF-8.
        const auto records = readAll("\"" + gbkZhangSan + "\"," + gbkZhangSan + "\n"_ba);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().fields, (QList<QByteArray> { gbkZhangSan, gbkZhangSan }));
    }

    void encodingGuess()
    {
        QCOMPARE(guessEncoding("name,phone\nLi,138\n"_ba, false).encoding, TextEncoding::Utf8);
        QCOMPARE(guessEncoding("姓名\n张三\n"_ba, false).encoding, TextEncoding::Utf8);
        QCOMPARE(guessEncoding(gbkZhangSan + ",1\n"_ba, false).encoding, TextEncoding::Gb18030);
        QCOMPARE(guessEncoding(gbkZhangSan, true).encoding, TextEncoding::Utf8); // BOM wins
        // Mostly UTF-8 with one broken byte: still UTF-8 (the bad row is reported).
        QCOMPARE(guessEncoding("张三,李四,王五,赵六,孙七\n\xFF\n"_ba, false).encoding,
                 TextEncoding::Utf8);
        // GBK with a broken byte: GB18030.
        QCOMPARE(guessEncoding(gbkZhangSan + "\n\xFF\n"_ba, false).encoding, TextEncoding::Gb18030);
    }

    void strictDecoding()
    {
        FieldDecoder utf8(TextEncoding::Utf8);
        QCOMPARE(utf8.decode("王芳🌸"_ba), std::optional<QString>(u"王芳🌸"_s));
        QVERIFY(!utf8.decode("\xE7\x8E"_ba)); // cut in the middle of a character
        QVERIFY(!utf8.decode("a\xFF"_ba));
        QCOMPARE(utf8.decode(QByteArray()), std::optional<QString>(QString()));
        FieldDecoder gb(TextEncoding::Gb18030);
        QCOMPARE(gb.decode(gbkZhangSan), std::optional<QString>(u"张三"_s));
        QVERIFY(!gb.decode("\xD5"_ba)); // a lead byte alone
        QVERIFY(!gb.decode("\xD5\xC5\xFF"_ba));
        // GB18030's four-byte form reaches beyond the BMP: 𠀀 is 95 32 82 36.
        QCOMPARE(gb.decode("\x95\x32\x82\x36"_ba), std::optional<QString>(u"𠀀"_s));
    }

    void headers()
    {
        QCOMPARE(recogniseHeader(u"姓名"_s), ImportField::Name);
        QCOMPARE(recogniseHeader(u" 手机号（必填）"_s), ImportField::Phone);
        QCOMPARE(recogniseHeader(u"联系电话*"_s), ImportField::Phone);
        QCOMPARE(recogniseHeader(u"Phone Number"_s), ImportField::Phone);
        QCOMPARE(recogniseHeader(u"出生日期"_s), ImportField::Birthday);
        QCOMPARE(recogniseHeader(u"Date of Birth"_s), ImportField::Birthday);
        QCOMPARE(recogniseHeader(u"会员等级"_s), ImportField::MemberLevel);
        QCOMPARE(recogniseHeader(u"性别"_s), ImportField::Gender);
        QCOMPARE(recogniseHeader(u"备注"_s), ImportField::Remark);
        QCOMPARE(recogniseHeader(u"积分"_s), ImportField::Ignore);
        const auto mapping = guessMapping({ u"姓名"_s, u"电话"_s, u"手机"_s, u"积分"_s });
        QCOMPARE(mapping,
                 (QList<ImportField> { ImportField::Name, ImportField::Phone, ImportField::Ignore,
                                       ImportField::Ignore }));
        QVERIFY(mappingIsUsable(mapping));
        QVERIFY(!mappingIsUsable({ ImportField::Phone }));
        QVERIFY(!mappingIsUsable({ ImportField::Name, ImportField::Phone, ImportField::Phone }));
        for (ImportField field : allImportFields())
            QCOMPARE(importFieldFromKey(importFieldKey(field)), field);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
