// A migrated in-memory store with the search index and outbox most store tests need, for
// unit tests of what reads and writes the store (not a fake: the real schema and SQLCipher).
#pragma once

#include "customers/customersearchindex.h"
#include "outbox/outbox.h"
#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "store/database.h"
#include "store/migrations.h"

#include <memory>

namespace gd::testsupport {

struct MemoryStore
{
    // Foreign keys off as the sync engine's connection has them (pages arrive in the
    // server's change order), or on as the GUI's.
    explicit MemoryStore(bool foreignKeys = true)
        : db(store::Database::open(QStringLiteral(":memory:"), QByteArray(32, 'k'),
                                   store::Database::OpenMode::CreateIfMissing))
    {
        store::Migrator(store::guideDeskMigrations(), {}).migrate(*db);
        if (!foreignKeys)
            db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        index = std::make_unique<customers::CustomerSearchIndex>(*db, pinyin, variants);
        outbox = std::make_unique<outbox::Outbox>(*db);
    }

    [[nodiscard]] qint64 count(const QString &sql) const { return db->scalar(sql); }

    search::PinyinConverter pinyin;
    search::ChineseVariants variants;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<customers::CustomerSearchIndex> index;
    std::unique_ptr<outbox::Outbox> outbox;
};

} // namespace gd::testsupport
