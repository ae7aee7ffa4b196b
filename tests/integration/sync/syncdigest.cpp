#include "syncdigest.h"

#include "store/database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace gd::testsupport {

namespace {

// Each query yields one text line per row, ordered, over the visible customers (?1 = guide
// id, ?2 = store id; '' = any).
const char *const customerScope = "(SELECT id FROM customers WHERE deleted = 0 AND (?1 = '' OR"
                                  " owner_guide_id = ?1) AND (?2 = '' OR store_id = ?2))";

qint64 feed(store::Database &db, QCryptographicHash &hash, const QString &sql,
            const QString &guideId, const QString &storeId)
{
    auto q = db.prepare(sql);
    q->bindAll(guideId, storeId);
    qint64 rows = 0;
    while (q->step()) {
        hash.addData(q->text(0).toUtf8());
        hash.addData("\n");
        ++rows;
    }
    return rows;
}

} // namespace

QString SyncDigest::describe() const
{
    return u"%1 customers, %2 notes, %3 tags, %4 purchases, hash %5"_s.arg(customers)
        .arg(notes)
        .arg(customerTags)
        .arg(purchases)
        .arg(hash.left(12));
}

SyncDigest digestFor(store::Database &db, const QString &guideId, const QString &storeId)
{
    const QString scope = QString::fromLatin1(customerScope);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    SyncDigest digest;
    digest.customers = feed(
        db, hash,
        u"SELECT concat_ws('|', id, version, name, nickname, gender, phone_last4, member_level,"
        " remark, birthday_month, birthday_day, total_spend_cents, visit_count) FROM customers"
        " WHERE id IN %1 ORDER BY id"_s.arg(scope),
        guideId, storeId);
    digest.notes = feed(db, hash,
                        u"SELECT concat_ws('|', id, customer_id, kind, body, created_at) FROM notes"
                        " WHERE deleted = 0 AND customer_id IN %1 ORDER BY id"_s.arg(scope),
                        guideId, storeId);
    // Tag links by (customer, tag): which device's id survived does not matter.
    digest.customerTags = feed(db, hash,
                               u"SELECT concat_ws('|', customer_id, tag_id) FROM customer_tags"
                               " WHERE deleted = 0 AND customer_id IN %1 ORDER BY customer_id,"
                               " tag_id"_s.arg(scope),
                               guideId, storeId);
    digest.purchases
        = feed(db, hash,
               u"SELECT concat_ws('|', id, customer_id, purchased_on, amount_cents)"
               " FROM purchases WHERE deleted = 0 AND customer_id IN %1 ORDER BY id"_s.arg(scope),
               guideId, storeId);
    digest.hash = QString::fromLatin1(hash.result().toHex());
    return digest;
}

} // namespace gd::testsupport
