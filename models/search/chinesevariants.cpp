#include "chinesevariants.h"

#include "pinyinconverter.h"

#include <stdexcept>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace gd::search {

ChineseVariants::ChineseVariants()
    : m_hantHans("Hant-Hans")
{ }

char32_t ChineseVariants::simplifiedOf(char32_t c) const
{
    // Keep one-to-one mappings only: a character that maps to several is left as it is.
    const QList<uint> mapped = m_hantHans.transliterate(c).toUcs4();
    return mapped.size() == 1 ? char32_t(mapped.constFirst()) : c;
}

QString ChineseVariants::toSimplified(const QString &text) const
{
    QString out;
    out.reserve(text.size());
    for (uint c : text.toUcs4()) {
        const char32_t mapped = isHan(c) ? simplifiedOf(c) : char32_t(c);
        out += QString::fromUcs4(&mapped, 1);
    }
    return out;
}

} // namespace gd::search
