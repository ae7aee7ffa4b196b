// Deterministic demo data for GuideDesk: two stores, their guides, a fashion tag library,
// and 100 to 200,000 customers with tags and purchase histories, for `guidedesk --demo`,
// tests, benchmarks and the reference server. Customer i depends only on (seed, i, today),
// so customers stream without being held, in any order, on any number of threads.
//
// Customer 0 is always 张三 with a phone ending in 1234 and a purchase history of several
// years (search tests and the user guide rely on it); everyone else is drawn at random.
#pragma once

#include "demorecords.h"

namespace gd::demo {

class DemoRandom;

class DemoGenerator
{
public:
    static constexpr int minCustomers = 100;
    static constexpr int maxCustomers = 200'000;

    // Throws std::invalid_argument for a customer count outside [minCustomers,
    // maxCustomers] or an invalid `today`.
    DemoGenerator(quint64 seed, int customerCount, QDate today);

    [[nodiscard]] const QList<DemoStore> &stores() const { return m_stores; }
    [[nodiscard]] const QList<DemoGuide> &guides() const { return m_guides; }
    [[nodiscard]] const QList<DemoTagGroup> &tagGroups() const { return m_tagGroups; }
    [[nodiscard]] const QList<DemoTag> &tags() const { return m_tags; }
    [[nodiscard]] int customerCount() const { return m_customerCount; }
    [[nodiscard]] QDate today() const { return m_today; }

    // Customer `index`, 0 <= index < customerCount(); throws std::out_of_range otherwise.
    // Thread-safe: it only reads the generator.
    [[nodiscard]] DemoCustomer customer(int index) const;

private:
    void makeReferenceData();
    [[nodiscard]] QList<DemoCustomerTag> drawTags(DemoRandom &random, int ownerIndex, int sizeIndex,
                                                  const QDate &cardOpened) const;

    quint64 m_seed;
    int m_customerCount;
    QDate m_today;
    QList<DemoStore> m_stores;
    QList<DemoGuide> m_guides;
    QList<DemoTagGroup> m_tagGroups;
    QList<DemoTag> m_tags;

    // Lookups built once so that customer() does no searching.
    QList<QList<int>> m_storeGuides; // per store: guide indexes, the manager first
    QList<QStringList> m_storeGuideIds; // the same, as ids
    QList<QList<int>> m_groupTags; // per tag group: tag indexes in sort order
    QList<QList<int>> m_personalTags; // per guide: tag indexes
    QList<int> m_tagPickWeights; // per tag group, then one entry for personal tags
    QList<double> m_taggingRate; // per guide: share of their customers they tag at all
    int m_sizeGroup = 0;
};

} // namespace gd::demo
