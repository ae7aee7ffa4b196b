// The tag pages' fixture for the Quick tests: a real encrypted store (in a temporary file,
// so that the review worker opens a connection of its own) with a small demo store, its tag
// library, writers and review worker, signed in as its first guide.
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
#include "tagbook.h"
#include "tags/taglibrary.h"
#include "tags/tagwriter.h"

#include <QTemporaryDir>

// A real encrypted store with a small demo store, for the pages that work on the tag
// library (the customer list above stays on the fake repository).
struct TagFixture
{
    static QByteArray key() { return QByteArray(32, 'q'); }
    std::unique_ptr<gd::store::Database> openMigrated() const
    {
        auto db = gd::store::Database::open(path, key(),
                                            gd::store::Database::OpenMode::CreateIfMissing);
        gd::store::Migrator(gd::store::guideDeskMigrations(), {}).migrate(*db);
        return db;
    }
    TagFixture()
    {
        gd::seed::seedDemoData(*db, index, gd::demo::DemoGenerator(11, 300, QDate(2026, 11, 22)));
        auto guide = db->prepare(u"SELECT id, store_id FROM guides WHERE role = 'guide'"
                                 " ORDER BY employee_no LIMIT 1"_s);
        guide->step();
        guideId = guide->text(0);
        writer.setActor({ guideId, guide->text(1) });
        tagWriter.setGuideId(guideId);
        tagBook.setWriters(&writer, &tagWriter);
        tagBook.setGuide(guideId, false);
    }
    QTemporaryDir dir; // first: the rest use it
    QString path = dir.filePath(u"tags.db"_s);
    std::unique_ptr<gd::store::Database> db = openMigrated();
    gd::search::PinyinConverter pinyin;
    gd::search::ChineseVariants variants;
    gd::customers::CustomerSearchIndex index { *db, pinyin, variants };
    gd::outbox::Outbox outbox { *db };
    gd::customers::CustomerWriter writer { *db, outbox, index, {} };
    gd::tags::TagWriter tagWriter { *db, outbox, {} };
    gd::tags::TagLibrary library { *db };
    gd::segments::SegmentService reviews { [file = path] {
        return gd::store::Database::open(file, key(), gd::store::Database::OpenMode::OpenExisting);
    } };
    gd::ui::TagBook tagBook { library, reviews };
    QString guideId;
};

// Lets the Tags page test make a review's read fail, and mend it again.
class TagStoreProbe : public QObject
{
    Q_OBJECT
public:
    explicit TagStoreProbe(TagFixture &store)
        : m_store(store)
    { }
    // The tag groups' table is gone: coverage (and the spot check) cannot be read.
    Q_INVOKABLE void hideTagGroups()
    {
        m_store.db->exec(u"ALTER TABLE tag_groups RENAME TO tag_groups_away"_s);
    }
    // Back again (if gone: tests call it after each test).
    Q_INVOKABLE void restoreTagGroups()
    {
        if (m_store.db->scalar(u"SELECT count(*) FROM sqlite_master WHERE name ="
                               " 'tag_groups_away'"_s)
            > 0)
            m_store.db->exec(u"ALTER TABLE tag_groups_away RENAME TO tag_groups"_s);
    }

private:
    TagFixture &m_store;
};
