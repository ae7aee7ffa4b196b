// The quick-entry dialog's fixture for the Quick tests.
#pragma once

#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "quickentrycontroller.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QObject>

using namespace Qt::StringLiterals;

// A real quick entry over an in-memory store (demo data plus 张三 138****1234), so the
// dialog's test sees real checks, duplicates and writes.
struct QuickEntryStore
{
    QuickEntryStore()
        : db(gd::store::Database::open(u":memory:"_s, QByteArray(32, 'q'),
                                       gd::store::Database::OpenMode::CreateIfMissing))
    {
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*db);
        index = std::make_unique<gd::customers::CustomerSearchIndex>(*db, pinyin, variants);
        gd::seed::seedDemoData(*db, *index, gd::demo::DemoGenerator(11, 100, QDate(2026, 11, 22)));
        outbox = std::make_unique<gd::outbox::Outbox>(*db);
        auto guide = db->prepare(u"SELECT id, store_id FROM guides LIMIT 1"_s);
        guide->step();
        writer = std::make_unique<gd::customers::CustomerWriter>(
            *db, *outbox, *index, gd::customers::Actor { guide->text(0), guide->text(1) });
        writer->createCustomer({ { u"name"_s, u"张三"_s },
                                 { u"phone_masked"_s, u"138****1234"_s },
                                 { u"phone_last4"_s, u"1234"_s } });
        controller = std::make_unique<gd::ui::QuickEntryController>(*db, *writer);
    }
    gd::search::PinyinConverter pinyin;
    gd::search::ChineseVariants variants;
    std::unique_ptr<gd::store::Database> db;
    std::unique_ptr<gd::customers::CustomerSearchIndex> index;
    std::unique_ptr<gd::outbox::Outbox> outbox;
    std::unique_ptr<gd::customers::CustomerWriter> writer;
    std::unique_ptr<gd::ui::QuickEntryController> controller;
};

// What the quick-entry test checks after saving: the row as stored.
class QuickEntryProbe : public QObject
{
    Q_OBJECT
public:
    explicit QuickEntryProbe(QuickEntryStore &store)
        : m_store(store)
    { }
    Q_INVOKABLE QString storedPhoneMasked(const QString &customerId)
    {
        auto q = m_store.db->prepare(u"SELECT phone_masked FROM customers WHERE id = ?"_s);
        q->bind(1, customerId);
        return q->step() ? q->text(0) : QString();
    }
    Q_INVOKABLE int pendingChanges() { return m_store.outbox->pendingCount(); }
    // The customer's live tags, sorted.
    Q_INVOKABLE QStringList storedTagIds(const QString &customerId)
    {
        auto q = m_store.db->prepare(u"SELECT tag_id FROM customer_tags WHERE customer_id = ?"
                                     " AND deleted = 0 ORDER BY tag_id"_s);
        q->bind(1, customerId);
        QStringList ids;
        while (q->step())
            ids << q->text(0);
        return ids;
    }
    // Two tags of one single-choice group (e.g. two sizes), then one of a multi-choice group.
    Q_INVOKABLE QStringList sampleTags()
    {
        QStringList ids;
        for (const char *sql :
             { "SELECT t.id FROM tags t JOIN tag_groups g ON g.id = t.group_id WHERE"
               " g.multi_select = 0 AND t.deleted = 0 AND t.group_id = (SELECT t2.group_id FROM"
               " tags t2 JOIN tag_groups g2 ON g2.id = t2.group_id WHERE g2.multi_select = 0"
               " ORDER BY g2.sort_order LIMIT 1) ORDER BY t.sort_order LIMIT 2",
               "SELECT t.id FROM tags t JOIN tag_groups g ON g.id = t.group_id WHERE"
               " g.multi_select = 1 AND t.deleted = 0 ORDER BY g.sort_order, t.sort_order LIMIT "
               "1" }) {
            auto q = m_store.db->prepare(QString::fromLatin1(sql));
            while (q->step())
                ids << q->text(0);
        }
        return ids;
    }

private:
    QuickEntryStore &m_store;
};
