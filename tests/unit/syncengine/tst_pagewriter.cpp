// The page writer (the sync thread parses the next page while it writes): pages written in
// the order handed over, each reported back on the caller's thread; a page the store refuses
// rolls the whole open batch back and leaves the cookie where it was; abandon() drops what
// is queued and leaves no batch open.
#include "memorystore.h"
#include "sync/pagewriter.h"
#include "sync/pullapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gd;

namespace {

const QString store1 = u"00000000-0000-4000-8000-000000000001"_s;
const QString guide1 = u"00000000-0000-4000-8000-000000000002"_s;

QString customerId(int n)
{
    return u"00000000-0000-4000-8000-1%1"_s.arg(n, 11, 10, QLatin1Char('0'));
}

// A page of `count` customers from `first` on; `taskKind` other than "todo" is refused by
// the schema's CHECK (a page the store cannot take).
sync::PullPage page(const QString &cookie, int first, int count, bool more,
                    const QString &taskKind = u"todo"_s)
{
    QJsonArray customers;
    for (int n = first; n < first + count; ++n)
        customers.append(QJsonArray { customerId(n), 10, store1, guide1, u"顾客%1"_s.arg(n) });
    QJsonArray tasks;
    tasks.append(QJsonArray { u"task-%1"_s.arg(first), 10, guide1, taskKind, u"回访"_s });
    const QJsonArray tables {
        QJsonObject {
            { u"name"_s, u"customers"_s },
            { u"columns"_s,
              QJsonArray { u"id"_s, u"version"_s, u"store_id"_s, u"owner_guide_id"_s, u"name"_s } },
            { u"rows"_s, customers } },
        QJsonObject {
            { u"name"_s, u"tasks"_s },
            { u"columns"_s,
              QJsonArray { u"id"_s, u"version"_s, u"guide_id"_s, u"kind"_s, u"title"_s } },
            { u"rows"_s, tasks } },
    };
    return sync::parsePullPage(QJsonDocument(QJsonObject { { u"cookie"_s, cookie },
                                                           { u"more"_s, more },
                                                           { u"remaining"_s, 0 },
                                                           { u"tables"_s, tables } })
                                   .toJson());
}

} // namespace

class TestPageWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::MemoryStore> m_store;
    std::unique_ptr<sync::PullApplier> m_applier;
    std::unique_ptr<sync::PageWriter> m_writer;
    QList<sync::PageWritten> m_reports;
    QList<bool> m_reportedOnMainThread;

    qint64 count(const QString &sql) { return m_store->count(sql); }
    bool waitForReports(qsizetype n)
    {
        return QTest::qWaitFor([&] { return m_reports.size() >= n; }, 10'000);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<testsupport::MemoryStore>(false);
        m_applier
            = std::make_unique<sync::PullApplier>(*m_store->db, *m_store->outbox, *m_store->index);
        m_reports.clear();
        m_reportedOnMainThread.clear();
        m_writer = std::make_unique<sync::PageWriter>(
            *m_store->db, *m_applier, this, [this](const sync::PageWritten &written) {
                m_reports << written;
                m_reportedOnMainThread << (QThread::currentThread() == thread());
            });
    }

    void cleanup()
    {
        m_writer.reset();
        m_applier.reset();
        m_store.reset();
    }

    void writesInOrderAndReportsOnTheCallersThread()
    {
        m_writer->write(7, page(u"c1"_s, 0, 300, true), {});
        m_writer->write(7, page(u"c2"_s, 300, 300, true), {});
        m_writer->write(7, page(u"c3"_s, 600, 300, false), u"PRAGMA user_version"_s);
        QVERIFY(waitForReports(3));
        QCOMPARE(m_reportedOnMainThread, QList<bool>({ true, true, true }));
        for (const sync::PageWritten &written : std::as_const(m_reports)) {
            QCOMPARE(written.cycle, quint64(7));
            QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
            QCOMPARE(written.applied, qsizetype(301));
            QVERIFY(written.committedTables.contains(u"customers"_s));
        }
        QCOMPARE(m_reports.last().more, false);
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 900);
        QCOMPARE(m_applier->cookie(), u"c3"_s); // the last page's cookie: written in order
    }

    void aRefusedPageRollsTheBatchBack()
    {
        m_applier->setBulkLoad(true);
        m_writer->setBulkCommitMs(600'000); // one batch for the whole test
        m_writer->write(3, page(u"c1"_s, 0, 200, true), {});
        m_writer->write(3, page(u"c2"_s, 200, 200, true, u"not-a-kind"_s), {});
        QVERIFY(waitForReports(2));
        QVERIFY(m_reports.at(0).error.isEmpty());
        QVERIFY(m_reports.at(0).committedTables.isEmpty()); // the batch was still open
        QVERIFY(!m_reports.at(1).error.isEmpty());
        QVERIFY2(m_reports.at(1).error.contains(u"CHECK"_s, Qt::CaseInsensitive),
                 qPrintable(m_reports.at(1).error));
        // Nothing of the batch stays: the saved cookie fetches both pages again.
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 0);
        QCOMPARE(m_applier->cookie(), QString());
        QVERIFY(!m_store->db->inTransaction());
    }

    void abandonDropsQueuedPagesAndTheOpenBatch()
    {
        m_applier->setBulkLoad(true);
        m_writer->setBulkCommitMs(600'000);
        for (int i = 0; i < 6; ++i)
            m_writer->write(5, page(u"c%1"_s.arg(i), i * 1000, 1000, true), {});
        m_writer->abandon();
        QVERIFY(!m_store->db->inTransaction());
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 0);
        QCOMPARE(m_applier->cookie(), QString());
        // Reports of the abandoned pages may still arrive; none of them is of a page that
        // was left committed. A new cycle writes again.
        m_applier->setBulkLoad(false);
        m_writer->write(6, page(u"d1"_s, 0, 10, false), {});
        QVERIFY(QTest::qWaitFor([&] { return !m_reports.isEmpty() && m_reports.last().cycle == 6; },
                                10'000));
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 10);
    }
};

QTEST_GUILESS_MAIN(TestPageWriter)
#include "tst_pagewriter.moc"
