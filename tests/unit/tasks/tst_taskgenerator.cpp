// Task generation: revisits from the visit-gap candidates (top N a day, cadence, closed by a
// note or a purchase), birthday tasks N days ahead with the greeting, and idempotence —
// running it twice, or on a second device, makes nothing twice.
#include "taskfixture.h"
#include "tasks/revisitcandidatesource.h"
#include "tasks/taskgenerator.h"
#include "tasks/taskids.h"
#include "tasks/taskwriter.h"
#include "tasks/visitgapcandidates.h"

using namespace Qt::StringLiterals;
using namespace gd;

class TestTaskGenerator : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TaskFixture> f;
    std::unique_ptr<tasks::TaskWriter> writer;
    std::unique_ptr<tasks::VisitGapCandidates> source;
    std::unique_ptr<tasks::TaskGenerator> generator;
    const QDate today { 2026, 12, 2 };

    tasks::GenerationSettings settings(int perDay = 2)
    {
        tasks::GenerationSettings s;
        s.revisitsPerDay = perDay;
        s.revisitCadenceDays = 30;
        s.birthdayLeadDays = 3;
        s.greetingTemplate = u"生日快乐，%1！"_s;
        return s;
    }

    // Usually every 30 days, last seen `daysAgo` ago, after `visits` visits.
    QString lapsing(const QString &name, int daysAgo, qint64 spend, int visits = 5,
                    const QString &owner = u"g1"_s)
    {
        const QDate last = today.addDays(-daysAgo);
        return f->addCustomer(owner, name, visits, last.addDays(-30 * (visits - 1)), last, spend);
    }

    QDate m_clockDay;
    tasks::GenerationResult gen(const QDate &day, const tasks::GenerationSettings &s)
    {
        m_clockDay = day;
        return generator->generate(day, s);
    }

    qint64 revisitCount()
    {
        return f->count(u"SELECT count(*) FROM tasks WHERE kind = 'revisit'"_s);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<testing::TaskFixture>();
        writer = std::make_unique<tasks::TaskWriter>(*f->db, *f->outbox,
                                                     tasks::TaskActor { u"g1"_s, u"s1"_s, false });
        source = std::make_unique<tasks::VisitGapCandidates>(*f->db);
        generator = std::make_unique<tasks::TaskGenerator>(*f->db, *writer, *source);
        m_clockDay = today;
        writer->setClockForTesting([this] { return QDateTime(m_clockDay, QTime(10, 0), Qt::UTC); });
    }

    void candidatesAreOverdueCustomersByValue()
    {
        const QString rich = lapsing(u"rich"_s, 90, 5'000'00);
        const QString modest = lapsing(u"modest"_s, 60, 1'000'00);
        lapsing(u"on time"_s, 20, 9'000'00); // 20 days of a 30-day habit: not due
        lapsing(u"just under"_s, 44, 9'000'00); // 1.47 gaps
        f->addCustomer(u"g1"_s, u"one visit"_s, 1, today.addDays(-200), today.addDays(-200), 100);
        lapsing(u"someone else's"_s, 90, 9'000'00, 5, u"g2"_s);
        const auto found = source->candidates(u"g1"_s, today, 10);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).customerId, rich);
        QCOMPARE(found.at(1).customerId, modest);
        // A year of their spend at their pace: 5000 yuan over 5 visits, every 30 days.
        QCOMPARE(found.at(0).valueCentsAtStake, qint64(std::llround(5'000'00 / 5.0 * 365 / 30)));
        QCOMPARE(found.at(0).reason.value(u"usual_gap_days"_s).toInt(), 30);
        QCOMPARE(found.at(0).reason.value(u"days_since_visit"_s).toInt(), 90);
        QCOMPARE(source->candidates(u"g1"_s, today, 1).size(), 1);
        QVERIFY(source->candidates(u"g1"_s, today, 0).isEmpty());
        QVERIFY(source->candidates(u"g1"_s, QDate(), 5).isEmpty());
    }

    void topNPerDayAndIdempotent()
    {
        for (int i = 0; i < 5; ++i)
            lapsing(u"c%1"_s.arg(i), 60 + i, (i + 1) * 1'000'00);
        auto result = gen(today, settings(2));
        QCOMPARE(result.revisitsCreated, 2);
        QCOMPARE(revisitCount(), 2);
        // Again: the day's quota is used, nothing new.
        result = gen(today, settings(2));
        QCOMPARE(result.revisitsCreated, 0);
        QCOMPARE(revisitCount(), 2);
        QCOMPARE(f->outboxCount(u"task_upsert"_s), 2);
        // The most valuable first, due today, with the value and reason stored.
        auto q = f->db->prepare(u"SELECT title, due_on, value_cents FROM tasks ORDER BY"
                                " value_cents DESC"_s);
        QVERIFY(q->step());
        QCOMPARE(q->text(0), u"c4"_s);
        QCOMPARE(q->text(1), u"2026-12-02"_s);
        QVERIFY(q->int64(2) > 0);
        // The id says what the task is (kind, customer, day): another device makes the same.
        const QString top = tasks::generatedTaskId(u"revisit"_s, u"c-5"_s, today);
        QCOMPARE(f->taskColumn(top, u"title"_s), u"c4"_s);
    }

    void cadenceKeepsACustomerFromComingBackTooSoon()
    {
        lapsing(u"only"_s, 90, 1'000'00);
        QCOMPARE(gen(today, settings(5)).revisitsCreated, 1);
        const QString first = tasks::generatedTaskId(u"revisit"_s, u"c-1"_s, today);
        writer->complete(first, u"no_answer"_s);
        // Next day: done, but within the cadence.
        QCOMPARE(gen(today.addDays(1), settings(5)).revisitsCreated, 0);
        QCOMPARE(gen(today.addDays(29), settings(5)).revisitsCreated, 0);
        QCOMPARE(gen(today.addDays(30), settings(5)).revisitsCreated, 1);
        QCOMPARE(revisitCount(), 2);
    }

    void openRevisitIsNotDoubled()
    {
        lapsing(u"only"_s, 90, 1'000'00);
        QCOMPARE(gen(today, settings(5)).revisitsCreated, 1);
        // Still open 40 days later: no second task beside it.
        QCOMPARE(gen(today.addDays(40), settings(5)).revisitsCreated, 0);
        QCOMPARE(revisitCount(), 1);
    }

    void aNoteOrPurchaseClosesTheRevisitAndRestartsTheCadence()
    {
        const QString noted = lapsing(u"noted"_s, 90, 2'000'00);
        const QString bought = lapsing(u"bought"_s, 90, 1'000'00);
        QCOMPARE(gen(today, settings(5)).revisitsCreated, 2);
        const QString notedTask = tasks::generatedTaskId(u"revisit"_s, noted, today);
        const QString boughtTask = tasks::generatedTaskId(u"revisit"_s, bought, today);
        auto note = f->db->prepare(u"INSERT INTO notes (id, customer_id, guide_id, body,"
                                   " created_at) VALUES (?, ?, 'g1', 'called', ?)"_s);
        note->bindAll(u"n1"_s, noted, u"2026-12-02T11:00:00.000Z"_s);
        note->run();
        auto purchase = f->db->prepare(u"INSERT INTO purchases (id, customer_id, purchased_on,"
                                       " amount_cents) VALUES ('p1', ?, '2026-12-03', 50000)"_s);
        purchase->bind(1, bought);
        purchase->run();
        const auto result = gen(today.addDays(1), settings(5));
        QCOMPARE(result.revisitsClosed, 2);
        QCOMPARE(result.revisitsCreated, 0);
        QCOMPARE(f->taskColumn(notedTask, u"outcome"_s), u"reached"_s);
        QCOMPARE(f->taskColumn(boughtTask, u"outcome"_s), u"bought"_s);
        QCOMPARE(f->outboxCount(u"task_complete"_s), 2);
        // Another contact on 20 December restarts the noted customer's cadence.
        note->bindAll(u"n2"_s, noted, u"2026-12-20T09:00:00.000Z"_s);
        note->run();
        QCOMPARE(gen(today.addDays(20), settings(5)).revisitsCreated, 0);
        // 2 January: 30 days since the purchase, not since the last note.
        QCOMPARE(gen(today.addDays(31), settings(5)).revisitsCreated, 1);
        QCOMPARE(f->taskColumn(tasks::generatedTaskId(u"revisit"_s, bought, today.addDays(31)),
                               u"status"_s),
                 u"open"_s);
        const auto later = gen(today.addDays(49), settings(5));
        QCOMPARE(later.revisitsClosed, 0);
        QCOMPARE(later.revisitsCreated, 1);
        QCOMPARE(f->taskColumn(tasks::generatedTaskId(u"revisit"_s, noted, today.addDays(49)),
                               u"kind"_s),
                 u"revisit"_s);
    }

    void birthdayTasksComeNDaysAhead()
    {
        const QString soon = f->addCustomer(u"g1"_s, u"王五"_s, 0, {}, {}, 0, 12, 5);
        f->addCustomer(u"g1"_s, u"later"_s, 0, {}, {}, 0, 12, 6);
        f->addCustomer(u"g2"_s, u"not mine"_s, 0, {}, {}, 0, 12, 3);
        f->addCustomer(u"g1"_s, u"junk"_s, 0, {}, {}, 0, 2, 30);
        tasks::GenerationSettings s = settings();
        s.birthdayCouponId = u"coupon-7"_s;
        auto result = gen(today, s);
        QCOMPARE(result.birthdaysCreated, 1);
        const QString id = tasks::generatedTaskId(u"birthday"_s, soon, QDate(2026, 12, 5));
        QCOMPARE(f->taskColumn(id, u"due_on"_s), u"2026-12-05"_s);
        QCOMPARE(f->taskColumn(id, u"body"_s), u"生日快乐，王五！"_s);
        QCOMPARE(f->taskColumn(id, u"coupon_id"_s), u"coupon-7"_s);
        QCOMPARE(f->lastArgs().value(u"coupon_id"_s).toString(), u"coupon-7"_s);
        QCOMPARE(gen(today, s).birthdaysCreated, 0);
        QCOMPARE(gen(today.addDays(1), s).birthdaysCreated, 1); // 12-06 now in range
        QCOMPARE(gen(today.addDays(2), s).birthdaysCreated, 0);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE kind = 'birthday'"_s), 2);
        // Lead 0: only today's.
        s.birthdayLeadDays = 0;
        QCOMPARE(gen(QDate(2027, 12, 5), s).birthdaysCreated, 1);
    }

    void managersAndNobodyGenerateNothing()
    {
        lapsing(u"x"_s, 90, 1'000'00);
        f->addCustomer(u"g1"_s, u"bd"_s, 0, {}, {}, 0, 12, 2);
        writer->setActor({ u"m1"_s, u"s1"_s, true });
        QCOMPARE(gen(today, settings()).revisitsCreated, 0);
        writer->setActor({});
        QCOMPARE(gen(today, settings()).birthdaysCreated, 0);
        writer->setActor({ u"g1"_s, u"s1"_s, false });
        QCOMPARE(gen(QDate(), settings()).revisitsCreated, 0);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskGenerator)
#include "tst_taskgenerator.moc"
