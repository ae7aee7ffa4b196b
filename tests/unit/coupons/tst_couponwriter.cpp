// Issuing coupons on the device: each issue and its own outbox entry land together, a list
// (a segment) is all or nothing, and junk — unknown coupon or customer, an expired or
// future template, an empty list, duplicates, a coupon the customer holds already — is
// refused with nothing written.
#include "coupons/couponwriter.h"
#include "couponteststore.h"
#include "outbox/outbox.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;
using Reason = coupons::CouponRefused::Reason;

Q_DECLARE_METATYPE(gd::coupons::CouponRefused::Reason)

class TestCouponWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<coupons::CouponWriter> m_writer;
    customers::Actor m_actor;
    QStringList m_customers; // the guide's own, in a stable order
    int m_writes = 0;

    qint64 count(const QString &sql) { return m_db->scalar(sql); }
    QString coupon(const QString &nameStart)
    {
        return test::demoCouponId(*m_db, m_actor.storeId, nameStart);
    }
    // Runs `write` and checks that it is refused for `reason` and wrote nothing.
    template<typename Write> void expectRefused(Reason reason, Write write)
    {
        const qint64 issues = count(u"SELECT count(*) FROM coupon_issues"_s);
        const int pending = m_outbox->pendingCount();
        bool refused = false;
        try {
            write();
        } catch (const coupons::CouponRefused &e) {
            refused = true;
            QCOMPARE(int(e.reason), int(reason));
        }
        QVERIFY2(refused, "the write was not refused");
        QCOMPARE(count(u"SELECT count(*) FROM coupon_issues"_s), issues);
        QCOMPARE(m_outbox->pendingCount(), pending);
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openCouponTestStore();
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
        auto guide
            = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide' LIMIT 1"_s);
        QVERIFY(guide->step());
        m_actor = { guide->text(0), guide->text(1) };
        m_writer = std::make_unique<coupons::CouponWriter>(*m_db, *m_outbox, m_actor);
        m_writer->setToday(test::couponTestDay);
        m_writes = 0;
        m_writer->setAfterWrite([this] { ++m_writes; });
        m_customers.clear();
        auto q = m_db->prepare(
            u"SELECT id FROM customers WHERE owner_guide_id = ? ORDER BY rowid LIMIT 10"_s);
        q->bind(1, m_actor.guideId);
        while (q->step())
            m_customers << q->text(0);
        QCOMPARE(m_customers.size(), 10);
    }

    void demoTemplatesAreThere()
    {
        // Seven a store, both stores; one used up, one expired on the demo's day.
        QCOMPARE(count(u"SELECT count(*) FROM coupons"_s), 14);
        QCOMPARE(count(u"SELECT count(DISTINCT store_id) FROM coupons"_s), 2);
        QVERIFY(!coupon(u"满500减50"_s).isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM coupons WHERE issued_count >= quota"_s), 2);
    }

    void oneIssueAndItsOutboxEntryTogether()
    {
        const QString couponId = coupon(u"生日券"_s);
        const QString id = m_writer->issue(couponId, m_customers.first());
        auto row = m_db->prepare(u"SELECT coupon_id, customer_id, guide_id, status, version,"
                                 " created_at FROM coupon_issues WHERE id = ?"_s);
        row->bind(1, id);
        QVERIFY(row->step());
        QCOMPARE(row->text(0), couponId);
        QCOMPARE(row->text(1), m_customers.first());
        QCOMPARE(row->text(2), m_actor.guideId);
        QCOMPARE(row->text(3), u"pending"_s);
        QCOMPARE(row->int64(4), 0);
        QVERIFY(!row->text(5).isEmpty());
        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"coupon_issue"_s);
        QCOMPARE(pending.first().args.value(u"id"_s).toString(), id);
        QCOMPARE(pending.first().args.value(u"coupon_id"_s).toString(), couponId);
        QCOMPARE(pending.first().args.value(u"customer_id"_s).toString(), m_customers.first());
        QVERIFY(m_outbox->touchesPendingRow(u"coupon_issues"_s, id));
        QCOMPARE(m_writes, 1);
    }

    void aListIsOneIssueAndOneEntryPerCustomer()
    {
        const QString couponId = coupon(u"新会员"_s);
        const QStringList ids = m_writer->issueToCustomers(couponId, m_customers);
        QCOMPARE(ids.size(), m_customers.size());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // own UUIDs
        const auto pending = m_outbox->pending(100);
        QCOMPARE(pending.size(), m_customers.size());
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(pending.at(i).args.value(u"id"_s).toString(), ids.at(i));
            QCOMPARE(pending.at(i).args.value(u"customer_id"_s).toString(), m_customers.at(i));
        }
        QCOMPARE(count(u"SELECT count(*) FROM coupon_issues WHERE status = 'pending'"_s),
                 m_customers.size());
        QCOMPARE(m_writes, 1); // one transaction, one "written"
    }

    void theQuotaIsTheServersToCount()
    {
        // 3 left as last known, 5 asked: the device does not know better than the server,
        // which answers the over-quota ones with rejected rows.
        const QString couponId = coupon(u"双十二"_s);
        QCOMPARE(m_writer->issueToCustomers(couponId, m_customers.mid(0, 5)).size(), 5);
    }

    void junkIsRefusedWithNothingWritten()
    {
        const QString good = coupon(u"生日券"_s);
        expectRefused(Reason::UnknownCoupon,
                      [&] { m_writer->issue(u"no-such"_s, m_customers.first()); });
        expectRefused(Reason::UnknownCoupon,
                      [&] { m_writer->issue(QString(), m_customers.first()); });
        expectRefused(Reason::UnknownCustomer, [&] { m_writer->issue(good, u"no-such"_s); });
        expectRefused(Reason::UnknownCustomer, [&] { m_writer->issue(good, u"' OR 1=1 --"_s); });
        expectRefused(Reason::Expired,
                      [&] { m_writer->issue(coupon(u"秋季"_s), m_customers.first()); });
        expectRefused(Reason::EmptyList, [&] { m_writer->issueToCustomers(good, {}); });
        // A bad customer at the end of a list: the ones before it are not written either.
        expectRefused(Reason::UnknownCustomer, [&] {
            m_writer->issueToCustomers(good, m_customers.mid(0, 5) << u"ghost"_s);
        });
        expectRefused(Reason::DuplicateCustomer, [&] {
            m_writer->issueToCustomers(good,
                                       { m_customers.at(0), m_customers.at(1), m_customers.at(0) });
        });
        QStringList tooMany;
        for (int i = 0; i <= coupons::CouponWriter::maxCustomersPerIssue; ++i)
            tooMany << u"c%1"_s.arg(i);
        expectRefused(Reason::TooMany, [&] { m_writer->issueToCustomers(good, tooMany); });
        QCOMPARE(m_writes, 0);
    }

    void aTemplateOfAnotherStoreIsUnknownHere()
    {
        auto other = m_db->prepare(u"SELECT id FROM coupons WHERE store_id <> ? LIMIT 1"_s);
        other->bind(1, m_actor.storeId);
        QVERIFY(other->step());
        const QString foreign = other->text(0);
        expectRefused(Reason::UnknownCoupon,
                      [&] { m_writer->issue(foreign, m_customers.first()); });
    }

    void aTemplateNotValidYetIsRefused()
    {
        const QString couponId = coupon(u"生日券"_s);
        m_writer->setToday(test::couponTestDay.addDays(-31)); // valid from day -30
        expectRefused(Reason::NotYetValid, [&] { m_writer->issue(couponId, m_customers.first()); });
        m_writer->setToday(test::couponTestDay.addDays(61)); // valid to day +60
        expectRefused(Reason::Expired, [&] { m_writer->issue(couponId, m_customers.first()); });
        m_writer->setToday(test::couponTestDay.addDays(60)); // the last day still counts
        m_writer->issue(couponId, m_customers.first());
    }

    void oneLiveIssuePerCustomerUnlessTheTemplateAllowsMore()
    {
        const QString once = coupon(u"生日券"_s);
        m_writer->issue(once, m_customers.at(0));
        expectRefused(Reason::AlreadyHeld, [&] { m_writer->issue(once, m_customers.at(0)); });
        // The whole list fails for one holder in it.
        expectRefused(Reason::AlreadyHeld, [&] {
            m_writer->issueToCustomers(once, { m_customers.at(1), m_customers.at(0) });
        });
        // A rejected or redeemed one no longer counts as held.
        m_db->exec(u"UPDATE coupon_issues SET status = 'rejected'"_s);
        m_writer->issue(once, m_customers.at(0));
        m_db->exec(u"UPDATE coupon_issues SET status = 'redeemed'"_s);
        m_writer->issue(once, m_customers.at(0));
        // 会员日 allows three at once.
        const QString thrice = coupon(u"会员日"_s);
        for (int i = 0; i < 3; ++i)
            m_writer->issue(thrice, m_customers.at(2));
        expectRefused(Reason::AlreadyHeld, [&] { m_writer->issue(thrice, m_customers.at(2)); });
    }

    void nobodySignedInIssuesNothing()
    {
        m_writer->setActor({});
        expectRefused(Reason::NotSignedIn,
                      [&] { m_writer->issue(coupon(u"生日券"_s), m_customers.first()); });
    }

    void aRejectedMutationWithdrawsTheLocalIssue()
    {
        const QString id = m_writer->issue(coupon(u"生日券"_s), m_customers.first());
        const qint64 mutation = m_outbox->pending(1).first().mutationId;
        {
            store::Transaction transaction(*m_db);
            m_outbox->markRejected(mutation, u"forbidden: not yours"_s);
            transaction.commit();
        }
        QCOMPARE(count(u"SELECT deleted FROM coupon_issues WHERE id = '%1'"_s.arg(id)), 1);
        QCOMPARE(m_outbox->rejectedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCouponWriter)
#include "tst_couponwriter.moc"
