// Walking a QString one Unicode code point at a time, and the character classes the search
// index cares about. Han characters outside the BMP (CJK extensions B–F, used in some
// names) come as surrogate pairs, so the index cannot work on QChar alone.
#pragma once

#include <QString>
#include <QStringView>

namespace gd::search {

// True for the CJK ideographs we index: the unified blocks, extension A, extensions B–F and
// the compatibility ideographs.
[[nodiscard]] constexpr bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2EBEF) || (c >= 0xF900 && c <= 0xFAFF);
}

[[nodiscard]] constexpr bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

[[nodiscard]] constexpr bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// Calls f(char32_t) for each code point of text. A lone surrogate (possible in a QString
// that came from broken input) arrives as U+FFFD, which no index rule treats as text.
template<typename F> void forEachCodePoint(QStringView text, F &&f)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (!c.isSurrogate()) {
            f(char32_t(c.unicode()));
        } else if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            f(char32_t(QChar::ReplacementCharacter));
        }
    }
}

inline void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

} // namespace gd::search
