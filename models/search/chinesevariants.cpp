#include "chinesevariants.h"

#include "codepoints.h"

namespace gd::search {

ChineseVariants::ChineseVariants()
    : m_hantHans("Hant-Hans")
{ }

char32_t ChineseVariants::simplifiedOf(char32_t c) const
{
    // Keep one-to-one mappings only, so the hanzi column stays one character per token.
    const QString mapped = m_hantHans.transliterate(c);
    char32_t result = 0;
    int count = 0;
    forEachCodePoint(mapped, [&](char32_t m) {
        result = m;
        ++count;
    });
    return count == 1 ? result : c;
}

QString ChineseVariants::toSimplified(const QString &text) const
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text,
                     [&](char32_t c) { appendCodePoint(out, isHan(c) ? simplifiedOf(c) : c); });
    return out;
}

} // namespace gd::search
