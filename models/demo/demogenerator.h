// Deterministic demo data for GuideDesk: two stores, their guides, a fashion tag library,
// and any number of customers with tags and purchase histories. Customer i depends only on
// (seed, i, today), so 200,000 customers stream without being held, in any order, on any
// thread. Customer 0 is always 张三 with a phone ending in 1234 (tests and docs rely on it).
#pragma once

#include "demorecords.h"

#include <cstdint>

namespace gd::demo {

class DemoGenerator
{
public:
    DemoGenerator(quint64 seed, int customerCount, QDate today);

    [[nodiscard]] const QList<DemoStore> &stores() const { return m_stores; }
    [[nodiscard]] const QList<DemoGuide> &guides() const { return m_guides; }
    [[nodiscard]] const QList<DemoTagGroup> &tagGroups() const { return m_tagGroups; }
    [[nodiscard]] const QList<DemoTag> &tags() const { return m_tags; }
    [[nodiscard]] int customerCount() const { return m_customerCount; }
    [[nodiscard]] QDate today() const { return m_today; }

    [[nodiscard]] DemoCustomer customer(int index) const;

private:
    void makeReferenceData();
    [[nodiscard]] QList<const DemoGuide *> guidesOf(const QString &storeId) const;
    [[nodiscard]] QList<const DemoTag *> tagsOfGroup(const QString &groupId) const;

    quint64 m_seed;
    int m_customerCount;
    QDate m_today;
    QList<DemoStore> m_stores;
    QList<DemoGuide> m_guides;
    QList<DemoTagGroup> m_tagGroups;
    QList<DemoTag> m_tags;
};

} // namespace gd::demo
