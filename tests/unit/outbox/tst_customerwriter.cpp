// Local write paths: each change and its outbox entry land together or not at all, junk is
// refused with nothing written, and the outbox forgets only what the server acknowledged.
#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "customers/notelistmodel.h"
#include "customers/sqlcustomerrepository.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gd;

class TestCustomerWriter : public QObject
{
    Q_OBJECT

    search::PinyinConverter m_pinyin;
    search::ChineseVariants m_variants;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<customers::CustomerSearchIndex> m_index;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<customers::CustomerWriter> m_writer;
    QString m_customer;
    QString m_tag;
    int m_writes = 0;

    qint64 count(const QString &sql) { return m_db->scalar(sql); }

private Q_SLOTS:
    void init()
    {
        m_db = store::Database::open(u":memory:"_s, QByteArray(32, 'k'),
                                     store::Database::OpenMode::CreateIfMissing);
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*m_db);
        m_index = std::make_unique<customers::CustomerSearchIndex>(*m_db, m_pinyin, m_variants);
        seed::seedDemoData(*m_db, *m_index, demo::DemoGenerator(3, 100, QDate(2026, 11, 22)));
        m_outbox = std::make_unique<outbox::Outbox>(*m_db);
        auto guide
            = m_db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide' LIMIT 1"_s);
        QVERIFY(guide->step());
        m_writer = std::make_unique<customers::CustomerWriter>(
            *m_db, *m_outbox, *m_index, customers::Actor { guide->text(0), guide->text(1) });
        m_writes = 0;
        m_writer->setAfterWrite([this] { ++m_writes; });
        auto customer = m_db->prepare(u"SELECT id FROM customers ORDER BY rowid LIMIT 1"_s);
        QVERIFY(customer->step());
        m_customer = customer->text(0);
        auto tag = m_db->prepare(u"SELECT id FROM tags WHERE group_id IS NOT NULL LIMIT 1"_s);
        QVERIFY(tag->step());
        m_tag = tag->text(0);
    }

    void noteAndOutboxEntryTogether()
    {
        const QString id
            = m_writer->addNote(m_customer, u"wechat"_s, u"  试穿了两件大衣 🧥  "_s);
        QCOMPARE(count(u"SELECT count(*) FROM notes"_s), 1);
        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, u"note_add"_s);
        QCOMPARE(pending.first().args.value(u"id"_s).toString(), id);
        QCOMPARE(pending.first().args.value(u"body"_s).toString(), u"试穿了两件大衣 🧥"_s);
        QVERIFY(m_outbox->touchesPendingRow(u"notes"_s, id));
        QCOMPARE(m_writes, 1);
    }

    void junkNotesWriteNothing_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("body");
        QTest::newRow("empty") << QString() << u"visit"_s << u"   "_s;
        QTest::newRow("too long") << QString() << u"visit"_s << QString(10001, u'字');
        QTest::newRow("bad kind") << QString() << u"email'); DROP TABLE notes;--"_s << u"hi"_s;
        QTest::newRow("no such customer") << u"not-a-customer"_s << u"visit"_s << u"hi"_s;
    }
    void junkNotesWriteNothing()
    {
        QFETCH(QString, customer);
        QFETCH(QString, kind);
        QFETCH(QString, body);
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            m_writer->addNote(customer.isEmpty() ? m_customer : customer, kind, body));
        QCOMPARE(count(u"SELECT count(*) FROM notes"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(m_writes, 0);
    }

    void sqlInBodyIsJustText()
    {
        m_writer->addNote(m_customer, u"other"_s, u"'); DELETE FROM customers; --"_s);
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), 100);
        QCOMPARE(count(u"SELECT count(*) FROM notes"_s), 1);
    }

    void updateChangesOnlyNamedFieldsAndReindexes()
    {
        const qint64 spendBefore
            = count(u"SELECT total_spend_cents FROM customers WHERE id = '%1'"_s.arg(m_customer));
        m_writer->updateCustomer(m_customer,
                                 { { u"name"_s, u"曾小贤"_s }, { u"member_level"_s, u"gold"_s } });
        auto q = m_db->prepare(u"SELECT name, name_sort, member_level, total_spend_cents FROM"
                               " customers WHERE id = ?"_s);
        q->bind(1, m_customer);
        QVERIFY(q->step());
        QCOMPARE(q->text(0), u"曾小贤"_s);
        QCOMPARE(q->text(1), u"zengxiaoxian"_s);
        QCOMPARE(q->text(2), u"gold"_s);
        QCOMPARE(q->int64(3), spendBefore);
        QVERIFY(count(u"SELECT count(*) FROM customer_search WHERE customer_search MATCH"
                      " 'pinyin:zengxiaoxian*'"_s)
                >= 1);
        const auto pending = m_outbox->pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().args.value(u"fields"_s).toObject().size(), 2);
    }

    void junkUpdatesWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("empty name") << u"name"_s << QJsonValue(u""_s);
        QTest::newRow("long name") << u"name"_s << QJsonValue(QString(101, u'a'));
        QTest::newRow("name number") << u"name"_s << QJsonValue(5);
        QTest::newRow("gender") << u"gender"_s << QJsonValue(u"X"_s);
        QTest::newRow("phone") << u"phone_last4"_s << QJsonValue(u"12a4"_s);
        QTest::newRow("level") << u"member_level"_s << QJsonValue(u"diamond"_s);
        QTest::newRow("month") << u"birthday_month"_s << QJsonValue(13);
        QTest::newRow("fraction") << u"birthday_day"_s << QJsonValue(1.5);
        QTest::newRow("date") << u"card_opened_on"_s << QJsonValue(u"2026-02-30"_s);
        QTest::newRow("unknown") << u"total_spend_cents"_s << QJsonValue(0);
        QTest::newRow("injection") << u"name = 'x'; --"_s << QJsonValue(u"x"_s);
    }
    void junkUpdatesWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const qint64 before = count(u"SELECT total_changes()"_s);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 m_writer->updateCustomer(m_customer, { { field, value } }));
        QCOMPARE(count(u"SELECT total_changes()"_s), before);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    // A birthday given whole must exist (before: each field was checked alone, so 2-30 or
    // lunar day 31 was stored).
    void impossibleBirthdaysWriteNothing_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        auto birthday = [](const char *calendar, int year, int month, int day, int leap) {
            return QJsonObject { { u"birthday_calendar"_s, QString::fromLatin1(calendar) },
                                 { u"birthday_year"_s, year },
                                 { u"birthday_month"_s, month },
                                 { u"birthday_day"_s, day },
                                 { u"birthday_leap"_s, leap } };
        };
        QTest::newRow("Feb 30") << birthday("gregorian", 0, 2, 30, 0);
        QTest::newRow("Apr 31") << birthday("gregorian", 1990, 4, 31, 0);
        QTest::newRow("Feb 29 of 1990") << birthday("gregorian", 1990, 2, 29, 0);
        QTest::newRow("lunar day 31") << birthday("lunar", 0, 8, 31, 0);
        QTest::newRow("leap Gregorian") << birthday("gregorian", 0, 5, 5, 1);
        QTest::newRow("month without day") << birthday("gregorian", 0, 5, 0, 0);
        QTest::newRow("day without month") << birthday("lunar", 0, 0, 5, 0);
    }
    void impossibleBirthdaysWriteNothing()
    {
        QFETCH(QJsonObject, fields);
        const qint64 before = count(u"SELECT total_changes()"_s);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 m_writer->updateCustomer(m_customer, fields));
        QCOMPARE(count(u"SELECT total_changes()"_s), before);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void possibleBirthdaysAreKept_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("leap");
        QTest::newRow("Feb 29, no year") << u"gregorian"_s << 0 << 2 << 29 << 0;
        QTest::newRow("Feb 29 of 1992") << u"gregorian"_s << 1992 << 2 << 29 << 0;
        QTest::newRow("lunar leap 4-30") << u"lunar"_s << 0 << 4 << 30 << 1;
        QTest::newRow("none") << u"gregorian"_s << 0 << 0 << 0 << 0;
    }
    void possibleBirthdaysAreKept()
    {
        QFETCH(QString, calendar);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(int, leap);
        m_writer->updateCustomer(m_customer,
                                 { { u"birthday_calendar"_s, calendar },
                                   { u"birthday_year"_s, year },
                                   { u"birthday_month"_s, month },
                                   { u"birthday_day"_s, day },
                                   { u"birthday_leap"_s, leap } });
        auto row
            = m_db->prepare(u"SELECT birthday_month, birthday_day FROM customers WHERE id = ?"_s);
        row->bind(1, m_customer);
        QVERIFY(row->step());
        QCOMPARE(row->integer(0), month);
        QCOMPARE(row->integer(1), day);
    }

    void tagAddRemoveKeepsOneRow()
    {
        m_db->exec(u"DELETE FROM customer_tags"_s);
        m_writer->addTag(m_customer, m_tag);
        m_writer->addTag(m_customer, m_tag);
        m_writer->removeTag(m_customer, m_tag);
        QCOMPARE(count(u"SELECT count(*) FROM customer_tags"_s), 1);
        QCOMPARE(count(u"SELECT deleted FROM customer_tags"_s), 1);
        m_writer->addTag(m_customer, m_tag);
        QCOMPARE(count(u"SELECT deleted FROM customer_tags"_s), 0);
        QCOMPARE(m_outbox->pendingCount(), 4);
        QVERIFY(m_outbox->touchesPendingRow(u"customer_tags"_s,
                                            outbox::rowKeyForCustomerTag(m_customer, m_tag)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_writer->addTag(m_customer, u"nope"_s));
        QCOMPARE(m_outbox->pendingCount(), 4);
    }

    void createCustomerIsQueued()
    {
        const QString id = m_writer->createCustomer(
            { { u"name"_s, u"单田芳"_s }, { u"phone_last4"_s, u"0042"_s } });
        auto q = m_db->prepare(
            u"SELECT name_sort, phone_last4, version FROM customers WHERE id = ?"_s);
        q->bind(1, id);
        QVERIFY(q->step());
        QCOMPARE(q->text(0), u"shantianfang"_s);
        QCOMPARE(q->text(1), u"0042"_s);
        QCOMPARE(q->int64(2), 0);
        QCOMPARE(m_outbox->pending(1).first().name, u"customer_create"_s);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_writer->createCustomer({}));
    }

    void acknowledgedEntriesLeave()
    {
        m_writer->addNote(m_customer, u"visit"_s, u"one"_s);
        m_writer->addNote(m_customer, u"visit"_s, u"two"_s);
        const auto pending = m_outbox->pending(10);
        m_outbox->acknowledgeUpTo(pending.first().mutationId);
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(count(u"SELECT count(*) FROM outbox_touches"_s), 1);
        m_outbox->acknowledgeUpTo(pending.last().mutationId);
        QVERIFY(!m_outbox->hasPending());
        QCOMPARE(count(u"SELECT count(*) FROM outbox_touches"_s), 0);
    }

    void rejectedCreationIsWithdrawnButKeptForTheUser()
    {
        const QString id = m_writer->createCustomer({ { u"name"_s, u"朴树"_s } });
        const qint64 mutation = m_outbox->pending(1).first().mutationId;
        m_outbox->markRejected(mutation, u"forbidden: not yours"_s);
        QCOMPARE(count(u"SELECT deleted FROM customers WHERE id = '%1'"_s.arg(id)), 1);
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(m_outbox->rejectedCount(), 1);
        QCOMPARE(m_outbox->rejected().first().error, u"forbidden: not yours"_s);
        // A later acknowledgement does not sweep the rejected entry away.
        m_outbox->acknowledgeUpTo(mutation);
        QCOMPARE(m_outbox->rejectedCount(), 1);
    }

    void clientIdIsStable()
    {
        const QString id = m_outbox->clientId();
        QCOMPARE(id.size(), 36);
        QCOMPARE(m_outbox->clientId(), id);
    }

    void notesShowNewestFirstAndWhetherTheyWait()
    {
        customers::SqlCustomerRepository repository(*m_db, m_pinyin, m_variants);
        m_writer->addNote(m_customer, u"visit"_s, u"第一条"_s);
        QTest::qWait(5); // distinct creation times
        m_writer->addNote(m_customer, u"wechat"_s, u"第二条"_s);
        customers::NoteListModel model(repository, m_customer);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(customers::NoteListModel::BodyRole).toString(), u"第二条"_s);
        QCOMPARE(model.index(0).data(customers::NoteListModel::KindRole).toString(), u"wechat"_s);
        QVERIFY(model.index(0).data(customers::NoteListModel::PendingRole).toBool());
        // Acknowledged by the server: no longer waiting.
        m_outbox->acknowledgeUpTo(m_outbox->pending(10).last().mutationId);
        model.reload();
        QVERIFY(!model.index(0).data(customers::NoteListModel::PendingRole).toBool());
        QVERIFY(!model.index(1).data(customers::NoteListModel::PendingRole).toBool());
        QVERIFY(repository.notes(u"nobody"_s, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerWriter)
#include "tst_customerwriter.moc"
