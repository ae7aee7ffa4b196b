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
{
    UErrorCode status = U_ZERO_ERROR;
    m_transliterator.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !m_transliterator)
        throw std::runtime_error(
            "ICU has no Han-Latin transliterator (is libicu's data installed?)");
}

PinyinConverter::~PinyinConverter() = default;

int PinyinConverter::icuCalls() const
{
    QReadLocker lock(&m_lock);
    return m_icuCalls;
}

QString PinyinConverter::syllableOf(char32_t han) const
{
    {
        QReadLocker lock(&m_lock);
        auto it = m_cache.constFind(han);
        if (it != m_cache.constEnd())
            return *it;
    }
    QWriteLocker lock(&m_lock);
    auto it = m_cache.constFind(han);
    if (it != m_cache.constEnd())
        return *it; // another thread got here first
    icu::UnicodeString text { UChar32(han) };
    m_transliterator->transliterate(text); // the transliterator is not thread-safe: under lock
    ++m_icuCalls;
    std::string utf8;
    text.toUTF8String(utf8);
    QString syllable;
    for (char c : utf8) {
        if (c >= 'a' && c <= 'z')
            syllable += QLatin1Char(c);
    }
    m_cache.insert(han, syllable);
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
