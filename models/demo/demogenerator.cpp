#include "demogenerator.h"

#include "demobirthday.h"
#include "demopurchasehistory.h"
#include "demorandom.h"
#include "demovocabulary.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::demo {

namespace {

namespace v = vocabulary;

constexpr int cardYears = 6;
constexpr int maxTags = 8;
constexpr int tagCountWeights[maxTags] = { 20, 24, 20, 14, 9, 6, 4, 3 }; // 1–8 tags
constexpr int sizeWeights[] = { 6, 24, 34, 22, 10, 4 }; // XS … XXL

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString pick(DemoRandom &r, std::span<const char16_t *const> list)
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

// Member levels follow lifetime spend, as brands' loyalty schemes do.
QString memberLevelFor(const QList<DemoPurchase> &purchases)
{
    qint64 spend = 0;
    for (const DemoPurchase &p : purchases)
        spend += p.amountCents;
    if (spend >= 3'000'000)
        return u"platinum"_s;
    if (spend >= 1'000'000)
        return u"gold"_s;
    if (spend >= 300'000)
        return u"silver"_s;
    return u"normal"_s;
}

// A time in store hours (10:00–21:59) in China, as UTC. China has kept UTC+8 without
// daylight saving since 1991, so a fixed offset is exact and needs no time zone data.
QDateTime storeHoursOn(DemoRandom &r, const QDate &day)
{
    // One draw a statement: the order in which function arguments are evaluated differs
    // between compilers (GCC goes right to left, Clang left to right), and so would the data.
    const int hour = r.uniformInt(10, 21);
    const int minute = r.uniformInt(0, 59);
    const int second = r.uniformInt(0, 59);
    const QTime local(hour, minute, second);
    return QDateTime(day, local, Qt::UTC).addSecs(-8 * 3600);
}

struct SourceSpec
{
    QLatin1StringView code;
    double neverBuysChance; // online sign-ups often never come to buy
};

const SourceSpec &drawSource(DemoRandom &r)
{
    static constexpr SourceSpec sources[] = { { "counter"_L1, 0.02 },
                                              { "mini_program"_L1, 0.2 },
                                              { "campaign"_L1, 0.15 },
                                              { "import"_L1, 0.05 } };
    constexpr int weights[std::size(sources)] = { 55, 25, 12, 8 };
    return sources[r.weighted(weights)];
}

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, int customerCount, QDate today)
    : m_seed(seed)
    , m_customerCount(customerCount)
    , m_today(today)
{
    if (customerCount < minCustomers || customerCount > maxCustomers)
        throw std::invalid_argument(
            QStringLiteral("DemoGenerator: %1 customers asked for; the demo data has %2 to %3")
                .arg(customerCount)
                .arg(minCustomers)
                .arg(maxCustomers)
                .toStdString());
    if (!today.isValid())
        throw std::invalid_argument("DemoGenerator: `today` is not a valid date");
    makeReferenceData();
}

void DemoGenerator::makeReferenceData()
{
    DemoRandom r(streamSeed(m_seed, 0));
    m_stores = { { r.uuid(), u"上海南京西路店"_s, u"上海"_s },
                 { r.uuid(), u"杭州湖滨店"_s, u"杭州"_s } };
    m_storeGuides.resize(m_stores.size());
    m_storeGuideIds.resize(m_stores.size());
    const QStringList guideNames = { u"陈静"_s, u"王丽"_s, u"李娜"_s, u"赵敏"_s,
                                     u"刘洋"_s, u"孙悦"_s, u"周婷"_s, u"吴倩"_s };
    QStringList pins;
    for (int i = 0; i < guideNames.size(); ++i) {
        const int store = i / 4; // four a store, the first of them its manager
        QString pin;
        do {
            pin = QString::number(r.uniformInt(1000, 9999));
        } while (pins.contains(pin));
        pins << pin;
        m_guides.append({ r.uuid(), m_stores.at(store).id, guideNames.at(i), u"G%1"_s.arg(1001 + i),
                          i % 4 == 0 ? u"manager"_s : u"guide"_s, pin });
        m_storeGuides[store] << i;
        m_storeGuideIds[store] << m_guides.constLast().id;
    }

    int groupOrder = 0;
    for (const v::TagGroupSpec &spec : v::tagGroups()) {
        DemoTagGroup group { r.uuid(),         QString::fromLatin1(spec.code),
                             text(spec.name),  QString::fromLatin1(spec.nameEn),
                             spec.multiSelect, groupOrder++ };
        if (group.code == QLatin1StringView(v::sizeGroupCode))
            m_sizeGroup = int(m_tagGroups.size());
        QList<int> indexes;
        for (std::size_t t = 0; t < spec.tags.size(); ++t) {
            indexes << int(m_tags.size());
            m_tags.append({ r.uuid(), group.id, QString(), text(spec.tags[t]),
                            QString::fromLatin1(spec.tagsEn[t]), int(t) });
        }
        m_groupTags << indexes;
        m_tagPickWeights << spec.pickWeight;
        m_tagGroups.append(group);
    }
    m_tagPickWeights << v::personalTagPickWeight;

    // Each guide keeps three to five tags of their own, from a shared stock of ideas.
    const int stock = int(v::personalTags().size());
    for (const DemoGuide &guide : std::as_const(m_guides)) {
        const int count = r.uniformInt(3, 5);
        const int first = r.uniformInt(0, stock - 1);
        QList<int> indexes;
        for (int k = 0; k < count; ++k) {
            const auto at = std::size_t((first + k) % stock);
            indexes << int(m_tags.size());
            m_tags.append({ r.uuid(), QString(), guide.id, text(v::personalTags()[at]),
                            QString::fromLatin1(v::personalTagsEn()[at]), k });
        }
        m_personalTags << indexes;
    }
    // Some guides tag nearly everyone, some few: tag coverage is one of their KPIs.
    for (qsizetype i = 0; i < m_guides.size(); ++i)
        m_taggingRate << 0.45 + 0.5 * r.uniform();
}

QList<DemoCustomerTag> DemoGenerator::drawTags(DemoRandom &r, int ownerIndex, int sizeIndex,
                                               const QDate &cardOpened) const
{
    QList<DemoCustomerTag> tags;
    if (!r.chance(m_taggingRate.at(ownerIndex)))
        return tags;
    const int wanted = 1 + r.weighted(tagCountWeights);
    QList<int> chosen;
    QList<bool> groupUsed(m_tagGroups.size(), false);
    const auto choose = [&](int tag, int group) {
        chosen << tag;
        if (group >= 0)
            groupUsed[group] = true;
    };
    // The size first, mostly: it is what guides need when they put clothes aside.
    if (r.chance(0.7))
        choose(m_groupTags.at(m_sizeGroup).at(sizeIndex), m_sizeGroup);
    const int personal = int(m_tagGroups.size()); // the last pick weight
    for (int attempt = 0; chosen.size() < wanted && attempt < 64; ++attempt) {
        const int group = r.weighted(m_tagPickWeights);
        const QList<int> &candidates
            = group == personal ? m_personalTags.at(ownerIndex) : m_groupTags.at(group);
        if (group != personal && groupUsed.at(group) && !m_tagGroups.at(group).multiSelect)
            continue; // a single-select group holds one tag
        const int tag = group == m_sizeGroup
            ? candidates.at(sizeIndex)
            : candidates.at(r.uniformInt(0, int(candidates.size()) - 1));
        if (!chosen.contains(tag))
            choose(tag, group == personal ? -1 : group);
    }
    // Tagged on some day the card was open, before today (so never in the future).
    const int openDays = int(cardOpened.daysTo(m_today));
    const QString &guideId = m_guides.at(ownerIndex).id;
    for (int tag : std::as_const(chosen))
        tags.append({ m_tags.at(tag).id, guideId,
                      storeHoursOn(r, cardOpened.addDays(r.uniformInt(0, openDays - 1))) });
    return tags;
}

DemoCustomer DemoGenerator::customer(int index) const
{
    if (index < 0 || index >= m_customerCount)
        throw std::out_of_range(QStringLiteral("DemoGenerator: no customer %1 among %2")
                                    .arg(index)
                                    .arg(m_customerCount)
                                    .toStdString());
    const bool zhangSan = index == 0;
    DemoRandom r(streamSeed(m_seed, quint64(index) + 1));
    DemoCustomer c;
    c.id = r.uuid();
    const int storeIndex = r.chance(0.6) ? 0 : 1;
    const QList<int> &staff = m_storeGuides.at(storeIndex);
    // Guides own most customers; the manager (first) owns a few.
    const int owner = staff.at(r.chance(0.1) ? 0 : r.uniformInt(1, int(staff.size()) - 1));
    c.storeId = m_stores.at(storeIndex).id;
    c.ownerGuideId = m_guides.at(owner).id;

    const double g = r.uniform();
    c.gender = g < 0.8 ? u"F"_s : (g < 0.97 ? u"M"_s : QString());
    const QString surname = pickWeighted(r, v::surnames()); // before the given name, always
    c.name = surname + pick(r, c.gender == u"M"_s ? v::maleGivenNames() : v::femaleGivenNames());
    const auto prefixes = v::phonePrefixes();
    QString prefix
        = QString::fromLatin1(prefixes[std::size_t(r.uniformInt(0, int(prefixes.size()) - 1))]);
    c.phoneLast4 = QString::number(r.uniformInt(0, 9999)).rightJustified(4, u'0');
    // Cards opened on some day before today, in the last six years; 张三 is a regular of
    // at least two years' standing.
    int cardAge = r.uniformInt(1, cardYears * 365);
    if (zhangSan) {
        c.name = u"张三"_s;
        c.gender = u"M"_s;
        prefix = u"138"_s;
        c.phoneLast4 = u"1234"_s;
        cardAge = std::max(cardAge, 2 * 365);
    }
    c.phoneMasked = prefix + u"****"_s + c.phoneLast4;
    c.cardOpenedOn = m_today.addDays(-cardAge);
    c.birthday = drawBirthday(r, m_today);
    const SourceSpec &source = drawSource(r);
    c.source = QString(source.code);
    if (r.chance(0.15))
        c.remark = pick(r, v::remarks());
    if (r.chance(0.1))
        c.nickname = pick(r, v::nicknames());

    const int sizeIndex = r.weighted(sizeWeights);
    c.tags = drawTags(r, owner, sizeIndex, c.cardOpenedOn);

    const int otherStore = 1 - storeIndex;
    PurchaseSetting setting;
    setting.from = c.cardOpenedOn;
    setting.until = m_today;
    setting.sizeIndex = sizeIndex;
    setting.homeStoreId = c.storeId;
    setting.otherStoreId = m_stores.at(otherStore).id;
    setting.ownerGuideId = c.ownerGuideId;
    setting.homeGuideIds = m_storeGuideIds.at(storeIndex);
    setting.otherGuideIds = m_storeGuideIds.at(otherStore);
    setting.neverBuysChance = source.neverBuysChance;
    setting.keepsBuying = zhangSan;
    c.purchases = drawPurchaseHistory(r, setting);
    c.memberLevel = memberLevelFor(c.purchases);
    return c;
}

} // namespace gd::demo
