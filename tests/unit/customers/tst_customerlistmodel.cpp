// The list and profile models QML binds to, over a fake repository.
#include "customers/customerlistmodel.h"
#include "customers/customerprofile.h"
#include "fakecustomerrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gd::customers::CustomerListModel;

class TestCustomerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        gd::test::FakeCustomerRepository repo(1000);
        CustomerListModel model(&repo);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1000);
        model.setSearchText(u"王"_s);
        model.setSort(CustomerListModel::Sort::Spend);
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), 1000);
    }

    void loadsOnlyThePagesItShows()
    {
        gd::test::FakeCustomerRepository repo(10000);
        CustomerListModel model(&repo);
        QCOMPARE(repo.rowCalls, 0); // ids only until a row is shown
        QCOMPARE(model.data(model.index(0), CustomerListModel::NameRole).toString(), u"张三"_s);
        QCOMPARE(model.data(model.index(99), CustomerListModel::NameRole).isValid(), true);
        QCOMPARE(model.pagesLoaded(), 1);
        (void)model.data(model.index(5000), CustomerListModel::NameRole);
        QCOMPARE(model.pagesLoaded(), 2);
        // Scroll through everything: pages come and go, at most `cachedPages` stay.
        for (int row = 0; row < model.rowCount(); row += 50)
            QVERIFY(!model.data(model.index(row), CustomerListModel::CustomerIdRole)
                         .toString()
                         .isEmpty());
        QCOMPARE(model.pagesLoaded(), 1 + 100); // page 0 was still cached; page 50 was evicted
        QCOMPARE(repo.rowCalls, model.pagesLoaded());
    }

    void searchAndSortQueryOnceAndSignal()
    {
        gd::test::FakeCustomerRepository repo(500);
        CustomerListModel model(&repo);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &CustomerListModel::countChanged);
        const int before = repo.findCalls;
        model.setSearchText(u"1234"_s);
        QCOMPARE(repo.findCalls, before + 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.customerIdAt(0), u"c0"_s);
        model.setSearchText(u"1234"_s); // unchanged: no query
        QCOMPARE(repo.findCalls, before + 1);
        model.setSort(CustomerListModel::Sort::LastVisit);
        QCOMPARE(repo.findCalls, before + 2);
        model.setOwnerGuideId(u"g1"_s);
        QCOMPARE(repo.findCalls, before + 3);
        QCOMPARE(model.customerIdAt(-1), QString());
        QCOMPARE(model.customerIdAt(99999), QString());
    }

    void rolesSayWhatTheListShows()
    {
        gd::test::FakeCustomerRepository repo(30);
        CustomerListModel model(&repo);
        model.setToday(QDate(2026, 11, 1));
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, CustomerListModel::InitialRole).toString(), u"张"_s);
        QCOMPARE(model.data(first, CustomerListModel::DaysSinceLastVisitRole).toInt(),
                 -1); // i=0: never
        const QModelIndex second = model.index(1);
        QCOMPARE(model.data(second, CustomerListModel::DaysSinceLastVisitRole).toInt(), 1);
        QCOMPARE(model.data(second, CustomerListModel::TotalSpendRole).toDouble(), 123.45);
        QVERIFY(model.roleNames().values().contains("phoneMasked"));
        QVERIFY(!model.data(model.index(0), Qt::UserRole + 999).isValid());
    }

    void aRowGoneFromTheStoreShowsNothingNotAnotherCustomer()
    {
        gd::test::FakeCustomerRepository repo(10);
        CustomerListModel model(&repo);
        repo.rows[3].rowId = 999; // as if deleted between the id query and the page load
        QVERIFY(!model.data(model.index(3), CustomerListModel::NameRole).isValid());
        QCOMPARE(model.data(model.index(4), CustomerListModel::CustomerIdRole).toString(), u"c4"_s);
    }

    void profileExposesItsModels()
    {
        gd::test::FakeCustomerRepository repo(10);
        gd::customers::CustomerProfile profile(repo, u"c0"_s, QDate(2026, 11, 1));
        QVERIFY(profile.found());
        QCOMPARE(profile.name(), u"张三"_s);
        QCOMPARE(profile.lunarBirthdayText(), u"农历闰四月初八"_s);
        QAbstractItemModelTester tags(profile.tags(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester purchases(profile.purchases(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(profile.tags()->rowCount(), 1);
        QCOMPARE(profile.purchases()->rowCount(), 1);
        QCOMPARE(profile.favouriteCategories(), QStringList { u"连衣裙"_s });
        gd::customers::CustomerProfile missing(repo, u"nobody"_s);
        QVERIFY(!missing.found());
        QCOMPARE(missing.tags()->rowCount(), 0);
    }

    void lunarNames()
    {
        QCOMPARE(gd::customers::lunarMonthName(1, false), u"正月"_s);
        QCOMPARE(gd::customers::lunarMonthName(12, false), u"腊月"_s);
        QCOMPARE(gd::customers::lunarMonthName(2, true), u"闰二月"_s);
        QCOMPARE(gd::customers::lunarDayName(1), u"初一"_s);
        QCOMPARE(gd::customers::lunarDayName(10), u"初十"_s);
        QCOMPARE(gd::customers::lunarDayName(15), u"十五"_s);
        QCOMPARE(gd::customers::lunarDayName(20), u"二十"_s);
        QCOMPARE(gd::customers::lunarDayName(21), u"廿一"_s);
        QCOMPARE(gd::customers::lunarDayName(30), u"三十"_s);
        QCOMPARE(gd::customers::lunarDayName(31), QString());
        QCOMPARE(gd::customers::lunarMonthName(13, false), QString());
    }
};

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
