// Pinyin for Chinese names, from ICU's Han-Latin transliterator. ICU costs ~80 µs a call, so
// each character goes through ICU once and is cached; names add a surname table, since a
// surname's reading often differs from the character's common one (曾 zeng, 单 shan, 解 xie).
//
// Thread-safe: the app indexes on a worker thread while the GUI searches. One shared instance
// with a read-write-locked cache (see CachedTransliterator) rather than one per thread, so
// each character costs ICU once per process, not once per thread, and warm lookups only
// take a shared read lock.
#pragma once

#include "cachedtransliterator.h"
#include "codepoints.h"

#include <QStringList>

namespace gd::search {

class PinyinConverter
{
public:
    // Throws std::runtime_error when ICU lacks the Han-Latin transform (its data is missing).
    PinyinConverter();

    // One lowercase ASCII syllable per Han character of a person's name, the surname (the
    // first one or two characters) read as a surname; other letters and digits are kept as
    // lowercase ASCII words (accents dropped: "Zoë" → "zoe"); everything else separates.
    [[nodiscard]] QStringList nameSyllables(const QString &name) const;
    // The same without the surname rule (remarks, nicknames, ordinary words).
    [[nodiscard]] QStringList syllables(const QString &text) const;

    // How many characters went through ICU (for tests: the cache must make this stop growing).
    [[nodiscard]] int icuCalls() const { return m_hanLatin.icuCalls(); }

private:
    QString asciiOf(char32_t c) const;
    QStringList convert(QStringView text) const;

    CachedTransliterator m_hanLatin;
};

} // namespace gd::search
