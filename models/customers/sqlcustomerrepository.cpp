#include "sqlcustomerrepository.h"

#include "search/searchquery.h"
#include "store/database.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd::customers {

namespace {

QString orderBy(CustomerSort sort)
{
    // Each order has a matching index (see schema v2) so that the unsearched list of 100k
    // customers is an index scan, not a sort. Ties fall back to rowid for a stable order.
    switch (sort) {
    case CustomerSort::LastVisit:
        return u"c.last_visit_on DESC, c.rowid"_s; // never-bought (NULL) sort last
    case CustomerSort::Spend:
        return u"c.total_spend_cents DESC, c.rowid"_s;
    case CustomerSort::Name:
        break;
    }
    return u"c.name_sort, c.rowid"_s;
}

QDate dateOf(const store::Statement &row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

CustomerRow readRow(const store::Statement &row)
{
    CustomerRow r;
    r.rowId = row.int64(0);
    r.id = row.text(1);
    r.name = row.text(2);
    r.gender = row.text(3);
    r.phoneMasked = row.text(4);
    r.memberLevel = row.text(5);
    r.lastVisit = dateOf(row, 6);
    r.totalSpendCents = row.int64(7);
    r.visits = row.integer(8);
    return r;
}

const QString rowColumns = u"c.rowid, c.id, c.name, c.gender, c.phone_masked, c.member_level,"
                           " c.last_visit_on, c.total_spend_cents, c.visit_count"_s;

} // namespace

SqlCustomerRepository::SqlCustomerRepository(store::Database &db,
                                             const search::PinyinConverter &pinyin,
                                             const search::ChineseVariants &variants,
                                             qint64 ftsDrivenLimit)
    : m_db(db)
    , m_pinyin(pinyin)
    , m_variants(variants)
    , m_ftsDrivenLimit(ftsDrivenLimit)
{ }

QList<qint64> SqlCustomerRepository::findRowIds(const CustomerFilter &filter)
{
    QString match;
    if (!filter.searchText.trimmed().isEmpty()) {
        match = search::toMatchExpression(m_pinyin, m_variants, filter.searchText);
        if (match.isEmpty())
            return {}; // typed only punctuation or symbols: nothing can match
    }
    // Two plans, picked by how many customers match (counted from the FTS index alone):
    // - few matches: look each up by rowid (CROSS JOIN fixes that order) and sort them;
    // - many matches: walk the sorted covering index and keep the rows the FTS result holds.
    // Either one alone is slow for the other case on an encrypted store, where every page
    // read from disk is decrypted: 10k random lookups cost ~90 ms, a full index walk ~25 ms.
    bool ftsDrives = false;
    if (!match.isEmpty()) {
        auto count
            = m_db.prepare(u"SELECT count(*) FROM customer_search WHERE customer_search MATCH ?"_s);
        count->bind(1, match);
        ftsDrives = count->step() && count->int64(0) <= m_ftsDrivenLimit;
    }
    QString sql;
    if (match.isEmpty())
        sql = u"SELECT c.rowid FROM customers c WHERE c.deleted = 0"_s;
    else if (ftsDrives)
        sql = u"SELECT c.rowid FROM customer_search s CROSS JOIN customers c ON c.rowid = s.rowid"
              " WHERE customer_search MATCH :match AND c.deleted = 0"_s;
    else
        sql = u"SELECT c.rowid FROM customers c WHERE c.deleted = 0 AND c.rowid IN"
              " (SELECT rowid FROM customer_search WHERE customer_search MATCH :match)"_s;
    if (!filter.ownerGuideId.isEmpty())
        sql += u" AND c.owner_guide_id = :owner"_s;
    sql += u" ORDER BY "_s + orderBy(filter.sort);

    auto query = m_db.prepare(sql);
    int index = 0;
    if (!match.isEmpty())
        query->bind(++index, match);
    if (!filter.ownerGuideId.isEmpty())
        query->bind(++index, filter.ownerGuideId);
    QList<qint64> ids;
    while (query->step())
        ids.append(query->int64(0));
    return ids;
}

QList<CustomerRow> SqlCustomerRepository::rowsByRowIds(const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty())
        return {};
    QStringList idTexts;
    idTexts.reserve(rowIds.size());
    for (qint64 id : rowIds)
        idTexts << QString::number(id);
    // The id list drives (CROSS JOIN): a page is 100 lookups by rowid, never a table scan.
    auto query = m_db.prepare(u"SELECT "_s + rowColumns
                              + u" FROM json_each(?) j CROSS JOIN customers c"
                                " ON c.rowid = j.value WHERE c.deleted = 0"_s);
    query->bind(1, u'[' + idTexts.join(u',') + u']');
    QHash<qint64, CustomerRow> byId;
    while (query->step()) {
        CustomerRow row = readRow(*query);
        byId.insert(row.rowId, std::move(row));
    }
    QList<CustomerRow> rows;
    rows.reserve(byId.size());
    for (qint64 id : rowIds) {
        auto it = byId.constFind(id);
        if (it != byId.constEnd())
            rows.append(*it);
    }
    return rows;
}

