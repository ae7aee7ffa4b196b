// Segment counts and row ids against a brute-force evaluation in C++ of the same rules over
// a generated store (every kind alone, combinations, random rules), scopes (guide, store),
// the list's orders, and the query plans (the tag conditions use the tag index).
#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/segmentqueries.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using namespace gd::segments;

namespace {

struct Customer
{
    qint64 rowId;
    QString id, store, owner, level;
    QDate lastVisit;
    qint64 spend;
    int visits, birthdayMonth;
    QString nameSort;
    QSet<QString> tags;
};

Condition listCondition(ConditionKind kind, const QStringList &values)
{
    Condition c;
    c.kind = kind;
    c.values = values;
    return c;
}

bool matches(const Customer &c, const Condition &k, const QDate &today)
{
    switch (k.kind) {
    case ConditionKind::TagsAll:
        for (const QString &t : k.values)
            if (!c.tags.contains(t))
                return false;
        return true;
    case ConditionKind::TagsAny:
        for (const QString &t : k.values)
            if (c.tags.contains(t))
                return true;
        return false;
    case ConditionKind::TagsNone:
        for (const QString &t : k.values)
            if (c.tags.contains(t))
                return false;
        return true;
    case ConditionKind::MemberLevel:
        return k.values.contains(c.level);
    case ConditionKind::LastVisitBefore:
        return c.lastVisit.isValid() && c.lastVisit < k.date;
    case ConditionKind::LastVisitAfter:
        return c.lastVisit.isValid() && c.lastVisit > k.date;
    case ConditionKind::LastVisitDaysAgo:
        return c.lastVisit.isValid() && c.lastVisit.daysTo(today) > *k.min;
    case ConditionKind::SpendRange:
        return (!k.min || c.spend >= *k.min) && (!k.max || c.spend <= *k.max);
    case ConditionKind::VisitCountRange:
        return (!k.min || c.visits >= *k.min) && (!k.max || c.visits <= *k.max);
    case ConditionKind::BirthdayMonth:
        return k.months.contains(c.birthdayMonth);
    case ConditionKind::OwnerGuide:
        return c.owner == k.values.value(0);
    case ConditionKind::RiskBand:
        return false;
    }
    return false;
}

} // namespace

