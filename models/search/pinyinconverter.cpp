#include "pinyinconverter.h"

#include <stdexcept>
#include <unicode/translit.h>
#include <unicode/unistr.h>

using namespace Qt::StringLiterals;

namespace gd::search {

namespace {

struct SurnameReading
{
    const char16_t *surname; // simplified or traditional
    const char *syllables; // space separated
};

// Surnames read differently from the character's everyday reading, and two-character
// surnames whose pair must be read together. Both script forms are listed.
constexpr SurnameReading surnameReadings[] = {
    { u"尉迟", "yu chi" },    { u"尉遲", "yu chi" },    { u"万俟", "mo qi" },
    { u"萬俟", "mo qi" },     { u"长孙", "zhang sun" }, { u"長孫", "zhang sun" },
    { u"单于", "chan yu" },   { u"單于", "chan yu" },   { u"欧阳", "ou yang" },
    { u"歐陽", "ou yang" },   { u"司马", "si ma" },     { u"司馬", "si ma" },
    { u"诸葛", "zhu ge" },    { u"諸葛", "zhu ge" },    { u"上官", "shang guan" },
    { u"东方", "dong fang" }, { u"東方", "dong fang" }, { u"皇甫", "huang fu" },
    { u"令狐", "ling hu" },   { u"宇文", "yu wen" },    { u"慕容", "mu rong" },
    { u"澹台", "tan tai" },   { u"曾", "zeng" },        { u"单", "shan" },
    { u"單", "shan" },        { u"解", "xie" },         { u"仇", "qiu" },
    { u"区", "ou" },          { u"區", "ou" },          { u"朴", "piao" },
    { u"樸", "piao" },        { u"查", "zha" },         { u"盖", "ge" },
    { u"蓋", "ge" },          { u"缪", "miao" },        { u"繆", "miao" },
    { u"翟", "zhai" },        { u"覃", "qin" },         { u"种", "chong" },
    { u"種", "chong" },       { u"员", "yun" },         { u"員", "yun" },
    { u"乐", "yue" },         { u"樂", "yue" },         { u"秘", "bi" },
    { u"瞿", "qu" },          { u"长", "chang" },       { u"長", "chang" },
    { u"重", "chong" },       { u"尉", "wei" },         { u"薄", "bo" },
    { u"褚", "chu" },
};

bool isAsciiAlnum(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

} // namespace

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2EBEF) || (c >= 0xF900 && c <= 0xFAFF);
}

PinyinConverter::PinyinConverter()
    : m_hanLatin("Han-Latin; Latin-ASCII; Lower")
{ }

QString PinyinConverter::syllableOf(char32_t han) const
{
    // Keep the letters only: ICU may add spaces or apostrophes around a syllable.
    QString syllable;
    for (QChar c : m_hanLatin.transliterate(han)) {
        if (c >= u'a' && c <= u'z')
            syllable += c;
    }
    return syllable;
}

QStringList PinyinConverter::convert(const QString &text, qsizetype from) const
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out << word.toLower();
        word.clear();
    };
    const QList<uint> codepoints = text.mid(from).toUcs4();
    for (uint c : codepoints) {
        if (isHan(c)) {
            flush();
            const QString syllable = syllableOf(c);
            if (!syllable.isEmpty())
                out << syllable;
        } else if (isAsciiAlnum(c)) {
            word += QChar(char16_t(c));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

QStringList PinyinConverter::syllables(const QString &text) const
{
    return convert(text, 0);
}

QStringList PinyinConverter::nameSyllables(const QString &name) const
{
    const QString trimmed = name.trimmed();
    // Longest surname first: the table lists two-character surnames before single ones.
    for (const SurnameReading &reading : surnameReadings) {
        const QString surname = QString::fromUtf16(reading.surname);
        if (trimmed.startsWith(surname) && trimmed.size() > surname.size()) {
            QStringList out = QString::fromLatin1(reading.syllables).split(u' ');
            out << convert(trimmed, surname.size());
            return out;
        }
    }
    return convert(trimmed, 0);
}

} // namespace gd::search
