// The coupon models QML binds to: the store's templates (value, validity, what is left of
// the quota as last pulled, usable ones first) and a customer's coupons moving from pending
// to issued to redeemed, or rejected with a reason — each under QAbstractItemModelTester.
#include "coupons/coupontemplatemodel.h"
#include "coupons/couponwriter.h"
#include "coupons/customercouponmodel.h"
#include "couponteststore.h"
#include "outbox/outbox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestCouponModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<store::Database> m_db;
    QString m_storeId;
    QString m_guideId;
    QString m_customer;

    QVariant role(const QAbstractItemModel &model, int row, const QByteArray &name)
    {
        const int key = model.roleNames().key(name, -1);
        return model.data(model.index(row, 0), key);
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openCouponTestStore();
        auto guide
            = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide' LIMIT 1"_s);
        QVERIFY(guide->step());
        m_guideId = guide->text(0);
        m_storeId = guide->text(1);
        auto customer = m_db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ?"
                                      " ORDER BY rowid LIMIT 1"_s);
        customer->bind(1, m_guideId);
        QVERIFY(customer->step());
        m_customer = customer->text(0);
    }

    void templatesOfTheStoreUsableFirst()
    {
        coupons::CouponTemplateModel model(*m_db);
        QAbstractItemModelTester tester(&model);
        model.setStoreId(m_storeId);
        model.setToday(test::couponTestDay);
        QSignalSpy counted(&model, &coupons::CouponTemplateModel::countChanged);
        model.reload();
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.rowCount(), 7); // this store's only
        int usable = 0;
        bool seenUnusable = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool ok = role(model, row, "usable").toBool();
            QVERIFY2(!(ok && seenUnusable), "a usable template after an unusable one");
            seenUnusable = seenUnusable || !ok;
            usable += ok ? 1 : 0;
        }
        QCOMPARE(usable, 5); // all but the used-up and the expired one
        const int winback = model.indexOf(test::demoCouponId(*m_db, m_storeId, u"老客回店"_s));
        QVERIFY(winback >= 0);
        QCOMPARE(role(model, winback, "availability").toString(), u"exhausted"_s);
        QCOMPARE(role(model, winback, "remaining").toInt(), 0);
        const int autumn = model.indexOf(test::demoCouponId(*m_db, m_storeId, u"秋季"_s));
        QCOMPARE(role(model, autumn, "availability").toString(), u"expired"_s);
        const int spend = model.indexOf(test::demoCouponId(*m_db, m_storeId, u"满500减50"_s));
        QCOMPARE(role(model, spend, "value").toDouble(), 50.0);
        QCOMPARE(role(model, spend, "minSpend").toDouble(), 500.0);
        QCOMPARE(role(model, spend, "remaining").toInt(), 500 - 132);
        QCOMPARE(role(model, spend, "validTo").toDate(), test::couponTestDay.addDays(30));
        QCOMPARE(model.get(spend).value(u"name"_s).toString(), u"满500减50"_s);
        QVERIFY(model.get(-1).isEmpty());
        QVERIFY(model.get(99).isEmpty());
        QCOMPARE(model.firstUsable(), 0);
        // What the dialog asks by row: only a usable template gives its id.
        QCOMPARE(model.usableIdAt(spend), test::demoCouponId(*m_db, m_storeId, u"满500减50"_s));
        QCOMPARE(model.usableIdAt(winback), QString());
        QCOMPARE(model.usableIdAt(autumn), QString());
        QCOMPARE(model.usableIdAt(-1), QString());
        QCOMPARE(model.nameAt(spend, false), u"满500减50"_s);
        QCOMPARE(model.nameAt(spend, true), u"¥50 off ¥500"_s);
        QCOMPARE(model.nameAt(99, true), QString());
        QCOMPARE(model.valueAt(spend), 50.0);
        QCOMPARE(model.valueAt(99), 0.0);
        // A pull that took the rest of a quota: reloaded, it is no longer usable.
        m_db->exec(u"UPDATE coupons SET issued_count = quota WHERE id = '%1'"_s.arg(
            test::demoCouponId(*m_db, m_storeId, u"满500减50"_s)));
        model.reload();
        const int after = model.indexOf(test::demoCouponId(*m_db, m_storeId, u"满500减50"_s));
        QCOMPARE(role(model, after, "availability").toString(), u"exhausted"_s);
    }

    void aCustomersCouponsMoveThroughTheirStates()
    {
        outbox::Outbox outbox(*m_db);
        coupons::CouponWriter writer(*m_db, outbox, { m_guideId, m_storeId });
        writer.setToday(test::couponTestDay);
        coupons::CustomerCouponModel model(*m_db, m_customer);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        const QString first
            = writer.issue(test::demoCouponId(*m_db, m_storeId, u"生日券"_s), m_customer);
        QTest::qWait(5); // a later created_at
        const QString second
            = writer.issue(test::demoCouponId(*m_db, m_storeId, u"双十二"_s), m_customer);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(role(model, 0, "issueId").toString(), second); // newest first
        QCOMPARE(role(model, 1, "name").toString(), u"生日券 ¥100"_s);
        QCOMPARE(role(model, 1, "nameEn").toString(), u"Birthday ¥100"_s);
        QCOMPARE(role(model, 1, "value").toDouble(), 100.0);
        QCOMPARE(model.statusOf(first), u"pending"_s);
        QVERIFY(role(model, 1, "createdAt").toDateTime().isValid());
        // What pulls bring: issued, redeemed; the other over quota.
        m_db->exec(u"UPDATE coupon_issues SET status = 'issued', version = 5 WHERE id = '%1'"_s.arg(
            first));
        m_db->exec(u"UPDATE coupon_issues SET status = 'rejected', reject_reason ="
                   " 'quota_exhausted' WHERE id = '%1'"_s.arg(second));
        model.reload();
        QCOMPARE(model.statusOf(first), u"issued"_s);
        QCOMPARE(model.statusOf(second), u"rejected"_s);
        QCOMPARE(role(model, 0, "rejectReason").toString(), u"quota_exhausted"_s);
        m_db->exec(u"UPDATE coupon_issues SET status = 'redeemed', redeemed_at ="
                   " '2026-11-23T10:00:00.000Z' WHERE id = '%1'"_s.arg(first));
        model.reload();
        QCOMPARE(model.statusOf(first), u"redeemed"_s);
        QCOMPARE(role(model, 1, "redeemedAt").toDateTime().toUTC(),
                 QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        QCOMPARE(model.statusOf(u"nope"_s), QString());
        // Another customer's model sees none of it.
        coupons::CustomerCouponModel other(*m_db, u"someone-else"_s);
        QCOMPARE(other.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCouponModels)
#include "tst_couponmodels.moc"
