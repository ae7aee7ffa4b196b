// Segment write paths: saved segments round trip with their outbox entries, junk writes
// nothing, bulk tag adds exactly to those who lacked the tag (one outbox entry each, in one
// transaction) and undo removes it from those only; the CSV export holds masked phones only.
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/segmentexporter.h"
#include "segments/segmentqueries.h"
#include "segments/segmenttagger.h"
#include "segments/segmentwriter.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::segments;

class TestSegmentWrites : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<outbox::Outbox> m_outbox;
    customers::Actor m_actor;
    QString m_tag;
    const QDate m_today { 2026, 11, 22 };

    qint64 count(const QString &sql) { return m_db->scalar(sql); }
    SegmentRule rule(const QString &json) { return SegmentRule::fromJsonText(json); }

private Q_SLOTS:
    void init()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        seed::seedDemoData(*m_db, index, demo::DemoGenerator(5, 600, m_today));
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
        auto guide
            = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide' LIMIT 1"_s);
        QVERIFY(guide->step());
        m_actor = { guide->text(0), guide->text(1) };
        auto tag = m_db->prepare(u"SELECT tag_id FROM customer_tags GROUP BY tag_id"
                                 " ORDER BY count(*) DESC LIMIT 1"_s);
        QVERIFY(tag->step());
        m_tag = tag->text(0);
    }

    void savedSegmentRoundTrip()
    {
        SegmentWriter writer(*m_db, *m_outbox, m_actor);
        int writes = 0;
        writer.setAfterWrite([&] { ++writes; });
        const SegmentRule r = rule(u"{\"version\":1,\"conditions\":[{\"kind\":\"tags_any\","
                                   "\"tags\":[\"标签🎉\"]},{\"kind\":\"spend_range\","
                                   "\"min_cents\":100}]}"_s);
        const QString id = writer.save({}, u"  高消费 VIP 🎉 "_s, r);
        QList<SavedSegment> saved = writer.list();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().id, id);
        QCOMPARE(saved.first().name, u"高消费 VIP 🎉"_s);
        QCOMPARE(SegmentRule::fromJsonText(saved.first().ruleJson), r);
        QVERIFY(saved.first().pending);
        auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"segment_save"_s);
        QCOMPARE(pending.first().args.value(u"id"_s).toString(), id);
        QCOMPARE(SegmentRule::fromJsonText(pending.first().args.value(u"rule_json"_s).toString()),
                 r);
        QVERIFY(m_outbox->touchesPendingRow(u"segments"_s, id));

        // Rename: same id, second entry.
        QCOMPARE(writer.save(id, u"Renamed"_s, r), id);
        QCOMPARE(writer.list().first().name, u"Renamed"_s);
        QCOMPARE(m_outbox->pendingCount(), 2);

        writer.remove(id);
        QVERIFY(writer.list().isEmpty());
        QCOMPARE(count(u"SELECT deleted FROM segments"_s), 1);
        QCOMPARE(m_outbox->pending(10).constLast().name, u"segment_delete"_s);
        QCOMPARE(writes, 3);
    }

    void junkSegmentWritesNothing()
    {
        SegmentWriter writer(*m_db, *m_outbox, m_actor);
        const SegmentRule r;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.save({}, u"   "_s, r));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.save({}, QString(101, u'名'), r));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.save(u"no-such-id"_s, u"x"_s, r));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.remove(u"no-such-id"_s));
        // Someone else's segment can be neither changed nor removed.
        const QString id = writer.save({}, u"mine"_s, r);
        SegmentWriter other(*m_db, *m_outbox, { u"someone-else"_s, m_actor.storeId });
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, other.save(id, u"theirs"_s, r));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, other.remove(id));
        SegmentWriter nobody(*m_db, *m_outbox, {});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, nobody.save({}, u"x"_s, r));
        QCOMPARE(count(u"SELECT count(*) FROM segments"_s), 1);
        QCOMPARE(m_outbox->pendingCount(), 1);
    }

    void bulkTagAndUndo()
    {
        SegmentQueries queries(*m_db);
        const SegmentScope scope { m_actor.guideId, {} };
        const QStringList members = queries.customerIds(SegmentRule {}, scope);
        QVERIFY(members.size() > 20);
        const QString tagged = u"SELECT count(*) FROM customer_tags ct JOIN customers c ON c.id ="
                               " ct.customer_id WHERE ct.deleted = 0 AND ct.tag_id = '%1' AND"
                               " c.owner_guide_id = '%2'"_s.arg(m_tag, m_actor.guideId);
        const qint64 before = count(tagged);
        QVERIFY(before > 0 && before < members.size());
        // One of them had the tag once and lost it: adding revives that row.
        m_db->exec(u"UPDATE customer_tags SET deleted = 1 WHERE rowid = (SELECT ct.rowid FROM"
                   " customer_tags ct JOIN customers c ON c.id = ct.customer_id WHERE ct.tag_id"
                   " = '%1' AND c.owner_guide_id = '%2' AND ct.deleted = 0 LIMIT 1)"_s.arg(
                       m_tag, m_actor.guideId));
        const qint64 rowsBefore = count(u"SELECT count(*) FROM customer_tags"_s);

        SegmentTagger tagger(*m_db, *m_outbox, m_actor);
        QList<qsizetype> progress;
        QStringList withJunk = members;
        withJunk << u"no-such-customer"_s << u"'; DROP TABLE customers; --"_s << u"顾客🎉"_s;
        const QStringList added
            = tagger.addTag(withJunk, m_tag, [&](qsizetype done, qsizetype) { progress << done; });
        QCOMPARE(added.size(), members.size() - (before - 1));
        QCOMPARE(count(tagged), members.size());
        QCOMPARE(count(u"SELECT count(*) FROM customer_tags"_s),
                 rowsBefore + added.size() - 1); // the revived row is not a new one
        QCOMPARE(m_outbox->pendingCount(), added.size());
        for (const auto &entry : m_outbox->pending(int(added.size())))
            QCOMPARE(entry.name, u"customer_tag_add"_s);
        QVERIFY(m_outbox->touchesPendingRow(u"customer_tags"_s,
                                            outbox::rowKeyForCustomerTag(added.first(), m_tag)));
        QCOMPARE(progress.constLast(), withJunk.size());

        QCOMPARE(tagger.removeTag(added, m_tag), added.size());
        QCOMPARE(count(tagged), before - 1);
        QCOMPARE(m_outbox->pendingCount(), 2 * added.size());
        QCOMPARE(m_outbox->pending(int(2 * added.size())).constLast().name,
                 u"customer_tag_remove"_s);
    }

    void bulkTagWithUnknownTagWritesNothing()
    {
        SegmentTagger tagger(*m_db, *m_outbox, m_actor);
        const qint64 rows = count(u"SELECT count(*) FROM customer_tags"_s);
        SegmentQueries queries(*m_db);
        const QStringList members = queries.customerIds(SegmentRule {}, {});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tagger.addTag(members, u"no-tag"_s));
        QCOMPARE(count(u"SELECT count(*) FROM customer_tags"_s), rows);
        QCOMPARE(m_outbox->pendingCount(), 0);
    }

    void exportHoldsMaskedPhonesOnly()
    {
        // A full number that slipped into the masked column is masked again on the way out.
        m_db->exec(u"UPDATE customers SET phone_masked = '13812345678', name = '张\"三, =1+1'"
                   " WHERE rowid = (SELECT min(rowid) FROM customers WHERE owner_guide_id = '%1'"
                   " AND deleted = 0)"_s.arg(m_actor.guideId));
        SegmentExporter exporter(*m_db);
        exporter.setToday(m_today);
        const SegmentScope scope { m_actor.guideId, {} };
        const QStringList header = { u"姓名"_s,      u"手机"_s,     u"等级"_s, u"最近到店"_s,
                                     u"消费 (元)"_s, u"到店次数"_s, u"标签"_s };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 rows
            = exporter.write(buffer, SegmentRule {}, scope, customers::CustomerSort::Spend, header);
        SegmentQueries queries(*m_db);
        QCOMPARE(rows, queries.count(SegmentRule {}, scope));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), rows + 1);
        QCOMPARE(lines.first(), u"姓名,手机,等级,最近到店,消费 (元),到店次数,标签"_s);
        // No run of 8 or more digits anywhere: no phone number leaves unmasked.
        QVERIFY(!text.contains(QRegularExpression(u"\\d{8,}"_s)));
        QVERIFY(text.contains(u"138****5678"_s));
        QVERIFY(text.contains(u"\"'张\"\"三, =1+1\""_s) || text.contains(u"\"张\"\"三, =1+1\""_s));
        // Spend as yuan with two decimals, in spend order.
        const QRegularExpression spend(u",(\\d+)\\.(\\d{2}),\\d+,"_s);
        double last = 1e18;
        int seen = 0;
        for (const QString &line : lines.mid(1)) {
            const auto m = spend.match(line);
            if (!m.hasMatch())
                continue;
            const double value = m.captured(1).toDouble() + m.captured(2).toDouble() / 100;
            QVERIFY(value <= last);
            last = value;
            ++seen;
        }
        QVERIFY(seen > rows / 2);
    }

    void exportToFile()
    {
        QTemporaryDir dir;
        SegmentExporter exporter(*m_db);
        const QString path = dir.filePath(u"导出 segment.csv"_s);
        const QStringList header(7, u"h"_s);
        const qint64 rows = exporter.writeFile(
            path,
            rule(u"{\"version\":1,\"conditions\":[{\"kind\":\"member_level\",\"levels\":"
                 "[\"gold\"]}]}"_s),
            {}, customers::CustomerSort::Name, header);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), rows + 1);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 exporter.writeFile(dir.filePath(u"no/such/dir.csv"_s), {}, {},
                                                    customers::CustomerSort::Name, header));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 exporter.writeFile(path, {}, {}, customers::CustomerSort::Name,
                                                    QStringList { u"too few"_s }));
    }

    void csvFieldsAndMasks()
    {
        QCOMPARE(csvField(u"plain 中文"_s), u"plain 中文"_s);
        QCOMPARE(csvField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(csvField(u"=HYPERLINK(1)"_s), u"'=HYPERLINK(1)"_s);
        QCOMPARE(csvField(u"-5"_s), u"'-5"_s);
        QCOMPARE(csvField(u"line\nbreak"_s), u"\"line\nbreak\""_s);
        QCOMPARE(maskPhone(u"138****1234"_s), u"138****1234"_s);
        QCOMPARE(maskPhone(u"13800001234"_s), u"138****1234"_s);
        QCOMPARE(maskPhone(u"+86 138 0000 1234"_s), u"861******1234"_s);
        QCOMPARE(maskPhone(u"123"_s), QString());
        QCOMPARE(maskPhone(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestSegmentWrites)
#include "tst_segmentwrites.moc"
