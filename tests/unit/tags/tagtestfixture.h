// A small encrypted in-memory store with the demo's tag library, a guide, and writers, for
// the tag tests. Built the same way the app builds its own.
#pragma once

#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "segments/segmentservice.h"
#include "store/database.h"
#include "store/migrations.h"
#include "tags/taglibrary.h"
#include "tags/tagwriter.h"

#include <QTest>

struct TagTestFixture
{
    gd::search::PinyinConverter pinyin;
    gd::search::ChineseVariants variants;
    std::unique_ptr<gd::store::Database> db;
    std::unique_ptr<gd::customers::CustomerSearchIndex> index;
    std::unique_ptr<gd::outbox::Outbox> outbox;
    std::unique_ptr<gd::customers::CustomerWriter> writer;
    std::unique_ptr<gd::tags::TagWriter> tagWriter;
    std::unique_ptr<gd::tags::TagLibrary> library;
    QString path;
    QString guideId;
    QString storeId;

    // In memory, or in `file` (for a worker to open a connection of its own).
    void build(int customers = 200, const QString &file = QStringLiteral(":memory:"))
    {
        using namespace Qt::StringLiterals;
        path = file;
        db = gd::store::Database::open(file, key(), gd::store::Database::OpenMode::CreateIfMissing);
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*db);
        index = std::make_unique<gd::customers::CustomerSearchIndex>(*db, pinyin, variants);
        gd::seed::seedDemoData(*db, *index,
                               gd::demo::DemoGenerator(7, customers, QDate(2026, 11, 22)));
        outbox = std::make_unique<gd::outbox::Outbox>(*db);
        auto guide = db->prepare(u"SELECT g.id, g.store_id FROM guides g WHERE g.role = 'guide'"
                                 " AND EXISTS (SELECT 1 FROM customers c WHERE"
                                 " c.owner_guide_id = g.id) ORDER BY g.employee_no LIMIT 1"_s);
        QVERIFY(guide->step());
        guideId = guide->text(0);
        storeId = guide->text(1);
        writer = std::make_unique<gd::customers::CustomerWriter>(
            *db, *outbox, *index, gd::customers::Actor { guideId, storeId });
        tagWriter = std::make_unique<gd::tags::TagWriter>(*db, *outbox, guideId);
        library = std::make_unique<gd::tags::TagLibrary>(*db);
    }

    static QByteArray key() { return QByteArray(32, 'k'); }

    // A worker with a connection of its own to this store (built in a file), as the app's
    // review worker.
    [[nodiscard]] std::unique_ptr<gd::segments::SegmentService> openWorker() const
    {
        return std::make_unique<gd::segments::SegmentService>([file = path] {
            return gd::store::Database::open(file, key(),
                                             gd::store::Database::OpenMode::OpenExisting);
        });
    }

    QString firstCustomerOf(const QString &guide)
    {
        using namespace Qt::StringLiterals;
        auto q = db->prepare(u"SELECT id FROM customers WHERE owner_guide_id = ? AND deleted = 0"
                             " ORDER BY rowid LIMIT 1"_s);
        q->bind(1, guide);
        return q->step() ? q->text(0) : QString();
    }

    // A tag of the group with this code, by name.
    QString groupTag(const QString &code, const QString &name)
    {
        using namespace Qt::StringLiterals;
        auto q = db->prepare(u"SELECT t.id FROM tags t JOIN tag_groups g ON g.id = t.group_id"
                             " WHERE g.code = ? AND t.name = ?"_s);
        q->bindAll(code, name);
        return q->step() ? q->text(0) : QString();
    }

    qint64 count(const QString &sql) { return db->scalar(sql); }
};
