// Pinyin for Chinese names, from ICU's Han-Latin transliterator. ICU costs ~80 µs a call, so
// each character goes through ICU once and is cached; names add a surname table, since a
// surname's reading often differs from the character's common one (曾 zeng, 单 shan, 解 xie).
// Thread-safe: the cache is behind a read-write lock (many readers: the GUI's search while a
// worker indexes).
#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QStringList>
#include <memory>
#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace gd::search {

class PinyinConverter
{
public:
    PinyinConverter();
    ~PinyinConverter();
    PinyinConverter(const PinyinConverter &) = delete;
    PinyinConverter &operator=(const PinyinConverter &) = delete;

    // One lowercase ASCII syllable per Han character of a person's name, the surname read as
    // a surname; runs of other letters or digits are kept as lowercase words.
    [[nodiscard]] QStringList nameSyllables(const QString &name) const;
    // The same without the surname rule (remarks, nicknames).
    [[nodiscard]] QStringList syllables(const QString &text) const;

    // How many characters went through ICU (for tests: the cache must make this stop growing).
    [[nodiscard]] int icuCalls() const;

private:
    QString syllableOf(char32_t han) const;
    QStringList convert(const QString &text, qsizetype from) const;

    std::unique_ptr<icu::Transliterator> m_transliterator;
    mutable QReadWriteLock m_lock;
    mutable QHash<char32_t, QString> m_cache;
    mutable int m_icuCalls = 0;
};

// True for the CJK ideographs we index.
[[nodiscard]] bool isHan(char32_t c);

} // namespace gd::search
