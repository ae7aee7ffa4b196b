// Segment rules as JSON: every kind survives a round trip, and junk (unknown kinds, wrong
// types, out-of-range values, huge lists, emoji, a newer version) is refused with a reason.
#include "segments/segmentquery.h"
#include "segments/segmentrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::segments;

namespace {

QJsonObject ruleWith(const QJsonArray &conditions)
{
    return { { u"version"_s, 1 }, { u"conditions"_s, conditions } };
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestSegmentRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindRoundTrips()
    {
        const QJsonObject json = parse(
            "{\"version\": 1, \"conditions\": [ {\"kind\": \"tags_all\", \"tags\": [\"t1\", "
            "\"t2\"]}, {\"kind\": \"tags_any\", \"tags\": [\"t3\"]}, {\"kind\": \"tags_none\", "
            "\"tags\": [\"标签🎉\"]}, {\"kind\": \"member_level\", \"levels\": [\"gold\", "
            "\"platinum\"]}, {\"kind\": \"last_visit_before\", \"date\": \"2026-01-31\"}, "
            "{\"kind\": \"last_visit_after\", \"date\": \"2025-06-01\"}, {\"kind\": "
            "\"last_visit_days_ago\", \"more_than\": 90}, {\"kind\": \"spend_range\", "
            "\"min_cents\": 100000, \"max_cents\": 500000}, {\"kind\": \"spend_range\", "
            "\"min_cents\": 5}, {\"kind\": \"visit_count_range\", \"max\": 10}, {\"kind\": "
            "\"birthday_month\", \"months\": [12, 1, 1]}, {\"kind\": \"owner_guide\", "
            "\"guide_id\": \"g1\"}, {\"kind\": \"risk_band\", \"bands\": [\"high\"]}]}");
        const SegmentRule rule = SegmentRule::fromJson(json);
        QCOMPARE(rule.conditions.size(), 13);
        QCOMPARE(rule.conditions.at(0).values, QStringList({ u"t1"_s, u"t2"_s }));
        QCOMPARE(rule.conditions.at(2).values, QStringList({ u"标签🎉"_s }));
        QCOMPARE(rule.conditions.at(4).date, QDate(2026, 1, 31));
        QCOMPARE(rule.conditions.at(6).min, 90);
        QCOMPARE(rule.conditions.at(8).max, std::nullopt);
        QCOMPARE(rule.conditions.at(10).months, QList<int>({ 12, 1 })); // duplicates dropped
        QCOMPARE(rule.conditions.at(11).values, QStringList({ u"g1"_s }));
        QCOMPARE(SegmentRule::fromJson(rule.toJson()), rule);
        QCOMPARE(SegmentRule::fromJsonText(rule.toJsonText()), rule);
        QCOMPARE(rule.toJson().value(u"version"_s).toInt(), SegmentRule::currentVersion);
    }

    void emptyRuleIsEveryone()
    {
        const SegmentRule rule = SegmentRule::fromJson(ruleWith({}));
        QVERIFY(rule.conditions.isEmpty());
        const CompiledSegment compiled = compileSegment(rule, {}, QDate(2026, 1, 1));
        QCOMPARE(compiled.where, u"c.deleted = 0"_s);
        QVERIFY(compiled.parameters.isEmpty());
    }

    void junkIsRefused_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("not json") << u"{nope"_s;
        QTest::newRow("array") << u"[]"_s;
        QTest::newRow("no version") << u"{\"conditions\": []}"_s;
        QTest::newRow("version as text") << u"{\"version\": \"1\", \"conditions\": []}"_s;
        QTest::newRow("newer version") << u"{\"version\": 2, \"conditions\": []}"_s;
        QTest::newRow("no conditions") << u"{\"version\": 1}"_s;
        QTest::newRow("conditions object") << u"{\"version\": 1, \"conditions\": {}}"_s;
        const auto one = [](const QString &condition) {
            return u"{\"version\": 1, \"conditions\": [%1]}"_s.arg(condition);
        };
        QTest::newRow("condition not object") << one(u"42"_s);
        QTest::newRow("unknown kind") << one(u"{\"kind\": \"drop_table\"}"_s);
        QTest::newRow("kind missing") << one(u"{\"tags\": [\"t1\"]}"_s);
        QTest::newRow("emoji kind") << one(u"{\"kind\": \"🎉\"}"_s);
        QTest::newRow("tags not list") << one(u"{\"kind\": \"tags_any\", \"tags\": \"t1\"}"_s);
        QTest::newRow("tags empty") << one(u"{\"kind\": \"tags_any\", \"tags\": []}"_s);
        QTest::newRow("tag number") << one(u"{\"kind\": \"tags_all\", \"tags\": [1]}"_s);
        QTest::newRow("tag empty") << one(u"{\"kind\": \"tags_none\", \"tags\": [\"\"]}"_s);
        QTest::newRow("tag too long")
            << one(u"{\"kind\": \"tags_any\", \"tags\": [\"%1\"]}"_s.arg(QString(65, u'x')));
        QTest::newRow("level unknown")
            << one(u"{\"kind\": \"member_level\", \"levels\": [\"diamond\"]}"_s);
        QTest::newRow("date junk")
            << one(u"{\"kind\": \"last_visit_before\", \"date\": \"2026-02-30\"}"_s);
        QTest::newRow("date number")
            << one(u"{\"kind\": \"last_visit_after\", \"date\": 20260101}"_s);
        QTest::newRow("days negative")
            << one(u"{\"kind\": \"last_visit_days_ago\", \"more_than\": -1}"_s);
        QTest::newRow("days fraction")
            << one(u"{\"kind\": \"last_visit_days_ago\", \"more_than\": 1.5}"_s);
        QTest::newRow("days missing") << one(u"{\"kind\": \"last_visit_days_ago\"}"_s);
        QTest::newRow("days text")
            << one(u"{\"kind\": \"last_visit_days_ago\", \"more_than\": \"90\"}"_s);
        QTest::newRow("spend no bound") << one(u"{\"kind\": \"spend_range\"}"_s);
        QTest::newRow("spend reversed")
            << one(u"{\"kind\": \"spend_range\", \"min_cents\": 10, \"max_cents\": 5}"_s);
        QTest::newRow("spend huge") << one(u"{\"kind\": \"spend_range\", \"min_cents\": 1e300}"_s);
        QTest::newRow("visits text") << one(u"{\"kind\": \"visit_count_range\", \"min\": \"2\"}"_s);
        QTest::newRow("month 13") << one(u"{\"kind\": \"birthday_month\", \"months\": [13]}"_s);
        QTest::newRow("month 0") << one(u"{\"kind\": \"birthday_month\", \"months\": [0]}"_s);
        QTest::newRow("months empty") << one(u"{\"kind\": \"birthday_month\", \"months\": []}"_s);
        QTest::newRow("owner empty") << one(u"{\"kind\": \"owner_guide\", \"guide_id\": \"\"}"_s);
        QTest::newRow("owner number") << one(u"{\"kind\": \"owner_guide\", \"guide_id\": 7}"_s);
        QStringList many;
        for (int i = 0; i <= SegmentRule::maxValuesPerCondition; ++i)
            many << u"\"t%1\""_s.arg(i);
        QTest::newRow("huge tag list")
            << one(u"{\"kind\": \"tags_any\", \"tags\": [%1]}"_s.arg(many.join(u',')));
        QStringList conditions(SegmentRule::maxConditions + 1,
                               u"{\"kind\": \"tags_any\", \"tags\": [\"t\"]}"_s);
        QTest::newRow("too many conditions") << one(conditions.join(u','));
    }

