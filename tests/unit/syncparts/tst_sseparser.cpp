// The event-stream parser: the WHATWG rules, any chunking, junk.
#include "sync/backoff.h"
#include "sync/sseparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd::sync;

class TestSyncParts : public QObject
{
    Q_OBJECT

    static QList<SseEvent> feedBytewise(const QByteArray &stream)
    {
        SseParser parser;
        QList<SseEvent> events;
        for (char c : stream)
            events += parser.feed(QByteArray(1, c));
        return events;
    }

private Q_SLOTS:
    void parsesEventsWithIdsAndTypes()
    {
        SseParser parser;
        const auto events = parser.feed("retry: 2000\n\nid: 7\nevent: order\ndata: {\"a\":1}\n\n"
                                        ": keepalive\n\ndata: plain\n\n"_ba);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).id, u"7"_s);
        QVERIFY(events.at(0).hasId);
        QCOMPARE(events.at(0).event, u"order"_s);
        QCOMPARE(events.at(0).data, u"{\"a\":1}"_s);
        QCOMPARE(events.at(1).event, u"message"_s);
        QCOMPARE(events.at(1).id, u"7"_s); // the last event id persists
        QCOMPARE(parser.retryMs(), 2000);
    }

    void anyChunkingGivesTheSameEvents_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("lf") << "id: 1\nevent: order\ndata: x\n\nid: 2\ndata: y\ndata: z\n\n"_ba;
        QTest::newRow("crlf")
            << "id: 1\r\nevent: order\r\ndata: x\r\n\r\nid: 2\r\ndata: y\r\ndata: z\r\n\r\n"_ba;
        QTest::newRow("cr") << "id: 1\revent: order\rdata: x\r\rid: 2\rdata: y\rdata: z\r\r"_ba;
    }
    void anyChunkingGivesTheSameEvents()
    {
        QFETCH(QByteArray, stream);
        SseParser whole;
        const auto expected = whole.feed(stream);
        QCOMPARE(expected.size(), 2);
        QCOMPARE(expected.at(1).data, u"y\nz"_s);
        const auto bytewise = feedBytewise(stream);
        QCOMPARE(bytewise.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(bytewise.at(i).id, expected.at(i).id);
            QCOMPARE(bytewise.at(i).data, expected.at(i).data);
            QCOMPARE(bytewise.at(i).event, expected.at(i).event);
        }
    }

    void fieldRules()
    {
        SseParser parser;
        // No space after the colon; a field without colon; an empty data event not sent;
        // an id with NUL ignored; unknown fields ignored; a BOM at the start dropped.
        const auto events
            = parser.feed("\xEF\xBB\xBFid:5\nevent:order\ndata\n\nid: a\0b\nfoo: bar\n"
                          "data:x\n\nevent: lonely\n\n"_ba);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).id, u"5"_s);
        QCOMPARE(events.at(0).data, QString());
        QCOMPARE(events.at(1).id, u"5"_s);
        QCOMPARE(events.at(1).data, u"x"_s);
    }

    void junkNeverGrowsWithoutBound()
    {
        SseParser parser;
        parser.feed(QByteArray(2 * 1024 * 1024, 'x'));
        QVERIFY(parser.hasError());
        QVERIFY(parser.feed("data: late\n\n"_ba).isEmpty());
    }

    void utf8()
    {
        SseParser parser;
        const auto events = parser.feed("data: 羊绒围巾\n\n"_ba);
        QCOMPARE(events.first().data, u"羊绒围巾"_s);
    }

    void backoffGrowsWithJitterAndCap()
    {
        Backoff backoff(42);
        QList<int> delays;
        for (int i = 0; i < 12; ++i)
            delays << backoff.nextDelayMs();
        QCOMPARE(backoff.attempts(), 12);
        QVERIFY(delays.at(0) >= 500 && delays.at(0) <= 1500);
        QVERIFY(delays.at(3) >= 4000 && delays.at(3) <= 12000);
        for (int d : delays)
            QVERIFY(d >= 500 && d <= 60000);
        QVERIFY(delays.last() >= 30000); // at the cap, jittered
        backoff.reset();
        QVERIFY(backoff.nextDelayMs() <= 1500);
    }

    void backoffJittersDevicesApart()
    {
        Backoff a(1), b(2);
        bool differ = false;
        for (int i = 0; i < 5; ++i)
            differ = differ || a.nextDelayMs() != b.nextDelayMs();
        QVERIFY(differ);
    }

    void retryAfterWins()
    {
        Backoff backoff(7);
        QCOMPARE(backoff.nextDelayMs(30), 30000);
        QVERIFY(backoff.nextDelayMs(0) <= 3000); // no advice: ours
    }
};

QTEST_GUILESS_MAIN(TestSyncParts)
#include "tst_sseparser.moc"
