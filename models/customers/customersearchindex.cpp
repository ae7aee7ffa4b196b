#include "customersearchindex.h"

#include "search/chinesevariants.h"
#include "search/pinyinconverter.h"
#include "search/searchdocument.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace gd::customers {

CustomerSearchIndex::CustomerSearchIndex(store::Database &db, const search::PinyinConverter &pinyin,
                                         const search::ChineseVariants &variants)
    : m_db(db)
    , m_pinyin(pinyin)
    , m_variants(variants)
{ }

QString CustomerSearchIndex::sortKey(const QString &name) const
{
    return m_pinyin.nameSyllables(name).join(QString());
}

void CustomerSearchIndex::index(qint64 rowId, const SearchableFields &fields)
{
    const search::SearchDocument doc = search::buildSearchDocument(
        m_pinyin, m_variants, fields.name, fields.nickname, fields.remark, fields.phoneLast4);
    // contentless_delete=1 lets REPLACE drop the old tokens of this rowid.
    auto insert = m_db.prepare(u"INSERT OR REPLACE INTO customer_search"
                               " (rowid, hanzi, pinyin, initials, remark, phone4)"
                               " VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert->bindAll(rowId, doc.hanzi, doc.pinyin, doc.initials, doc.remark, doc.phone4);
    insert->run();
}

void CustomerSearchIndex::remove(qint64 rowId)
{
    auto statement = m_db.prepare(u"DELETE FROM customer_search WHERE rowid = ?"_s);
    statement->bind(1, rowId);
    statement->run();
}

void CustomerSearchIndex::rebuildAll()
{
    m_db.exec(u"DELETE FROM customer_search"_s);
    auto rows = m_db.prepare(
        u"SELECT rowid, name, nickname, remark, phone_last4 FROM customers WHERE deleted = 0"_s);
    while (rows->step())
        index(rows->int64(0), { rows->text(1), rows->text(2), rows->text(3), rows->text(4) });
}

} // namespace gd::customers