    void junkIsRefused()
    {
        QFETCH(QString, json);
        try {
            (void)SegmentRule::fromJsonText(json);
            QFAIL("accepted");
        } catch (const InvalidRule &e) {
            QVERIFY(qstrlen(e.what()) > 0);
        }
    }

    void largestListsAreAccepted()
    {
        QJsonArray tags;
        for (int i = 0; i < SegmentRule::maxValuesPerCondition; ++i)
            tags.append(u"标签-%1-🎉"_s.arg(i));
        const SegmentRule rule = SegmentRule::fromJson(
            ruleWith({ QJsonObject { { u"kind"_s, u"tags_all"_s }, { u"tags"_s, tags } } }));
        const CompiledSegment compiled = compileSegment(rule, {}, QDate(2026, 1, 1));
        // One JSON array and the count: two parameters, whatever the list's length.
        QCOMPARE(compiled.parameters.size(), 2);
        QVERIFY(!compiled.where.contains(u"标签"_s));
    }

    void valuesNeverReachTheSql()
    {
        const SegmentRule rule = SegmentRule::fromJson(
            parse("{\"version\": 1, \"conditions\": [ {\"kind\": \"tags_any\", \"tags\": [\"x') OR "
                  "1=1 --\"]}, {\"kind\": \"owner_guide\", \"guide_id\": \"g' OR '1'='1\"}, "
                  "{\"kind\": \"spend_range\", \"min_cents\": 123456}]}"));
        const CompiledSegment compiled
            = compileSegment(rule, { u"me'--"_s, {} }, QDate(2026, 1, 1));
        QVERIFY(!compiled.where.contains(u"OR 1=1"_s));
        QVERIFY(!compiled.where.contains(u"me'"_s));
        QVERIFY(!compiled.where.contains(u"123456"_s));
        QCOMPARE(compiled.where.count(u'?'), compiled.parameters.size());
    }

    void riskBandNeedsScores()
    {
        const SegmentRule rule
            = SegmentRule::fromJson(parse("{\"version\": 1, \"conditions\": [{\"kind\": "
                                          "\"risk_band\", \"bands\": [\"high\"]}]}"));
        QVERIFY_THROWS_EXCEPTION(InvalidRule, compileSegment(rule, {}, QDate(2026, 1, 1)));
        // With a list for set conditions (the segment worker's cache answers them), the
        // band leaves the SQL.
        QList<Condition> sets;
        const CompiledSegment compiled = compileSegment(rule, {}, QDate(2026, 1, 1), &sets);
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().values, QStringList { u"high"_s });
        QCOMPARE(compiled.where, u"c.deleted = 0"_s);
        QVERIFY(compiled.parameters.isEmpty());
    }

    void unknownRiskBandIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            InvalidRule,
            (void)SegmentRule::fromJson(parse("{\"version\": 1, \"conditions\": [{\"kind\": "
                                              "\"risk_band\", \"bands\": [\"severe\"]}]}")));
    }

    void daysAgoCountsFromToday()
    {
        const SegmentRule rule
            = SegmentRule::fromJson(parse("{\"version\": 1, \"conditions\": [{\"kind\": "
                                          "\"last_visit_days_ago\", \"more_than\": 30}]}"));
        const CompiledSegment compiled = compileSegment(rule, {}, QDate(2026, 3, 31));
        QCOMPARE(std::get<QString>(compiled.parameters.constLast()), u"2026-03-01"_s);
    }
};

QTEST_GUILESS_MAIN(TestSegmentRule)
#include "tst_segmentrule.moc"
