#include "cachedtransliterator.h"

#include <stdexcept>
#include <string>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace gd::search {

CachedTransliterator::CachedTransliterator(const char *id)
{
    UErrorCode status = U_ZERO_ERROR;
    m_transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id),
                                                               UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !m_transliterator)
        throw std::runtime_error(std::string("ICU has no ") + id
                                 + " transliterator (is libicu's data installed?)");
}

CachedTransliterator::~CachedTransliterator() = default;

int CachedTransliterator::icuCalls() const
{
    QReadLocker lock(&m_lock);
    return m_icuCalls;
}

QString CachedTransliterator::transliterate(char32_t c) const
{
    {
        QReadLocker lock(&m_lock);
        auto it = m_cache.constFind(c);
        if (it != m_cache.constEnd())
            return *it;
    }
    QWriteLocker lock(&m_lock);
    auto it = m_cache.constFind(c);
    if (it != m_cache.constEnd())
        return *it; // another thread got here first
    icu::UnicodeString text { UChar32(c) };
    m_transliterator->transliterate(text);
    ++m_icuCalls;
    std::string utf8;
    text.toUTF8String(utf8);
    const QString result = QString::fromStdString(utf8);
    m_cache.insert(c, result);
    return result;
}

} // namespace gd::search