std::optional<CustomerProfileData> SqlCustomerRepository::profile(const QString &customerId)
{
    auto query = m_db.prepare(
        u"SELECT "_s + rowColumns
        + u", c.nickname, c.remark, coalesce(g.name, ''), coalesce(s.name, ''), c.source,"
          " c.card_opened_on, c.birthday_calendar, c.birthday_year, c.birthday_month,"
          " c.birthday_day, c.birthday_leap, c.first_visit_on"
          " FROM customers c LEFT JOIN guides g ON g.id = c.owner_guide_id"
          " LEFT JOIN stores s ON s.id = c.store_id WHERE c.id = ? AND c.deleted = 0"_s);
    query->bind(1, customerId);
    if (!query->step())
        return std::nullopt;
    CustomerProfileData p;
    p.row = readRow(*query);
    p.nickname = query->text(9);
    p.remark = query->text(10);
    p.ownerGuideName = query->text(11);
    p.storeName = query->text(12);
    p.source = query->text(13);
    p.cardOpenedOn = dateOf(*query, 14);
    p.birthday.calendar
        = query->text(15) == u"lunar"_s ? Birthday::Calendar::Lunar : Birthday::Calendar::Gregorian;
    p.birthday.year = query->integer(16);
    p.birthday.month = query->integer(17);
    p.birthday.day = query->integer(18);
    p.birthday.leapMonth = query->integer(19) != 0;
    p.firstVisit = dateOf(*query, 20);
    if (p.row.visits > 1 && p.firstVisit.isValid() && p.row.lastVisit.isValid())
        p.averageGapDays = double(p.firstVisit.daysTo(p.row.lastVisit)) / (p.row.visits - 1);
    p.tags = tagsOf(customerId);
    p.purchases = purchasesOf(customerId);
    return p;
}

QList<TagRecord> SqlCustomerRepository::tagsOf(const QString &customerId)
{
    auto query = m_db.prepare(
        u"SELECT t.id, t.name, t.name_en, coalesce(tg.name, ''), coalesce(tg.name_en, ''),"
        " coalesce(g.name, ''), ct.tagged_at FROM customer_tags ct"
        " JOIN tags t ON t.id = ct.tag_id LEFT JOIN tag_groups tg ON tg.id = t.group_id"
        " LEFT JOIN guides g ON g.id = ct.tagged_by"
        " WHERE ct.customer_id = ? AND ct.deleted = 0 AND t.deleted = 0"
        " ORDER BY tg.sort_order IS NULL, tg.sort_order, t.sort_order, t.name"_s);
    query->bind(1, customerId);
    QList<TagRecord> tags;
    while (query->step())
        tags.append({ query->text(0), query->text(1), query->text(2), query->text(3),
                      query->text(4), query->text(5),
                      QDateTime::fromString(query->text(6), Qt::ISODateWithMs) });
    return tags;
}

QList<PurchaseRecord> SqlCustomerRepository::purchasesOf(const QString &customerId)
{
    auto query = m_db.prepare(
        u"SELECT p.id, p.purchased_on, p.amount_cents, p.items, p.category, p.size,"
        " coalesce(s.name, '') FROM purchases p LEFT JOIN stores s ON s.id = p.store_id"
        " WHERE p.customer_id = ? AND p.deleted = 0 ORDER BY p.purchased_on DESC, p.rowid DESC"_s);
    query->bind(1, customerId);
    QList<PurchaseRecord> purchases;
    while (query->step())
        purchases.append({ query->text(0), dateOf(*query, 1), query->int64(2), query->integer(3),
                           query->text(4), query->text(5), query->text(6) });
    return purchases;
}

QList<CustomerNote> SqlCustomerRepository::notes(const QString &customerId, int limit)
{
    QList<CustomerNote> notes;
    // Pending: a note this device wrote that the server has not acknowledged yet.
    auto q = m_db.prepare(
        u"SELECT n.id, n.kind, n.body, n.created_at, coalesce(g.name, ''),"
        " EXISTS (SELECT 1 FROM outbox_touches t WHERE t.table_name = 'notes' AND"
        " t.row_key = n.id) FROM notes n LEFT JOIN guides g ON g.id = n.guide_id"
        " WHERE n.customer_id = ? AND n.deleted = 0 ORDER BY n.created_at DESC LIMIT ?"_s);
    q->bindAll(customerId, limit);
    while (q->step()) {
        notes.append({ q->text(0), q->text(1), q->text(2),
                       QDateTime::fromString(q->text(3), Qt::ISODateWithMs), q->text(4),
                       q->int64(5) != 0 });
    }
    return notes;
}

} // namespace gd::customers
