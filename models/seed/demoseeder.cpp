#include "demoseeder.h"

#include "customers/customersearchindex.h"
#include "demo/demogenerator.h"
#include "democoupons.h"
#include "demodashboard.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace gd::seed {

namespace {

constexpr int batchSize = 2000;

std::optional<QString> isoDate(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

std::optional<QString> nullIfEmpty(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void writeReferenceData(store::Database &db, const demo::DemoGenerator &generator)
{
    for (const auto &s : generator.stores()) {
        auto q = db.prepare(u"INSERT INTO stores (id, name, city) VALUES (?, ?, ?)"_s);
        q->bindAll(s.id, s.name, s.city);
        q->run();
    }
    for (const auto &g : generator.guides()) {
        auto q = db.prepare(u"INSERT INTO guides (id, store_id, name, employee_no, role)"
                            " VALUES (?, ?, ?, ?, ?)"_s);
        q->bindAll(g.id, g.storeId, g.name, g.employeeNo, g.role);
        q->run();
    }
    for (const auto &group : generator.tagGroups()) {
        auto q = db.prepare(u"INSERT INTO tag_groups (id, code, name, name_en, multi_select,"
                            " sort_order) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q->bindAll(group.id, group.code, group.name, group.nameEn, qint64(group.multiSelect),
                   group.sortOrder);
        q->run();
    }
    for (const auto &tag : generator.tags()) {
        auto q = db.prepare(u"INSERT INTO tags (id, group_id, owner_guide_id, name, name_en,"
                            " sort_order) VALUES (?, ?, ?, ?, ?, ?)"_s);
        // HQ tags have no owner, personal tags no group: both are NULL, not ''.
        q->bindAll(tag.id, nullIfEmpty(tag.groupId), nullIfEmpty(tag.ownerGuideId), tag.name,
                   tag.nameEn, tag.sortOrder);
        q->run();
    }
    QStringList storeIds;
    for (const auto &s : generator.stores())
        storeIds << s.id;
    writeDemoCoupons(db, demoCoupons(storeIds, generator.today()));
}

void writeCustomer(store::Database &db, customers::CustomerSearchIndex &index,
                   const demo::DemoCustomer &c)
{
    qint64 spend = 0;
    for (const auto &p : c.purchases)
        spend += p.amountCents;
    const QDate first = c.purchases.isEmpty() ? QDate() : c.purchases.constFirst().date;
    const QDate last = c.purchases.isEmpty() ? QDate() : c.purchases.constLast().date;

    auto q = db.prepare(
        u"INSERT INTO customers (id, store_id, owner_guide_id, name, name_sort, nickname, gender,"
        " phone_masked, phone_last4, member_level, card_opened_on, birthday_calendar,"
        " birthday_year, birthday_month, birthday_day, birthday_leap, source, remark,"
        " total_spend_cents, visit_count, first_visit_on, last_visit_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q->bindAll(c.id, c.storeId, c.ownerGuideId, c.name, index.sortKey(c.name), c.nickname, c.gender,
               c.phoneMasked, c.phoneLast4, c.memberLevel, isoDate(c.cardOpenedOn),
               c.birthday.lunar ? u"lunar"_s : u"gregorian"_s, c.birthday.year, c.birthday.month,
               c.birthday.day, qint64(c.birthday.leapMonth), c.source, c.remark, spend,
               qint64(c.purchases.size()), isoDate(first), isoDate(last));
    q->run();
    index.index(db.lastInsertRowId(), { c.name, c.nickname, c.remark, c.phoneLast4 });

    for (const auto &t : c.tags) {
        auto tq = db.prepare(u"INSERT INTO customer_tags (id, customer_id, tag_id, tagged_by,"
                             " tagged_at) VALUES (?, ?, ?, ?, ?)"_s);
        // The pair is unique, so its id is derived from it: no second random stream needed.
        tq->bindAll(c.id + u':' + t.tagId, c.id, t.tagId, t.taggedByGuideId, isoTime(t.taggedAt));
        tq->run();
    }
    for (const auto &p : c.purchases) {
        auto pq = db.prepare(u"INSERT INTO purchases (id, customer_id, store_id, guide_id,"
                             " purchased_on, amount_cents, items, category, size)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        pq->bindAll(p.id, c.id, p.storeId, p.guideId, *isoDate(p.date), p.amountCents, p.items,
                    p.category, p.size);
        pq->run();
    }
}

} // namespace

void seedDemoData(store::Database &db, customers::CustomerSearchIndex &index,
                  const demo::DemoGenerator &generator, const SeedProgress &progress)
{
    if (db.scalar(u"SELECT count(*) FROM customers"_s) > 0)
        throw store::SqlError(0,
                              u"the store already holds customers; demo data is only "
                              "written into an empty store"_s,
                              u"seedDemoData"_s);
    const int total = generator.customerCount();
    // Random UUID keys land all over their indexes: a large page cache while loading keeps
    // those pages decrypted in memory instead of re-reading them (4× faster at 100k).
    const qint64 cacheBefore = db.scalar(u"PRAGMA cache_size"_s);
    db.exec(u"PRAGMA cache_size = -262144"_s);
    {
        store::Transaction transaction(db);
        writeReferenceData(db, generator);
        transaction.commit();
    }
    for (int start = 0; start < total; start += batchSize) {
        store::Transaction transaction(db);
        const int end = std::min(total, start + batchSize);
        for (int i = start; i < end; ++i)
            writeCustomer(db, index, generator.customer(i));
        transaction.commit();
        if (progress)
            progress(end, total);
    }
    {
        // Targets come from the purchases just written.
        store::Transaction transaction(db);
        writeDemoDashboard(db, generator.today());
        transaction.commit();
    }
    db.exec(u"PRAGMA cache_size = %1"_s.arg(cacheBefore));
}

QString demoGuideId(const demo::DemoGenerator &generator)
{
    for (const auto &guide : generator.guides()) {
        if (guide.role == u"guide"_s)
            return guide.id;
    }
    return generator.guides().isEmpty() ? QString() : generator.guides().constFirst().id;
}

} // namespace gd::seed
