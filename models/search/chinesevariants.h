// Traditional → simplified Chinese (張→张, 陳→陈) with ICU's Hant-Hans, one character at a
// time and cached, so both script forms index and search alike. Thread-safe like
// PinyinConverter (one shared, read-write-locked cache).
#pragma once

#include "cachedtransliterator.h"

#include <QString>

namespace gd::search {

class ChineseVariants
{
public:
    // Throws std::runtime_error when ICU lacks the Hant-Hans transform (its data is missing).
    ChineseVariants();

    // The text with each Han character in its simplified form; everything else unchanged,
    // except that a lone surrogate becomes U+FFFD.
    [[nodiscard]] QString toSimplified(const QString &text) const;

    // How many characters went through ICU (for tests of the cache).
    [[nodiscard]] int icuCalls() const { return m_hantHans.icuCalls(); }

private:
    char32_t simplifiedOf(char32_t c) const;

    CachedTransliterator m_hantHans;
};

} // namespace gd::search
