// Pinyin for Chinese names, from ICU's Han-Latin transliterator. ICU costs ~80 µs a call, so
// each character goes through ICU once and is cached; names add a surname table, since a
// surname's reading often differs from the character's common one (曾 zeng, 单 shan, 解 xie).
// Thread-safe (see CachedTransliterator).
#pragma once

#include "cachedtransliterator.h"

#include <QStringList>

namespace gd::search {

class PinyinConverter
{
public:
    PinyinConverter();

    // One lowercase ASCII syllable per Han character of a person's name, the surname read as
    // a surname; runs of other letters or digits are kept as lowercase words.
    [[nodiscard]] QStringList nameSyllables(const QString &name) const;
    // The same without the surname rule (remarks, nicknames).
    [[nodiscard]] QStringList syllables(const QString &text) const;

    // How many characters went through ICU (for tests: the cache must make this stop growing).
    [[nodiscard]] int icuCalls() const { return m_hanLatin.icuCalls(); }

private:
    QString syllableOf(char32_t han) const;
    QStringList convert(const QString &text, qsizetype from) const;

    CachedTransliterator m_hanLatin;
};

// True for the CJK ideographs we index.
[[nodiscard]] bool isHan(char32_t c);

} // namespace gd::search
