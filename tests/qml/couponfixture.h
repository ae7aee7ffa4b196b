// A real (unencrypted, temporary) store for the QML tests of coupons: one store, a guide,
// the customers c0…c4 of the fake repository, three templates (usable, used up, expired),
// the real CouponWriter and CouponDesk over it, and a driver that plays the server's part
// (an issue's status as a pull would bring it).
#pragma once

#include "coupondesk.h"
#include "coupons/couponwriter.h"
#include "outbox/outbox.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QDate>
#include <QTemporaryDir>

namespace gd::test {

class CouponFixture : public QObject
{
    Q_OBJECT
public:
    CouponFixture()
        : m_db(open(m_dir))
        , m_outbox(*m_db)
        , m_writer(*m_db, m_outbox, { QStringLiteral("g1"), QStringLiteral("s1") })
        , m_desk(*m_db)
    {
        using namespace Qt::StringLiterals;
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        const QDate today = QDate::currentDate();
        m_db->exec(u"INSERT INTO stores (id, name) VALUES ('s1', '上海南京西路店');"
                   "INSERT INTO guides (id, store_id, name) VALUES ('g1', 's1', '王丽');"_s);
        for (int i = 0; i < 5; ++i) {
            auto q = m_db->prepare(u"INSERT INTO customers (id, store_id, owner_guide_id, name)"
                                   " VALUES (?, 's1', 'g1', ?)"_s);
            q->bindAll(u"c%1"_s.arg(i), u"顾客%1"_s.arg(i));
            q->run();
        }
        const auto coupon = [&](const QString &id, const QString &name, const QString &nameEn,
                                qint64 cents, int fromDays, int toDays, int quota, int issued) {
            auto q = m_db->prepare(u"INSERT INTO coupons (id, store_id, name, name_en,"
                                   " value_cents, valid_from, valid_to, quota, issued_count)"
                                   " VALUES (?, 's1', ?, ?, ?, ?, ?, ?, ?)"_s);
            q->bindAll(id, name, nameEn, cents, today.addDays(fromDays).toString(Qt::ISODate),
                       today.addDays(toDays).toString(Qt::ISODate), quota, issued);
            q->run();
        };
        coupon(u"k-birthday"_s, u"生日券 ¥100"_s, u"Birthday ¥100"_s, 10000, -10, 30, 200, 10);
        coupon(u"k-used-up"_s, u"老客回店 ¥50"_s, u"Welcome back ¥50"_s, 5000, -10, 30, 100, 100);
        coupon(u"k-expired"_s, u"秋季焕新 ¥80"_s, u"Autumn refresh ¥80"_s, 8000, -60, -5, 300, 1);
        m_desk.setWriter(&m_writer);
        m_desk.setStoreId(u"s1"_s);
    }

    [[nodiscard]] ui::CouponDesk *desk() { return &m_desk; }

    /// Waiting outbox entries (what a sync would push).
    Q_INVOKABLE int pendingCount() { return m_outbox.pendingCount(); }
    /// The newest issue of the customer ("" if none).
    Q_INVOKABLE QString lastIssueId(const QString &customerId)
    {
        auto q = m_db->prepare(QStringLiteral("SELECT id FROM coupon_issues WHERE customer_id = ?"
                                              " ORDER BY rowid DESC LIMIT 1"));
        q->bind(1, customerId);
        return q->step() ? q->text(0) : QString();
    }
    /// Plays a pull that brought the server's version of an issue.
    Q_INVOKABLE void serverSays(const QString &issueId, const QString &status,
                                const QString &reason)
    {
        auto q = m_db->prepare(QStringLiteral("UPDATE coupon_issues SET status = ?, reject_reason"
                                              " = ?, version = version + 1 WHERE id = ?"));
        q->bindAll(status, reason, issueId);
        q->run();
        m_desk.storeChanged({ QStringLiteral("coupon_issues") });
    }
    /// Forgets every issue (tests start clean).
    Q_INVOKABLE void clearIssues()
    {
        m_db->exec(QStringLiteral("DELETE FROM outbox_touches; DELETE FROM outbox;"
                                  " DELETE FROM coupon_issues;"));
        m_desk.storeChanged({ QStringLiteral("coupon_issues") });
    }

private:
    static std::unique_ptr<store::Database> open(const QTemporaryDir &dir)
    {
        return store::Database::openUnencrypted(dir.filePath(QStringLiteral("coupons.db")),
                                                store::Database::OpenMode::CreateIfMissing);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    outbox::Outbox m_outbox;
    coupons::CouponWriter m_writer;
    ui::CouponDesk m_desk;
};

} // namespace gd::test
