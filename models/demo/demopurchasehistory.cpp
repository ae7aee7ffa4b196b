#include "demopurchasehistory.h"

#include "demomath.h"
#include "demorandom.h"
#include "demovocabulary.h"

#include <algorithm>
#include <cmath>

namespace gd::demo {

namespace {

namespace v = vocabulary;

// Per day: λ ~ Gamma(shape 0.9, scale 1/40) has mean 1/44 (the average customer, while
// active, would buy every six weeks; the keenest every two weeks, many only once a year or
// less); p ~ Beta(0.75, 4.5) has mean 0.14. Over card lives of up to six years this gives
// about eight purchases per customer (≈ 800,000 for 100,000 customers), a fifth of one-time
// buyers, and regulars who come back every month or two. The cap bounds the odd extreme.
constexpr double rateShape = 0.9;
constexpr double rateScale = 1.0 / 40.0;
constexpr double dropoutA = 0.75;
constexpr double dropoutB = 4.5;
constexpr qsizetype maxPurchases = 60;

constexpr int itemCountWeights[] = { 62, 24, 10, 4 }; // 1–4 items in one purchase
constexpr double priceSpread = 0.35; // σ of the log-normal around a category's median
constexpr double memberDiscountChance = 0.2;

const v::CategorySpec &drawCategory(DemoRandom &r)
{
    const std::span<const v::CategorySpec> all = v::categories();
    int total = 0;
    for (const auto &c : all)
        total += c.weight;
    int at = r.uniformInt(0, total - 1);
    for (const auto &c : all) {
        if (at < c.weight)
            return c;
        at -= c.weight;
    }
    return all.back();
}

// One item's price: log-normal around the category's median, as a tag price ending in 9.
qint64 itemPriceCents(DemoRandom &r, int typicalYuan)
{
    const double yuan = double(typicalYuan) * math::exp(priceSpread * r.normal());
    const qint64 tens = std::max<qint64>(3, qint64(std::round(yuan / 10.0)));
    return (tens * 10 - 1) * 100;
}

// Mostly the customer's own size (so it agrees with their size tag), sometimes a size
// either side: a looser cut, a gift.
QString sizeFor(DemoRandom &r, v::SizeKind kind, int sizeIndex)
{
    if (kind == v::SizeKind::None)
        return {};
    const int drift = r.chance(0.8) ? 0 : (r.chance(0.5) ? 1 : -1);
    const int size = std::clamp(sizeIndex + drift, 0, 5);
    if (kind == v::SizeKind::Shoes)
        return QString::number(35 + size); // XS wears 35 … XXL wears 40
    return QString::fromUtf16(v::clothingSizes()[std::size_t(size)]);
}

DemoPurchase drawPurchase(DemoRandom &r, const PurchaseSetting &s, const QDate &day)
{
    DemoPurchase p;
    p.id = r.uuid();
    p.date = day;
    const v::CategorySpec &category = drawCategory(r);
    p.category = QString::fromUtf16(category.name);
    p.items = 1 + r.weighted(itemCountWeights);
    qint64 cents = 0;
    for (int i = 0; i < p.items; ++i)
        cents += itemPriceCents(r, category.typicalPriceYuan);
    if (r.chance(memberDiscountChance)) { // member day: 10 or 20 % off, whole yuan
        const double factor = r.chance(0.5) ? 0.9 : 0.8;
        cents = qint64(std::round(double(cents) * factor / 100.0)) * 100;
    }
    p.amountCents = cents;
    p.size = sizeFor(r, category.sizeKind, s.sizeIndex);
    const bool atHome = s.otherStoreId.isEmpty() || r.chance(0.95);
    p.storeId = atHome ? s.homeStoreId : s.otherStoreId;
    const QStringList &staff = atHome ? s.homeGuideIds : s.otherGuideIds;
    p.guideId = atHome && r.chance(0.85) ? s.ownerGuideId
                                         : staff.at(r.uniformInt(0, int(staff.size()) - 1));
    return p;
}

} // namespace

QList<DemoPurchase> drawPurchaseHistory(DemoRandom &random, const PurchaseSetting &setting)
{
    Q_ASSERT(setting.from.isValid() && setting.from <= setting.until);
    Q_ASSERT(!setting.homeGuideIds.isEmpty());
    Q_ASSERT(setting.otherStoreId.isEmpty() || !setting.otherGuideIds.isEmpty());
    // Draw the customer's traits first, whatever happens next, so that the stream stays
    // aligned for everything drawn after.
    const double rate = std::max(random.gamma(rateShape, rateScale), 1e-6);
    const double dropout = random.beta(dropoutA, dropoutB);
    if (!setting.keepsBuying && random.chance(setting.neverBuysChance))
        return {};

    QList<DemoPurchase> purchases;
    const double span = double(setting.from.daysTo(setting.until));
    double t = 0.0; // days since the card was opened
    QDate day = setting.from;
    for (;;) {
        purchases.append(drawPurchase(random, setting, day));
        if (purchases.size() >= maxPurchases)
            break;
        if (!setting.keepsBuying && random.chance(dropout))
            break; // the customer has quietly left
        t += random.exponential(1.0 / rate);
        if (t > span)
            break;
        // One purchase a day at most: two close together land on consecutive days.
        day = std::max(day.addDays(1), setting.from.addDays(qint64(t)));
        if (day > setting.until)
            break;
    }
    return purchases;
}

} // namespace gd::demo
