#include "searchdocument.h"

#include "chinesevariants.h"
#include "codepoints.h"
#include "pinyinconverter.h"

#include <QStringList>

namespace gd::search {

namespace {

QString lastFourDigits(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits.size() >= 4 ? digits.right(4) : QString();
}

// "zhang san feng" → "zhang san feng zhangsanfeng sanfeng": the joined forms let a guide type
// a name without spaces (`zhangs`) or only the given name (`sanf`), still as a prefix.
QString pinyinColumn(const QStringList &syllables)
{
    QString column = syllables.join(u' ');
    if (syllables.size() > 1)
        column += u' ' + syllables.join(QString());
    if (syllables.size() > 2)
        column += u' ' + syllables.mid(1).join(QString());
    return column;
}

} // namespace

QString splitForIndex(const ChineseVariants &variants, const QString &text)
{
    const QString simplified
        = variants.toSimplified(text.normalized(QString::NormalizationForm_KC)).toLower();
    // A token ends at every Han character and where letters meet digits ("vip8" → "vip 8"),
    // the same places where toMatchExpression() splits what a guide types.
    enum class Kind
    {
        None,
        Word,
        Number,
        Han
    };
    QString out;
    out.reserve(simplified.size() * 2);
    Kind previous = Kind::None;
    forEachCodePoint(simplified, [&](char32_t c) {
        Kind kind = Kind::None;
        if (isHan(c))
            kind = Kind::Han;
        else if (QChar::isLetter(c))
            kind = Kind::Word;
        else if (QChar::isNumber(c))
            kind = Kind::Number;
        if (kind != Kind::None) {
            if (!out.isEmpty() && (kind == Kind::Han || kind != previous))
                out += u' ';
            appendCodePoint(out, c);
        }
        previous = kind;
    });
    return out;
}

SearchDocument buildSearchDocument(const PinyinConverter &pinyin, const ChineseVariants &variants,
                                   const QString &name, const QString &nickname,
                                   const QString &remark, const QString &phoneLast4)
{
    SearchDocument doc;
    const QString simplifiedName
        = variants.toSimplified(name.normalized(QString::NormalizationForm_KC));
    doc.hanzi = splitForIndex(variants, simplifiedName);
    const QStringList syllables = pinyin.nameSyllables(simplifiedName);
    for (const QString &s : syllables)
        doc.initials += s.front();
    doc.pinyin = pinyinColumn(syllables);
    doc.remark = splitForIndex(variants, nickname + u' ' + remark);
    doc.phone4 = lastFourDigits(phoneLast4);
    return doc;
}

} // namespace gd::search
