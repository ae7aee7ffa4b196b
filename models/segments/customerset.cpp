#include "customerset.h"

#include <bit>

namespace gd::segments {

CustomerSet CustomerSet::everyone()
{
    CustomerSet set;
    set.m_everyone = true;
    return set;
}

void CustomerSet::grow(size_t words)
{
    if (words > m_words.size())
        m_words.resize(words, m_everyone ? ~quint64(0) : 0);
}

void CustomerSet::insert(qint64 rowId)
{
    if (rowId < 0)
        return;
    const auto word = size_t(rowId >> 6);
    grow(word + 1);
    m_words[word] |= quint64(1) << (rowId & 63);
}

qint64 CustomerSet::size() const
{
    qint64 n = 0;
    for (quint64 w : m_words)
        n += std::popcount(w);
    return n;
}

void CustomerSet::unite(const CustomerSet &other)
{
    grow(other.m_words.size());
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] |= i < other.m_words.size() ? other.m_words[i] : (other.m_everyone ? ~0ull : 0);
    m_everyone = m_everyone || other.m_everyone;
}

void CustomerSet::intersect(const CustomerSet &other)
{
    grow(other.m_words.size());
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= i < other.m_words.size() ? other.m_words[i] : (other.m_everyone ? ~0ull : 0);
    m_everyone = m_everyone && other.m_everyone;
}

void CustomerSet::subtract(const CustomerSet &other)
{
    grow(other.m_words.size());
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i]
            &= ~(i < other.m_words.size() ? other.m_words[i] : (other.m_everyone ? ~0ull : 0));
    m_everyone = m_everyone && !other.m_everyone;
}

} // namespace gd::segments
