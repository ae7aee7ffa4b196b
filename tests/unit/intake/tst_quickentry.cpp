// Quick entry at the counter: a new customer with tags in one transaction through the
// outbox, the full phone only in the outbox entry, junk refused with nothing written, and
// the duplicate finder's suggestions.
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "demo/demogenerator.h"
#include "intake/duplicatefinder.h"
#include "intake/quickentry.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace gd;
using intake::DuplicateCandidate;
using intake::EntryProblem;

class TestQuickEntry : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<customers::CustomerSearchIndex> m_index;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<customers::CustomerWriter> m_writer;
    std::unique_ptr<intake::QuickEntry> m_entry;
    QStringList m_tags;
    qint64 m_customersBefore = 0;

    qint64 count(const QString &sql) { return m_db->scalar(sql); }

private Q_SLOTS:
    void init()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_index = std::make_unique<customers::CustomerSearchIndex>(*m_db, m_pinyin, m_variants);
        seed::seedDemoData(*m_db, *m_index, demo::DemoGenerator(5, 100, QDate(2026, 11, 22)));
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
        auto guide
            = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide' LIMIT 1"_s);
        QVERIFY(guide->step());
        m_writer = std::make_unique<customers::CustomerWriter>(
            *m_db, *m_outbox, *m_index, customers::Actor { guide->text(0), guide->text(1) });
        m_entry = std::make_unique<intake::QuickEntry>(*m_db, *m_writer);
        m_tags.clear();
        // Two HQ tags of different groups (two of one single-choice group are refused).
        auto tags = m_db->prepare(u"SELECT min(id) FROM tags WHERE group_id IS NOT NULL"
                                  " GROUP BY group_id ORDER BY group_id LIMIT 2"_s);
        while (tags->step())
            m_tags << tags->text(0);
        QCOMPARE(m_tags.size(), 2);
        m_customersBefore = count(u"SELECT count(*) FROM customers"_s);
    }

    void createsCustomerTagsAndOutboxTogether()
    {
        intake::QuickEntryInput input;
        input.name = u"  王 小明 "_s;
        input.phone = u"１３８ 0013 8000"_s;
        input.gender = u"M"_s;
        input.birthday = { true, 2020, 4, 8, true };
        input.tagIds = m_tags;
        intake::EntryProblems problems;
        const QString id = m_entry->create(input, &problems);
        QVERIFY2(!id.isEmpty(), qPrintable(QString::number(problems.size())));
        auto q = m_db->prepare(
            u"SELECT name, phone_masked, phone_last4, gender, source, birthday_calendar,"
            " birthday_year, birthday_month, birthday_day, birthday_leap FROM customers"
            " WHERE id = ?"_s);
        q->bind(1, id);
        QVERIFY(q->step());
        QCOMPARE(q->text(0), u"王小明"_s);
        QCOMPARE(q->text(1), u"138****8000"_s);
        QCOMPARE(q->text(2), u"8000"_s);
        QCOMPARE(q->text(3), u"M"_s);
        QCOMPARE(q->text(4), u"counter"_s);
        QCOMPARE(q->text(5), u"lunar"_s);
        QCOMPARE(q->int64(6), 2020);
        QCOMPARE(q->int64(7), 4);
        QCOMPARE(q->int64(8), 8);
        QCOMPARE(q->int64(9), 1);
        QCOMPARE(count(u"SELECT count(*) FROM customer_tags WHERE customer_id = '%1'"_s.arg(id)),
                 2);
        // Searchable at once, offline: by pinyin initials and by the last 4 digits.
        QVERIFY(count(u"SELECT count(*) FROM customer_search WHERE customer_search MATCH"
                      " 'initials:wxm*'"_s)
                >= 1);

        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.at(0).name, u"customer_create"_s);
        QCOMPARE(pending.at(0).args.value(u"phone"_s).toString(), u"13800138000"_s);
        QCOMPARE(pending.at(1).name, u"customer_tag_add"_s);
        QCOMPARE(pending.at(2).name, u"customer_tag_add"_s);
        // The full number is nowhere in the customers table …
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE instr(name || nickname ||"
                       " phone_masked || phone_last4 || remark, '13800138000') > 0"_s),
                 0);
        // … and leaves the device's outbox once the server acknowledged the entries.
        m_outbox->acknowledgeUpTo(pending.last().mutationId);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE instr(args_json, '13800138000') >"
                       " 0"_s),
                 0);
    }

    void aRejectedEntryForgetsTheFullPhone()
    {
        intake::QuickEntryInput input;
        input.name = u"被拒客户"_s;
        input.phone = u"13600001234"_s;
        QVERIFY(!m_entry->create(input).isEmpty());
        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 1);
        {
            store::Transaction transaction(*m_db);
            m_outbox->markRejected(pending.first().mutationId, u"conflict: test"_s);
            transaction.commit();
        }
        QCOMPARE(m_outbox->rejectedCount(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE instr(args_json, '13600001234') > 0"_s),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE instr(args_json, '被拒客户') > 0"_s), 1);
    }

    void withoutPhoneOrBirthday()
    {
        intake::QuickEntryInput input;
        input.name = u"🌸 Lily"_s;
        const QString id = m_entry->create(input);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_outbox->pending(10).first().args.contains(u"phone"_s), false);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE id = '%1' AND name = '🌸 Lily'"
                       " AND phone_last4 = '' AND birthday_month = 0"_s.arg(id)),
                 1);
    }

    void junkIsRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("no name") << u" \t "_s << QString() << QString() << 0 << 0 << QString()
                                 << u"name"_s << int(EntryProblem::NameMissing);
        QTest::newRow("long name") << QString(101, u'名') << QString() << QString() << 0 << 0
                                   << QString() << u"name"_s << int(EntryProblem::NameTooLong);
        QTest::newRow("phone letters")
            << u"张三"_s << u"138abcd1234"_s << QString() << 0 << 0 << QString() << u"phone"_s
            << int(EntryProblem::PhoneNotDigits);
        QTest::newRow("phone short") << u"张三"_s << u"13812"_s << QString() << 0 << 0 << QString()
                                     << u"phone"_s << int(EntryProblem::PhoneWrongShape);
        QTest::newRow("gender") << u"张三"_s << QString() << u"X'--"_s << 0 << 0 << QString()
                                << u"gender"_s << int(EntryProblem::GenderUnknown);
        QTest::newRow("Feb 30") << u"张三"_s << QString() << QString() << 2 << 30 << QString()
                                << u"birthday"_s << int(EntryProblem::BirthdayImpossible);
        QTest::newRow("unknown tag")
            << u"张三"_s << QString() << QString() << 0 << 0 << u"no-such-tag"_s << u"tags"_s
            << int(EntryProblem::TagUnknown);
    }
    void junkIsRefusedWithNothingWritten()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, gender);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QString, tag);
        QFETCH(QString, field);
        QFETCH(int, problem);
        intake::QuickEntryInput input { name, phone, gender, { false, 0, month, day, false }, {} };
        if (!tag.isEmpty())
            input.tagIds = { m_tags.first(), tag };
        intake::EntryProblems problems;
        QCOMPARE(m_entry->create(input, &problems), QString());
        QVERIFY(problems.contains(field));
        QCOMPARE(int(problems.value(field)), problem);
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), m_customersBefore);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void tagChoicesAreChecked()
    {
        QStringList twoSizes;
        auto sizes = m_db->prepare(u"SELECT t.id FROM tags t JOIN tag_groups g ON g.id = t.group_id"
                                   " WHERE g.multi_select = 0 AND t.deleted = 0 AND t.group_id ="
                                   " (SELECT id FROM tag_groups WHERE multi_select = 0 ORDER BY"
                                   " sort_order LIMIT 1) ORDER BY t.sort_order LIMIT 2"_s);
        while (sizes->step())
            twoSizes << sizes->text(0);
        QCOMPARE(twoSizes.size(), 2);
        intake::QuickEntryInput input;
        input.name = u"周两码"_s;
        input.tagIds = twoSizes;
        intake::EntryProblems problems = m_entry->check(input);
        QCOMPARE(int(problems.value(u"tags"_s, EntryProblem::NameMissing)),
                 int(EntryProblem::TagGroupTwice));
        // The same tag twice is one tag.
        input.tagIds = { twoSizes.first(), twoSizes.first() };
        QVERIFY(m_entry->check(input).isEmpty());

        // Another guide's personal tag is not this guide's to give.
        auto foreign = m_db->prepare(u"SELECT id FROM tags WHERE owner_guide_id IS NOT NULL AND"
                                     " owner_guide_id <> ? LIMIT 1"_s);
        foreign->bind(1, m_writer->actor().guideId);
        QVERIFY(foreign->step());
        input.tagIds = { foreign->text(0) };
        problems = m_entry->check(input);
        QCOMPARE(int(problems.value(u"tags"_s, EntryProblem::NameMissing)),
                 int(EntryProblem::TagUnknown));
        // One's own is.
        auto own = m_db->prepare(u"SELECT id FROM tags WHERE owner_guide_id = ? LIMIT 1"_s);
        own->bind(1, m_writer->actor().guideId);
        QVERIFY(own->step());
        input.tagIds = { own->text(0), twoSizes.last() };
        const QString id = m_entry->create(input, &problems);
        QVERIFY2(!id.isEmpty(), qPrintable(QStringList(problems.keys()).join(u',')));
        QCOMPARE(count(u"SELECT count(*) FROM customer_tags WHERE customer_id = '%1' AND"
                       " deleted = 0"_s.arg(id)),
                 2);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 3);
    }

    void writerRollsBackACustomerWhoseTagFails()
    {
        customers::NewCustomer customer;
        customer.fields = { { u"name"_s, u"赵六"_s } };
        customer.tagIds = { m_tags.first(), u"gone"_s };
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_writer->createNewCustomer(customer));
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), m_customersBefore);
        QCOMPARE(count(u"SELECT count(*) FROM customer_tags WHERE tag_id = '%1' AND"
                       " customer_id NOT IN (SELECT id FROM customers)"_s.arg(m_tags.first())),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void writerRefusesAPhoneThatDisagreesWithItsLast4()
    {
        customers::NewCustomer customer;
        customer.fields = { { u"name"_s, u"赵六"_s }, { u"phone_last4"_s, u"0000"_s } };
        customer.fullPhone = u"13812341234"_s;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_writer->createNewCustomer(customer));
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void duplicatesAreSuggested()
    {
        intake::QuickEntryInput zhang;
        zhang.name = u"张三丰"_s;
        zhang.phone = u"13912349876"_s;
        const QString zhangId = m_entry->create(zhang);
        intake::QuickEntryInput li;
        li.name = u"李四光"_s;
        li.phone = u"13700009876"_s;
        const QString liId = m_entry->create(li);
        QVERIFY(!zhangId.isEmpty() && !liId.isEmpty());

        intake::DuplicateFinder finder(*m_db);
        auto found = finder.find(u"张 三丰"_s, u"９８７６"_s);
        QVERIFY(found.size() >= 2);
        QCOMPARE(found.first().id, zhangId);
        QCOMPARE(found.first().match, DuplicateCandidate::Match::NameAndPhone);
        QCOMPARE(found.first().phoneMasked, u"139****9876"_s);
        QCOMPARE(found.at(1).match, DuplicateCandidate::Match::Phone);

        found = finder.find(u"张三丰"_s, QString());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().match, DuplicateCandidate::Match::Name);

        // The device knows only the last 4 digits: both 9876 customers are weak matches.
        found = finder.find(u"无此人"_s, u"13700009876"_s);
        QVERIFY(found.size() >= 2);
        QVERIFY(std::all_of(found.cbegin(), found.cend(), [](const auto &c) {
            return c.match == DuplicateCandidate::Match::Phone;
        }));
        QVERIFY(
            std::any_of(found.cbegin(), found.cend(), [&](const auto &c) { return c.id == liId; }));

        QVERIFY(finder.find(QString(), u"98"_s).isEmpty()); // fewer than 4 digits
        QVERIFY(finder.find(u"'; --"_s, u"abcd"_s).isEmpty());
        QCOMPARE(finder.find(QString(), u"9876"_s, 1).size(), 1);
        QVERIFY(finder.exists(u"李四光"_s, u"9876"_s));
        QVERIFY(!finder.exists(u"李四光"_s, u"1111"_s));
    }
};

QTEST_GUILESS_MAIN(TestQuickEntry)
#include "tst_quickentry.moc"
