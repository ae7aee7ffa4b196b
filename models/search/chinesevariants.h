// Traditional → simplified Chinese (張→张, 陳→陈) with ICU's Hant-Hans, one character at a
// time and cached, so both script forms index and search alike. Thread-safe like
// PinyinConverter.
#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <memory>
#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace gd::search {

class ChineseVariants
{
public:
    ChineseVariants();
    ~ChineseVariants();
    ChineseVariants(const ChineseVariants &) = delete;
    ChineseVariants &operator=(const ChineseVariants &) = delete;

    [[nodiscard]] QString toSimplified(const QString &text) const;

private:
    char32_t simplifiedOf(char32_t c) const;

    std::unique_ptr<icu::Transliterator> m_transliterator;
    mutable QReadWriteLock m_lock;
    mutable QHash<char32_t, char32_t> m_cache;
};

} // namespace gd::search
