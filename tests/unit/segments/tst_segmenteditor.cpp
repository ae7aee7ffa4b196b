// The live pieces of the Segments page: the editor counts on the worker thread after a
// debounce and drops counts for an older rule; the result list gets the ids from the worker
// and reads rows lazily (QAbstractItemModelTester); saved segments list what was saved.
#include "customers/customersearchindex.h"
#include "customers/sqlcustomerrepository.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/savedsegmentlistmodel.h"
#include "segments/segmenteditor.h"
#include "segments/segmentqueries.h"
#include "segments/segmentresultmodel.h"
#include "segments/segmentservice.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::segments;

class TestSegmentEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_key = QByteArray(32, 's');
    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db; // the GUI thread's connection
    std::unique_ptr<SegmentService> m_service;
    QString m_guide;
    const QDate m_today { 2026, 11, 22 };

    qint64 countOf(const SegmentRule &rule, const SegmentScope &scope = {})
    {
        SegmentQueries queries(*m_db);
        queries.setToday(m_today);
        return queries.count(rule, scope);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"segments.db"_s);
        m_db = store::Database::open(m_path, m_key, store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        seed::seedDemoData(*m_db, index, demo::DemoGenerator(9, 800, m_today));
        auto guide = m_db->prepare(u"SELECT id FROM guides WHERE role = 'guide' LIMIT 1"_s);
        QVERIFY(guide->step());
        m_guide = guide->text(0);
        m_service = std::make_unique<SegmentService>([this] {
            return store::Database::open(m_path, m_key, store::Database::OpenMode::OpenExisting);
        });
    }

    void countsOnTheWorkerAfterADebounce()
    {
        SegmentEditor editor(*m_service);
        editor.setToday(m_today);
        editor.setDebounceMs(30);
        QSignalSpy counted(&editor, &SegmentEditor::countChanged);
        editor.setLevels({ u"gold"_s, u"platinum"_s, u"diamond"_s }); // junk level dropped
        QCOMPARE(editor.levels(), QStringList({ u"gold"_s, u"platinum"_s }));
        QVERIFY(editor.counting());
        // Several quick edits: one count, for the last rule.
        editor.setLastVisitMode(SegmentEditor::LastVisit::MoreThanDaysAgo);
        editor.setLastVisitDays(60);
        editor.setSpendMinYuan(500);
        QTRY_VERIFY(!editor.counting());
        QCOMPARE(editor.error(), QString());
        QCOMPARE(editor.count(), countOf(editor.rule()));
        QCOMPARE(editor.conditionCount(), 3);
        QVERIFY(editor.count() > 0);

        // Scope: a guide's book holds fewer.
        editor.setScope({ m_guide, {} });
        QTRY_VERIFY(!editor.counting());
        QCOMPARE(editor.count(), countOf(editor.rule(), { m_guide, {} }));

        // A saved rule loads back into the same properties.
        const QString json = editor.ruleJson();
        editor.clear();
        QCOMPARE(editor.conditionCount(), 0);
        QVERIFY(editor.loadRule(json));
        QCOMPARE(editor.spendMinYuan(), 500);
        QCOMPARE(editor.lastVisitDays(), 60);
        QCOMPARE(editor.ruleJson(), json);
        QVERIFY(!editor.loadRule(u"{\"version\": 9}"_s));
        QVERIFY(!editor.loadRule(u"🎉"_s));
        QCOMPARE(editor.ruleJson(), json); // junk leaves the rule alone
    }

    void reversedBoundsAreSwapped()
    {
        SegmentEditor editor(*m_service);
        editor.setVisitsMin(9);
        editor.setVisitsMax(2);
        const Condition c = editor.rule().conditions.value(0);
        QCOMPARE(c.kind, ConditionKind::VisitCountRange);
        QCOMPARE(c.min, 2);
        QCOMPARE(c.max, 9);
    }

    void resultListIsLazyAndCorrect()
    {
        customers::SqlCustomerRepository repository(*m_db, m_pinyin, m_variants);
        SegmentResultModel results(*m_service, repository);
        QAbstractItemModelTester tester(&results);
        SegmentRule rule;
        Condition c;
        c.kind = ConditionKind::VisitCountRange;
        c.min = 2;
        rule.conditions << c;
        results.show(rule, {}, customers::CustomerSort::Spend);
        QVERIFY(results.loading());
        QTRY_VERIFY(!results.loading());
        QCOMPARE(results.count(), countOf(rule));
        QVERIFY(results.count() > SegmentResultModel::pageSize);
        double last = 1e18;
        for (int row = 0; row < results.count(); row += 37) {
            const QModelIndex index = results.index(row);
            const double spend = index.data(SegmentResultModel::TotalSpendRole).toDouble();
            QVERIFY(spend <= last);
            last = spend;
            QVERIFY(index.data(SegmentResultModel::VisitsRole).toInt() >= 2);
            QVERIFY(!index.data(SegmentResultModel::PhoneMaskedRole).toString().isEmpty());
        }
        QCOMPARE(results.customerIdAt(-1), QString());
    }

    void savedSegmentsAreListed()
    {
        outbox::Outbox outbox(*m_db);
        SegmentWriter writer(*m_db, outbox, { m_guide, {} });
        SavedSegmentListModel saved(writer);
        QAbstractItemModelTester tester(&saved);
        const int before = saved.count();
        const QString id = writer.save({}, u"B 段"_s, SegmentRule {});
        writer.save({}, u"A 段"_s, SegmentRule {});
        saved.refresh();
        QCOMPARE(saved.count(), before + 2);
        QCOMPARE(saved.index(0).data(SavedSegmentListModel::NameRole).toString(), u"A 段"_s);
        QCOMPARE(saved.nameOf(id), u"B 段"_s);
        QCOMPARE(SegmentRule::fromJsonText(saved.ruleOf(id)), SegmentRule {});
        QCOMPARE(saved.nameOf(u"nope"_s), QString());
    }

    void aBrokenConnectionIsAnError()
    {
        SegmentService broken(
            []() -> std::unique_ptr<store::Database> { throw std::runtime_error("no key"); });
        SegmentEditor editor(broken);
        editor.setDebounceMs(1);
        editor.setBirthdayMonth(3);
        QTRY_VERIFY(!editor.counting());
        QCOMPARE(editor.error(), u"no key"_s);
        QCOMPARE(editor.count(), -1);
    }
};

QTEST_GUILESS_MAIN(TestSegmentEditor)
#include "tst_segmenteditor.moc"
