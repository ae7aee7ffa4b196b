#include "pinyinconverter.h"

namespace gd::search {

namespace {

struct SurnameReading
{
    const char16_t *surname; // simplified or traditional
    const char *syllables; // space separated
};

// Surnames read differently from the character's everyday reading, and two-character
// surnames whose pair must be read together. Both script forms are listed. Two-character
// surnames come first, so the first match is the longest (长孙 before 长).
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

} // namespace

PinyinConverter::PinyinConverter()
    : m_hanLatin("Han-Latin; Latin-ASCII; Lower")
{ }

QString PinyinConverter::asciiOf(char32_t c) const
{
    // Keep letters and digits only: ICU may put spaces or apostrophes around a syllable, and
    // leaves characters it cannot romanize (Cyrillic, rare Han) as they are.
    QString ascii;
    for (QChar ch : m_hanLatin.transliterate(c)) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            ascii += ch;
    }
    return ascii;
}

QStringList PinyinConverter::convert(QStringView text) const
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out << word;
        word.clear();
    };
    forEachCodePoint(text, [&](char32_t c) {
        if (isHan(c)) {
            flush();
            const QString syllable = asciiOf(c);
            if (!syllable.isEmpty())
                out << syllable;
        } else if (isAsciiLetter(c) || isAsciiDigit(c)) {
            word += QChar(char16_t(c)).toLower(); // fast path: names are mostly ASCII or Han
        } else if (QChar::isLetterOrNumber(c)) {
            const QString ascii = asciiOf(c); // é → e, Ｌ → l; Cyrillic gives "" and separates
            if (ascii.isEmpty())
                flush();
            word += ascii;
        } else {
            flush();
        }
    });
    flush();
    return out;
}

QStringList PinyinConverter::syllables(const QString &text) const
{
    return convert(text);
}

QStringList PinyinConverter::nameSyllables(const QString &name) const
{
    const QStringView trimmed = QStringView(name).trimmed();
    // A name that is only a surname ("曾") is still read as one: this is a name field.
    for (const SurnameReading &reading : surnameReadings) {
        const QStringView surname(reading.surname);
        if (trimmed.startsWith(surname)) {
            QStringList out = QString::fromLatin1(reading.syllables).split(u' ');
            out << convert(trimmed.mid(surname.size()));
            return out;
        }
    }
    return convert(trimmed);
}

} // namespace gd::search
