// The dashboard layout JSON: what parses, what is refused (with its reason), and that
// widgets of kinds this app does not know survive a round trip unchanged.
#include "dashboard/dashboardlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// JSON written as raw text (moc of Qt 6.4 does not read u-prefixed raw strings).
QString json(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace
using namespace gd::dashboard;

class TestDashboardLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndWritesBack()
    {
        const QString text = json(R"({"version":1,"widgets":[{"kind":"sales_today","size":"2x1"},
            {"kind":"orders_waiting","size":"1x1"},{"kind":"at_risk","size":"2x2"}]})");
        const DashboardLayout layout = DashboardLayout::fromJsonText(text);
        QCOMPARE(layout.widgets.size(), 3);
        QCOMPARE(layout.widgets.at(0).kind, u"sales_today"_s);
        QCOMPARE(layout.widgets.at(0).size, (WidgetSize { 2, 1 }));
        QCOMPARE(layout.widgets.at(2).size, (WidgetSize { 2, 2 }));
        QCOMPARE(DashboardLayout::fromJsonText(layout.toJsonText()), layout);
        QCOMPARE(layout.toJson().value(u"version"_s).toInt(), 1);
    }

    void emptyLayoutIsAllowed()
    {
        const auto layout = DashboardLayout::fromJsonText(json(R"({"version":1,"widgets":[]})"));
        QVERIFY(layout.widgets.isEmpty());
    }

    void unknownKindsAreKeptVerbatim()
    {
        const QString text
            = json(R"({"version":1,"widgets":[{"kind":"weather","size":"3x1","city":"上海",
            "extra":{"n":[1,2]}},{"kind":"sales_month","size":"1x1","colour":"teal"}]})");
        const DashboardLayout layout = DashboardLayout::fromJsonText(text);
        QCOMPARE(layout.widgets.size(), 2);
        QVERIFY(!layout.widgets.at(0).known());
        QVERIFY(layout.widgets.at(1).known());
        const QJsonArray written = layout.toJson().value(u"widgets"_s).toArray();
        const QJsonObject weather = written.at(0).toObject();
        QCOMPARE(weather.value(u"city"_s).toString(), u"上海"_s);
        QCOMPARE(weather.value(u"size"_s).toString(), u"3x1"_s);
        QCOMPARE(weather.value(u"extra"_s).toObject().value(u"n"_s).toArray().size(), 2);
        // A known widget's own extra keys (a newer client's settings) survive too.
        QCOMPARE(written.at(1).toObject().value(u"colour"_s).toString(), u"teal"_s);
    }

    void refusesJunk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << u"{version:1"_s << u"not JSON"_s;
        QTest::newRow("array") << u"[1,2]"_s << u"JSON object"_s;
        QTest::newRow("no version") << json(R"({"widgets":[]})") << u"version"_s;
        QTest::newRow("string version") << json(R"({"version":"1","widgets":[]})") << u"version"_s;
        QTest::newRow("fraction version")
            << json(R"({"version":1.5,"widgets":[]})") << u"version"_s;
        QTest::newRow("newer version")
            << json(R"({"version":2,"widgets":[]})") << u"not understood"_s;
        QTest::newRow("no widgets") << json(R"({"version":1})") << u"widgets"_s;
        QTest::newRow("widgets object") << json(R"({"version":1,"widgets":{}})") << u"widgets"_s;
        QTest::newRow("widget number")
            << json(R"({"version":1,"widgets":[3]})") << u"not an object"_s;
        QTest::newRow("no kind") << json(R"({"version":1,"widgets":[{"size":"1x1"}]})")
                                 << u"kind"_s;
        QTest::newRow("kind number")
            << json(R"({"version":1,"widgets":[{"kind":7}]})") << u"kind"_s;
        QTest::newRow("kind upper")
            << json(R"({"version":1,"widgets":[{"kind":"Sales"}]})") << u"kind"_s;
        QTest::newRow("kind sql")
            << u"{\"version\":1,\"widgets\":[{\"kind\":\"a'; DROP TABLE x\"}]}"_s << u"kind"_s;
        QTest::newRow("kind too long")
            << u"{\"version\":1,\"widgets\":[{\"kind\":\"%1\"}]}"_s.arg(QString(41, u'a'))
            << u"kind"_s;
        QTest::newRow("bad size") << json(
            R"({"version":1,"widgets":[{"kind":"at_risk","size":"3x3"}]})")
                                  << u"size"_s;
        QTest::newRow("size number")
            << json(R"({"version":1,"widgets":[{"kind":"at_risk","size":2}]})") << u"size"_s;
        QTest::newRow("no size") << json(R"({"version":1,"widgets":[{"kind":"at_risk"}]})")
                                 << u"size"_s;
        QTest::newRow("twice") << json(
            R"({"version":1,"widgets":[{"kind":"at_risk","size":"1x1"},{"kind":"at_risk","size":"2x1"}]})")
                               << u"twice"_s;
    }
    void refusesJunk()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        try {
            (void)DashboardLayout::fromJsonText(text);
            QFAIL("accepted junk");
        } catch (const InvalidLayout &e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(reason), qPrintable(what));
        }
    }

    void refusesOversized()
    {
        QJsonArray widgets;
        for (int i = 0; i < DashboardLayout::maxWidgets + 1; ++i)
            widgets.append(QJsonObject { { u"kind"_s, u"future_%1"_s.arg(i) } });
        const QJsonObject tooMany { { u"version"_s, 1 }, { u"widgets"_s, widgets } };
        QVERIFY_THROWS_EXCEPTION(InvalidLayout, DashboardLayout::fromJson(tooMany));
        const QString big
            = u"{\"version\":1,\"widgets\":[{\"kind\":\"future\",\"blob\":\"%1\"}]}"_s.arg(
                QString(DashboardLayout::maxJsonBytes, u'x'));
        try {
            (void)DashboardLayout::fromJsonText(big);
            QFAIL("accepted an oversized layout");
        } catch (const InvalidLayout &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(u"bytes"_s));
        }
    }

    void builtInDefaultIsValid()
    {
        const DashboardLayout layout = DashboardLayout::builtInDefault();
        QVERIFY(!layout.widgets.isEmpty());
        QCOMPARE(DashboardLayout::fromJsonText(layout.toJsonText()), layout);
        for (const auto &widget : layout.widgets)
            QVERIFY(widget.known());
    }

    void idsAreDerivedAndDistinct()
    {
        QCOMPARE(guideLayoutId(u"g1"_s), guideLayoutId(u"g1"_s));
        QVERIFY(guideLayoutId(u"g1"_s) != guideLayoutId(u"g2"_s));
        QVERIFY(guideLayoutId(u"s1"_s) != storeDefaultLayoutId(u"s1"_s));
        QCOMPARE(guideLayoutId(u"g1"_s).size(), 36);
    }
};

QTEST_GUILESS_MAIN(TestDashboardLayout)
#include "tst_dashboardlayout.moc"
