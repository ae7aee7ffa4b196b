// Birthday lists from the store: today / this week / this month, a guide's own customers or
// the store's, soonest first; junk birthdays in the table are skipped, not fatal.
#include "calendar/birthdaylistmodel.h"
#include "calendar/lunarcalendar.h"
#include "calendar/upcomingbirthdays.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestUpcomingBirthdays : public QObject
{
    Q_OBJECT

    std::unique_ptr<store::Database> m_db;
    int m_next = 0;

    QString addCustomer(const QString &owner, const QString &name, const QString &calendar,
                        int year, int month, int day, bool leap = false)
    {
        const QString id = u"c%1"_s.arg(++m_next);
        auto q = m_db->prepare(
            u"INSERT INTO customers (id, store_id, owner_guide_id, name, name_sort,"
            " birthday_calendar, birthday_year, birthday_month, birthday_day, birthday_leap)"
            " VALUES (?, 's1', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q->bindAll(id, owner, name, name, calendar, year, month, day, leap ? 1 : 0);
        q->run();
        return id;
    }

    QStringList names(const QList<calendar::UpcomingBirthday> &list)
    {
        QStringList out;
        for (const auto &b : list)
            out << b.name;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_db->exec(
            u"INSERT INTO stores (id, name) VALUES ('s1', 'S');"
            "INSERT INTO guides (id, store_id, name) VALUES ('g1', 's1', 'A'), ('g2', 's1', 'B')"_s);
    }

    void rangesOfAGuidesBook()
    {
        // Wednesday 11 March 2026.
        const QDate today(2026, 3, 11);
        addCustomer(u"g1"_s, u"today"_s, u"gregorian"_s, 1990, 3, 11);
        addCustomer(u"g1"_s, u"sunday"_s, u"gregorian"_s, 0, 3, 15);
        addCustomer(u"g1"_s, u"monday"_s, u"gregorian"_s, 1985, 3, 9);
        addCustomer(u"g1"_s, u"month end"_s, u"gregorian"_s, 1985, 3, 31);
        addCustomer(u"g1"_s, u"april"_s, u"gregorian"_s, 1985, 4, 1);
        const QDate lunarDay = QDate(2026, 3, 13);
        const calendar::LunarDate l = calendar::LunarCalendar::fromGregorian(lunarDay);
        addCustomer(u"g1"_s, u"lunar friday"_s, u"lunar"_s, 1988, l.month, l.day);
        addCustomer(u"g2"_s, u"other guide"_s, u"gregorian"_s, 1990, 3, 11);
        addCustomer(u"g1"_s, u"junk"_s, u"gregorian"_s, 1990, 2, 31);
        addCustomer(u"g1"_s, u"none"_s, u"gregorian"_s, 0, 0, 0);

        QCOMPARE(names(calendar::upcomingBirthdays(*m_db, u"g1"_s, today, today)),
                 QStringList { u"today"_s });
        QCOMPARE(names(calendar::upcomingBirthdays(*m_db, QString(), today, today)),
                 (QStringList { u"other guide"_s, u"today"_s }));
        const auto week = calendar::upcomingBirthdays(*m_db, u"g1"_s, today, today.addDays(6));
        QCOMPARE(names(week), (QStringList { u"today"_s, u"lunar friday"_s, u"sunday"_s }));
        QCOMPARE(week.at(0).age, 36);
        QCOMPARE(week.at(1).date, lunarDay);
        QVERIFY(!week.at(2).age);

        calendar::BirthdayListModel model(*m_db);
        QAbstractItemModelTester tester(&model);
        model.setToday(today);
        model.setOwnerGuideId(u"g1"_s);
        model.setRange(calendar::BirthdayListModel::Range::ThisWeek);
        // Monday 9 March to Sunday 15 March: the one already past is there, marked past.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0).data(calendar::BirthdayListModel::NameRole).toString(),
                 u"monday"_s);
        QCOMPARE(model.index(0).data(calendar::BirthdayListModel::DaysAwayRole).toInt(), -2);
        QCOMPARE(model.index(3).data(calendar::BirthdayListModel::AgeRole).toInt(), -1);
        model.setRange(calendar::BirthdayListModel::Range::ThisMonth);
        QCOMPARE(model.rowCount(), 5);
        model.setRange(calendar::BirthdayListModel::Range::Today);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(calendar::BirthdayListModel::LunarRole).toBool(), false);
    }

    void emptyAndBackwardRanges()
    {
        addCustomer(u"g1"_s, u"x"_s, u"gregorian"_s, 1990, 3, 11);
        QVERIFY(calendar::upcomingBirthdays(*m_db, u"g1"_s, QDate(2026, 3, 12), QDate(2026, 3, 11))
                    .isEmpty());
        QVERIFY(calendar::upcomingBirthdays(*m_db, u"g1"_s, QDate(), QDate()).isEmpty());
        QVERIFY(
            calendar::upcomingBirthdays(*m_db, u"nobody"_s, QDate(2026, 3, 11), QDate(2026, 3, 11))
                .isEmpty());
    }

    void hundredThousandCustomers()
    {
        // A figure, not an assertion of speed: a store's month of birthdays, 30 % lunar.
        store::Transaction transaction(*m_db);
        for (int i = 0; i < 100'000; ++i) {
            const bool isLunar = i % 10 < 3;
            addCustomer(u"g1"_s, u"n%1"_s.arg(i), isLunar ? u"lunar"_s : u"gregorian"_s,
                        1950 + i % 50, 1 + i % 12, 1 + (i / 12) % (isLunar ? 29 : 28));
        }
        transaction.commit();
        QElapsedTimer timer;
        timer.start();
        const auto month
            = calendar::upcomingBirthdays(*m_db, QString(), QDate(2026, 3, 1), QDate(2026, 3, 31));
        qInfo("100,000 customers: a month of birthdays (%lld) in %lld ms", qint64(month.size()),
              timer.elapsed());
        QVERIFY(month.size() > 100'000 / 12 / 2 && month.size() < 100'000 / 12 * 2);
    }
};

QTEST_GUILESS_MAIN(TestUpcomingBirthdays)
#include "tst_upcomingbirthdays.moc"