class TestSegmentQueries : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    QList<Customer> m_customers;
    QStringList m_tags;
    QStringList m_guides;
    QString m_store;
    const QDate m_today { 2026, 11, 22 };

    QList<qint64> bruteForce(const SegmentRule &rule, const SegmentScope &scope)
    {
        QList<qint64> ids;
        for (const Customer &c : std::as_const(m_customers)) {
            if (!scope.ownerGuideId.isEmpty() && c.owner != scope.ownerGuideId)
                continue;
            if (scope.ownerGuideId.isEmpty() && !scope.storeId.isEmpty()
                && c.store != scope.storeId)
                continue;
            bool all = true;
            for (const Condition &k : rule.conditions)
                all = all && matches(c, k, m_today);
            if (all)
                ids << c.rowId;
        }
        return ids;
    }

    Condition randomCondition(QRandomGenerator &random)
    {
        Condition c;
        c.kind = ConditionKind(random.bounded(int(ConditionKind::OwnerGuide) + 1));
        auto someTags = [&] {
            QStringList t;
            const int n = 1 + random.bounded(3);
            for (int i = 0; i < n; ++i) {
                const QString tag = m_tags.at(random.bounded(int(m_tags.size())));
                if (!t.contains(tag))
                    t << tag;
            }
            return t;
        };
        switch (c.kind) {
        case ConditionKind::TagsAll:
        case ConditionKind::TagsAny:
        case ConditionKind::TagsNone:
            c.values = someTags();
            break;
        case ConditionKind::MemberLevel:
            c.values = { memberLevels().at(random.bounded(4)) };
            if (random.bounded(2))
                c.values << u"gold"_s;
            c.values.removeDuplicates();
            break;
        case ConditionKind::LastVisitBefore:
        case ConditionKind::LastVisitAfter:
            c.date = m_today.addDays(-random.bounded(1500));
            break;
        case ConditionKind::LastVisitDaysAgo:
            c.min = random.bounded(700);
            break;
        case ConditionKind::SpendRange:
            c.min = random.bounded(200000);
            if (random.bounded(2))
                c.max = *c.min + random.bounded(2000000);
            break;
        case ConditionKind::VisitCountRange:
            if (random.bounded(2))
                c.min = random.bounded(5);
            c.max = c.min.value_or(0) + random.bounded(10);
            break;
        case ConditionKind::BirthdayMonth:
            c.months = { 1 + random.bounded(12) };
            break;
        case ConditionKind::OwnerGuide:
        case ConditionKind::RiskBand:
            c.kind = ConditionKind::OwnerGuide;
            c.values = { m_guides.at(random.bounded(int(m_guides.size()))) };
            break;
        }
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        customers::CustomerSearchIndex index(*m_db, m_pinyin, m_variants);
        seed::seedDemoData(*m_db, index, demo::DemoGenerator(11, 1500, m_today));
        // Some removed tag links and a deleted customer: neither may count.
        m_db->exec(u"UPDATE customer_tags SET deleted = 1 WHERE rowid % 7 = 0;"
                   "UPDATE customers SET deleted = 1 WHERE rowid % 97 = 0"_s);
        auto q = m_db->prepare(u"SELECT rowid, id, store_id, coalesce(owner_guide_id, ''),"
                               " member_level, coalesce(last_visit_on, ''), total_spend_cents,"
                               " visit_count, birthday_month, name_sort FROM customers"
                               " WHERE deleted = 0 ORDER BY rowid"_s);
        QHash<QString, qsizetype> byId;
        while (q->step()) {
            m_customers << Customer { q->int64(0),
                                      q->text(1),
                                      q->text(2),
                                      q->text(3),
                                      q->text(4),
                                      QDate::fromString(q->text(5), Qt::ISODate),
                                      q->int64(6),
                                      q->integer(7),
                                      q->integer(8),
                                      q->text(9),
                                      {} };
            byId.insert(q->text(1), m_customers.size() - 1);
        }
        auto t
            = m_db->prepare(u"SELECT customer_id, tag_id FROM customer_tags WHERE deleted = 0"_s);
        while (t->step()) {
            if (byId.contains(t->text(0)))
                m_customers[byId.value(t->text(0))].tags.insert(t->text(1));
        }
        auto tags = m_db->prepare(u"SELECT DISTINCT tag_id FROM customer_tags ORDER BY 1"_s);
        while (tags->step())
            m_tags << tags->text(0);
        auto guides = m_db->prepare(u"SELECT id, store_id FROM guides ORDER BY rowid"_s);
        while (guides->step()) {
            m_guides << guides->text(0);
            if (m_store.isEmpty())
                m_store = guides->text(1);
        }
        QVERIFY(m_customers.size() > 1000);
        QVERIFY(m_tags.size() > 5);
        QVERIFY(m_guides.size() > 1);
    }

    void everyKindAloneMatchesBruteForce()
    {
        QRandomGenerator random(7);
        SegmentQueries queries(*m_db);
        queries.setToday(m_today);
        int nonTrivial = 0;
        for (int i = 0; i < 200; ++i) {
            const SegmentRule rule { { randomCondition(random) } };
            const QList<qint64> expected = bruteForce(rule, {});
            QCOMPARE(queries.count(rule, {}), qint64(expected.size()));
            if (!expected.isEmpty() && expected.size() < m_customers.size())
                ++nonTrivial;
        }
        QVERIFY2(nonTrivial > 100, "the generated rules must select something, not everything");
    }

    void combinationsAndScopesMatchBruteForce()
    {
        QRandomGenerator random(42);
        SegmentQueries queries(*m_db);
        queries.setToday(m_today);
        const QList<SegmentScope> scopes
            = { {}, { m_guides.at(1), {} }, { {}, m_store }, { {}, u"no such store"_s } };
        for (int i = 0; i < 300; ++i) {
            SegmentRule rule;
            const int n = 2 + random.bounded(4);
            for (int k = 0; k < n; ++k)
                rule.conditions << randomCondition(random);
            // Through JSON, as a saved segment would be.
            rule = SegmentRule::fromJson(rule.toJson());
            const SegmentScope &scope = scopes.at(i % scopes.size());
            QList<qint64> expected = bruteForce(rule, scope);
            std::sort(expected.begin(), expected.end());
            QCOMPARE(queries.count(rule, scope), qint64(expected.size()));
            QList<qint64> ids = queries.rowIds(rule, scope, customers::CustomerSort::Spend);
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, expected);
        }
    }

    void rowIdsFollowTheListOrder()
    {
        SegmentQueries queries(*m_db);
        const SegmentRule rule = SegmentRule::fromJsonText(
            u"{\"version\":1,\"conditions\":[{\"kind\":\"visit_count_range\",\"min\":1}]}"_s);
        QHash<qint64, const Customer *> byRow;
        for (const Customer &c : std::as_const(m_customers))
            byRow.insert(c.rowId, &c);
        const QList<qint64> bySpend = queries.rowIds(rule, {}, customers::CustomerSort::Spend);
        QVERIFY(bySpend.size() > 100);
        for (qsizetype i = 1; i < bySpend.size(); ++i)
            QVERIFY(byRow.value(bySpend.at(i - 1))->spend >= byRow.value(bySpend.at(i))->spend);
        const QList<qint64> byVisit = queries.rowIds(rule, {}, customers::CustomerSort::LastVisit);
        for (qsizetype i = 1; i < byVisit.size(); ++i)
            QVERIFY(byRow.value(byVisit.at(i - 1))->lastVisit
                    >= byRow.value(byVisit.at(i))->lastVisit);
        const QList<qint64> byName = queries.rowIds(rule, {}, customers::CustomerSort::Name);
        for (qsizetype i = 1; i < byName.size(); ++i)
            QVERIFY(byRow.value(byName.at(i - 1))->nameSort <= byRow.value(byName.at(i))->nameSort);
    }

    void tagConditionsUseTheTagIndex()
    {
        SegmentQueries queries(*m_db);
        const SegmentRule rule = SegmentRule::fromJson(SegmentRule {
            { listCondition(ConditionKind::TagsAll, { m_tags.at(0), m_tags.at(1) }),
              listCondition(ConditionKind::TagsNone,
                            { m_tags.at(2) }) } }.toJson());
        const QString plan = queries.countPlan(rule, { m_guides.at(1), {} }).join(u'\n');
        QVERIFY2(plan.contains(u"customer_tags_by_tag"_s), qPrintable(plan));
        // The count reads the covering segment index, never the rows one by one.
        QVERIFY2(plan.contains(u"COVERING INDEX customers_for_segments"_s), qPrintable(plan));
    }

    void riskBandWithoutScoresIsRefused()
    {
        SegmentQueries queries(*m_db);
        const SegmentRule rule { { listCondition(ConditionKind::RiskBand, { u"high"_s }) } };
        QVERIFY_THROWS_EXCEPTION(InvalidRule, (void)queries.count(rule, {}));
    }
};

QTEST_GUILESS_MAIN(TestSegmentQueries)
#include "tst_segmentqueries.moc"
