#include "searchdocument.h"

#include "chinesevariants.h"
#include "pinyinconverter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd::search {

QString splitForIndex(const ChineseVariants &variants, const QString &text)
{
    const QString simplified
        = variants.toSimplified(text.normalized(QString::NormalizationForm_KC));
    QStringList tokens;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            tokens << word.toLower();
        word.clear();
    };
    for (uint c : simplified.toUcs4()) {
        if (isHan(c)) {
            flush();
            tokens << QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        } else if (QChar::isLetterOrNumber(c)) {
            word += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        } else {
            flush();
        }
    }
    flush();
    return tokens.join(u' ');
}

SearchDocument buildSearchDocument(const PinyinConverter &pinyin, const ChineseVariants &variants,
                                   const QString &name, const QString &nickname,
                                   const QString &remark, const QString &phoneLast4)
{
    SearchDocument doc;
    doc.hanzi = splitForIndex(variants, name);
    const QStringList syllables = pinyin.nameSyllables(variants.toSimplified(name));
    QString initials;
    for (const QString &s : syllables)
        initials += s.left(1);
    doc.pinyin = syllables.join(u' ');
    if (syllables.size() > 1)
        doc.pinyin += u' ' + syllables.join(QString());
    doc.initials = initials;
    doc.remark = splitForIndex(variants, nickname + u' ' + remark);
    doc.phone4 = phoneLast4;
    return doc;
}

} // namespace gd::search
