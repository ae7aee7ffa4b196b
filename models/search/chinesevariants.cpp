#include "chinesevariants.h"

#include "pinyinconverter.h"

#include <stdexcept>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace gd::search {

ChineseVariants::ChineseVariants()
{
    UErrorCode status = U_ZERO_ERROR;
    m_transliterator.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Hant-Hans"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !m_transliterator)
        throw std::runtime_error(
            "ICU has no Hant-Hans transliterator (is libicu's data installed?)");
}

ChineseVariants::~ChineseVariants() = default;

char32_t ChineseVariants::simplifiedOf(char32_t c) const
{
    {
        QReadLocker lock(&m_lock);
        auto it = m_cache.constFind(c);
        if (it != m_cache.constEnd())
            return *it;
    }
    QWriteLocker lock(&m_lock);
    icu::UnicodeString text { UChar32(c) };
    m_transliterator->transliterate(text);
    // Keep one-to-one mappings only: a character that maps to several is left as it is.
    const char32_t simplified = text.countChar32() == 1 ? char32_t(text.char32At(0)) : c;
    m_cache.insert(c, simplified);
    return simplified;
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
