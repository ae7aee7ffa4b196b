#include "democoupons.h"

#include "store/database.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace gd::seed {

namespace {

struct Shape
{
    const char *code;
    const char16_t *name;
    const char16_t *nameEn;
    qint64 valueCents;
    qint64 minSpendCents;
    int fromDays; // validity relative to today
    int toDays;
    int quota;
    int issued;
    int perCustomer;
};

// 满减 (spend-and-save), birthday, welcome, win-back; one almost gone, one used up, one
// expired; one a customer may hold several of.
const Shape shapes[] = {
    { "spend500", u"满500减50", u"¥50 off ¥500", 5000, 50000, -7, 30, 500, 132, 1 },
    { "birthday", u"生日券 ¥100", u"Birthday ¥100", 10000, 0, -30, 60, 200, 41, 1 },
    { "welcome", u"新会员 ¥30", u"New member ¥30", 3000, 0, -60, 90, 1000, 388, 1 },
    { "double12", u"双十二 满1000减150", u"12.12: ¥150 off ¥1000", 15000, 100000, -1, 14, 60, 57,
      1 },
    { "winback", u"老客回店 ¥50", u"Welcome back ¥50", 5000, 30000, -20, 20, 100, 100, 1 },
    { "autumn", u"秋季焕新 ¥80", u"Autumn refresh ¥80", 8000, 40000, -60, -5, 300, 120, 1 },
    { "memberday", u"会员日 ¥20", u"Member day ¥20", 2000, 0, -1, 30, 2000, 530, 3 },
};

const QUuid demoNamespace = QUuid(u"6f1c2a52-8d0e-4d4b-9a57-3a4d1b7c0e21"_s);

} // namespace

QList<DemoCoupon> demoCoupons(const QStringList &storeIds, const QDate &today)
{
    QList<DemoCoupon> coupons;
    for (const QString &storeId : storeIds) {
        for (const Shape &shape : shapes) {
            DemoCoupon coupon;
            coupon.id = QUuid::createUuidV5(demoNamespace,
                                            storeId + u'/' + QString::fromLatin1(shape.code))
                            .toString(QUuid::WithoutBraces);
            coupon.storeId = storeId;
            coupon.name = QString::fromUtf16(shape.name);
            coupon.nameEn = QString::fromUtf16(shape.nameEn);
            coupon.valueCents = shape.valueCents;
            coupon.minSpendCents = shape.minSpendCents;
            coupon.validFrom = today.addDays(shape.fromDays);
            coupon.validTo = today.addDays(shape.toDays);
            coupon.quota = shape.quota;
            coupon.issuedCount = shape.issued;
            coupon.perCustomer = shape.perCustomer;
            coupons.append(coupon);
        }
    }
    return coupons;
}

void writeDemoCoupons(store::Database &db, const QList<DemoCoupon> &coupons)
{
    auto q = db.prepare(u"INSERT INTO coupons (id, store_id, name, name_en, value_cents,"
                        " min_spend_cents, valid_from, valid_to, quota, issued_count,"
                        " per_customer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const DemoCoupon &c : coupons) {
        q->bindAll(c.id, c.storeId, c.name, c.nameEn, c.valueCents, c.minSpendCents,
                   c.validFrom.toString(Qt::ISODate), c.validTo.toString(Qt::ISODate), c.quota,
                   c.issuedCount, c.perCustomer);
        q->run();
        q->reset();
    }
}

} // namespace gd::seed
