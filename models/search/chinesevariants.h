// Traditional → simplified Chinese (張→张, 陳→陈) with ICU's Hant-Hans, one character at a
// time and cached, so both script forms index and search alike. Thread-safe like
// PinyinConverter.
#pragma once

#include "cachedtransliterator.h"

#include <QString>

namespace gd::search {

class ChineseVariants
{
public:
    ChineseVariants();

    [[nodiscard]] QString toSimplified(const QString &text) const;

private:
    char32_t simplifiedOf(char32_t c) const;

    CachedTransliterator m_hantHans;
};

} // namespace gd::search
