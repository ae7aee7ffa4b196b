// A set of customers by their rowid, as a bitmap: what the segment worker caches per tag
// (and per churn-risk band) so that a tag condition over the whole store is a few thousand
// word operations and one bit test per customer instead of a text-UUID seek per customer.
// At 100k customers a set is 12.5 KiB.
#pragma once

#include <QtGlobal>
#include <vector>

namespace gd::segments {

class CustomerSet
{
public:
    // The set of every rowid (what "no condition" means in an intersection).
    [[nodiscard]] static CustomerSet everyone();

    void insert(qint64 rowId);
    [[nodiscard]] bool contains(qint64 rowId) const
    {
        if (rowId < 0)
            return false;
        const auto word = size_t(rowId >> 6);
        if (word >= m_words.size())
            return m_everyone;
        return (m_words[word] >> (rowId & 63)) & 1u;
    }
    [[nodiscard]] qint64 size() const; // only for finite sets (not everyone())

    void unite(const CustomerSet &other);
    void intersect(const CustomerSet &other);
    void subtract(const CustomerSet &other);

private:
    void grow(size_t words);

    std::vector<quint64> m_words;
    // Bits past m_words: all set (everyone() and what is intersected into it) or all clear.
    bool m_everyone = false;
};

} // namespace gd::segments
