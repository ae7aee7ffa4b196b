#include "demogenerator.h"

#include "demobirthday.h"
#include "demorandom.h"
#include "demovocabulary.h"

#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::demo {

namespace {

namespace v = vocabulary;

// Buy-till-you-die parameters (per day): purchase rate λ ~ Gamma(r, 1/α), dropout after a
// purchase p ~ Beta(a, b). Chosen so that about a quarter buy once, actives come back every
// one to three months, and the store averages under ten purchases a customer.
constexpr double rateShape = 0.9;
constexpr double rateScale = 1.0 / 55.0;
constexpr double dropoutA = 0.7;
constexpr double dropoutB = 3.2;
constexpr int maxPurchases = 60;

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

template<typename Span> QString pick(DemoRandom &r, Span list)
{
    return text(list[std::size_t(r.uniformInt(0, int(list.size()) - 1))]);
}

QString pickWeighted(DemoRandom &r, std::span<const v::Weighted> list)
{
    int total = 0;
    for (const auto &w : list)
        total += w.weight;
    int at = r.uniformInt(0, total - 1);
    for (const auto &w : list) {
        if (at < w.weight)
            return text(w.text);
        at -= w.weight;
    }
    return text(list.back().text);
}

QString memberLevelFor(qint64 spendCents)
{
    if (spendCents >= 3'000'000)
        return u"platinum"_s;
    if (spendCents >= 1'000'000)
        return u"gold"_s;
    if (spendCents >= 300'000)
        return u"silver"_s;
    return u"normal"_s;
}

QDateTime timeOnDay(DemoRandom &r, const QDate &day)
{
    // Store hours in Shanghai, stored as UTC.
    // China has kept UTC+8 without daylight saving since 1991; a fixed offset avoids loading
    // time zone data for each of hundreds of thousands of tags.
    static const QTimeZone shanghai(8 * 3600);
    const QTime time(r.uniformInt(10, 20), r.uniformInt(0, 59), r.uniformInt(0, 59));
    return QDateTime(day, time, shanghai).toUTC();
}

const QStringList sizes = { u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s };
constexpr int sizeWeights[] = { 6, 24, 34, 22, 10, 4 };

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, int customerCount, QDate today)
    : m_seed(seed)
    , m_customerCount(customerCount)
    , m_today(today)
{
    makeReferenceData();
}

void DemoGenerator::makeReferenceData()
{
    DemoRandom r(streamSeed(m_seed, 0));
    m_stores = { { r.uuid(), u"上海南京西路店"_s, u"上海"_s },
                 { r.uuid(), u"杭州湖滨店"_s, u"杭州"_s } };
    const QStringList guideNames = { u"陈静"_s, u"王丽"_s, u"李娜"_s, u"赵敏"_s,
                                     u"刘洋"_s, u"孙悦"_s, u"周婷"_s, u"吴倩"_s };
    for (int i = 0; i < guideNames.size(); ++i) {
        const DemoStore &store = m_stores.at(i / 4);
        m_guides.append({ r.uuid(), store.id, guideNames.at(i), u"G%1"_s.arg(1001 + i),
                          i % 4 == 0 ? u"manager"_s : u"guide"_s,
                          QString::number(r.uniformInt(1000, 9999)) });
    }
    int order = 0;
    for (const v::TagGroupSpec &spec : v::tagGroups()) {
        DemoTagGroup group { r.uuid(),         QString::fromLatin1(spec.code),
                             text(spec.name),  QString::fromLatin1(spec.nameEn),
                             spec.multiSelect, order++ };
        for (std::size_t t = 0; t < spec.tags.size(); ++t)
            m_tags.append({ r.uuid(), group.id, QString(), text(spec.tags[t]),
                            QString::fromLatin1(spec.tagsEn[t]), int(t) });
        m_tagGroups.append(group);
    }
    for (const DemoGuide &guide : std::as_const(m_guides)) {
        const int count = r.uniformInt(3, 5);
        const int first = r.uniformInt(0, int(v::personalTags().size()) - 1);
        for (int k = 0; k < count; ++k) {
            const auto at = std::size_t((first + k) % int(v::personalTags().size()));
            m_tags.append({ r.uuid(), QString(), guide.id, text(v::personalTags()[at]),
                            QString::fromLatin1(v::personalTagsEn()[at]), k });
        }
    }
}

QList<const DemoGuide *> DemoGenerator::guidesOf(const QString &storeId) const
{
    QList<const DemoGuide *> out;
    for (const DemoGuide &g : m_guides) {
        if (g.storeId == storeId)
            out << &g;
    }
    return out;
}

QList<const DemoTag *> DemoGenerator::tagsOfGroup(const QString &groupId) const
{
    QList<const DemoTag *> out;
    for (const DemoTag &t : m_tags) {
        if (t.groupId == groupId)
            out << &t;
    }
    return out;
}

DemoCustomer DemoGenerator::customer(int index) const
{
    DemoRandom r(streamSeed(m_seed, quint64(index) + 1));
    DemoCustomer c;
    c.id = r.uuid();
    const DemoStore &store = m_stores.at(r.chance(0.6) ? 0 : 1);
    c.storeId = store.id;
    const QList<const DemoGuide *> staff = guidesOf(store.id);
    // Managers own a few customers too; guides own most.
    const DemoGuide *owner = staff.at(r.chance(0.1) ? 0 : r.uniformInt(1, int(staff.size()) - 1));
    c.ownerGuideId = owner->id;

    const double g = r.uniform();
    c.gender = g < 0.82 ? u"F"_s : (g < 0.97 ? u"M"_s : QString());
    c.name = pickWeighted(r, v::surnames())
        + (c.gender == u"M"_s ? pick(r, v::maleGivenNames()) : pick(r, v::femaleGivenNames()));
    const QString prefix = QString::fromLatin1(
        v::phonePrefixes()[std::size_t(r.uniformInt(0, int(v::phonePrefixes().size()) - 1))]);
    c.phoneLast4 = QString::number(r.uniformInt(0, 9999)).rightJustified(4, u'0');
    if (index == 0) {
        c.name = u"张三"_s;
        c.gender = u"M"_s;
        c.phoneLast4 = u"1234"_s;
    }
    c.phoneMasked = (index == 0 ? u"138"_s : prefix) + u"****"_s + c.phoneLast4;
    c.cardOpenedOn = m_today.addDays(-r.uniformInt(0, 6 * 365));
    c.birthday = drawBirthday(r, m_today);
    const double s = r.uniform();
    c.source = s < 0.55 ? u"counter"_s
                        : (s < 0.8 ? u"mini_program"_s : (s < 0.92 ? u"campaign"_s : u"import"_s));
    if (r.chance(0.15))
        c.remark = pick(r, v::remarks());
    if (r.chance(0.1))
        c.nickname = pick(r, v::nicknames());

    // Tags: single-select groups get at most one; taggers are the owner.
    const int sizeIndex = r.weighted(sizeWeights, 6);
    const int cardAge = int(c.cardOpenedOn.daysTo(m_today));
    const auto tagAt = [&] {
        return timeOnDay(r, c.cardOpenedOn.addDays(r.uniformInt(0, cardAge)));
    };
    for (const DemoTagGroup &group : m_tagGroups) {
        const QList<const DemoTag *> groupTags = tagsOfGroup(group.id);
        if (group.code == u"size"_s) {
            if (r.chance(0.75))
                c.tags.append({ groupTags.at(sizeIndex)->id, owner->id, tagAt() });
        } else if (!group.multiSelect) {
            if (r.chance(0.35))
                c.tags.append({ groupTags.at(r.uniformInt(0, int(groupTags.size()) - 1))->id,
                                owner->id, tagAt() });
        } else {
            const int wanted = r.uniformInt(0, 2);
            const int first = r.uniformInt(0, int(groupTags.size()) - 1);
            for (int k = 0; k < wanted; ++k)
                c.tags.append(
                    { groupTags.at((first + k) % groupTags.size())->id, owner->id, tagAt() });
        }
    }
    if (r.chance(0.25)) {
        QList<const DemoTag *> personal;
        for (const DemoTag &t : m_tags) {
            if (t.ownerGuideId == owner->id)
                personal << &t;
        }
        if (!personal.isEmpty())
            c.tags.append(
                { personal.at(r.uniformInt(0, int(personal.size()) - 1))->id, owner->id, tagAt() });
    }

    // Purchases: a buy-till-you-die process from the day the card was opened.
    const double rate = r.gamma(rateShape, rateScale);
    const double dropout = r.beta(dropoutA, dropoutB);
    const bool buyer = index == 0 || !r.chance(0.08);
    QDate day = c.cardOpenedOn;
    while (buyer && day <= m_today && c.purchases.size() < maxPurchases) {
        DemoPurchase p;
        p.id = r.uuid();
        p.date = day;
        p.category = pickWeighted(r, v::categories());
        constexpr int itemWeights[] = { 70, 22, 8 };
        p.items = 1 + r.weighted(itemWeights, 3);
        const double perItem = std::exp(std::log(650.0) + 0.45 * r.normal());
        p.amountCents = qint64(std::round(perItem * p.items / 10.0)) * 1000;
        if (p.category == u"配饰"_s)
            p.size = QString();
        else if (p.category == u"鞋履"_s)
            p.size = QString::number(35 + std::clamp(sizeIndex + r.uniformInt(0, 2), 0, 5));
        else
            p.size = sizes.at(
                std::clamp(sizeIndex + (r.chance(0.8) ? 0 : (r.chance(0.5) ? 1 : -1)), 0, 5));
        p.storeId
            = r.chance(0.95) ? store.id : m_stores.at(store.id == m_stores.at(0).id ? 1 : 0).id;
        const QList<const DemoGuide *> sellers = guidesOf(p.storeId);
        p.guideId = p.storeId == store.id && r.chance(0.85)
            ? owner->id
            : sellers.at(r.uniformInt(0, int(sellers.size()) - 1))->id;
        c.purchases.append(p);
        if (index != 0 && r.chance(dropout))
            break; // the customer has "died": no more purchases
        day = day.addDays(1 + qint64(r.exponential(1.0 / std::max(rate, 1e-4))));
    }
    qint64 spend = 0;
    for (const DemoPurchase &p : std::as_const(c.purchases))
        spend += p.amountCents;
    c.memberLevel = memberLevelFor(spend);
    return c;
}

} // namespace gd::demo
