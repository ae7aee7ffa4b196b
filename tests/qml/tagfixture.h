// The tag pages' fixture for the Quick tests: a real encrypted in-memory store with a small
// demo store, its tag library and writers, signed in as its first guide.
#pragma once

#include "customers/customersearchindex.h"
#include "customers/customerwriter.h"
#include "demo/demogenerator.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "seed/demoseeder.h"
#include "store/database.h"
#include "store/migrations.h"
#include "tagbook.h"
#include "tags/taglibrary.h"
#include "tags/tagreview.h"
#include "tags/tagwriter.h"

// A real encrypted in-memory store with a small demo store, for the pages that work on the
// tag library (the customer list above stays on the fake repository).
struct TagFixture
{
    static std::unique_ptr<gd::store::Database> openMigrated()
    {
        auto db = gd::store::Database::open(u":memory:"_s, QByteArray(32, 'q'),
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
    std::unique_ptr<gd::store::Database> db = openMigrated(); // first: the rest use it
    gd::search::PinyinConverter pinyin;
    gd::search::ChineseVariants variants;
    gd::customers::CustomerSearchIndex index { *db, pinyin, variants };
    gd::outbox::Outbox outbox { *db };
    gd::customers::CustomerWriter writer { *db, outbox, index, {} };
    gd::tags::TagWriter tagWriter { *db, outbox, {} };
    gd::tags::TagLibrary library { *db };
    gd::tags::TagReview review { *db };
    gd::ui::TagBook tagBook { library, review };
    QString guideId;
};
