// One ICU transliterator applied a character at a time, with each character's result
// cached: ICU costs tens of microseconds a call, a hash lookup costs nanoseconds, and names
// reuse a few thousand characters. Thread-safe (a read-write lock; ICU transliterators are
// not thread-safe, so the ICU call itself runs under the write lock).
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

class CachedTransliterator
{
public:
    // `id` is an ICU transform id such as "Hant-Hans". Throws std::runtime_error when ICU
    // does not have it (its data is missing).
    explicit CachedTransliterator(const char *id);
    ~CachedTransliterator();
    CachedTransliterator(const CachedTransliterator &) = delete;
    CachedTransliterator &operator=(const CachedTransliterator &) = delete;

    // What ICU makes of this one character.
    [[nodiscard]] QString transliterate(char32_t c) const;
    // How many characters went through ICU so far (for tests of the cache).
    [[nodiscard]] int icuCalls() const;

private:
    std::unique_ptr<icu::Transliterator> m_transliterator;
    mutable QReadWriteLock m_lock;
    mutable QHash<char32_t, QString> m_cache;
    mutable int m_icuCalls = 0;
};

} // namespace gd::search
