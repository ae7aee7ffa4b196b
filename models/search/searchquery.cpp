#include "searchquery.h"

#include "chinesevariants.h"
#include "codepoints.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd::search {

namespace {

// Bounds on what one search can ask of FTS5: a guide types a few words, not a page.
constexpr qsizetype maxInputLength = 1024; // UTF-16 units looked at, before splitting
constexpr qsizetype maxTerms = 8;
constexpr qsizetype maxTermLength = 32; // code points

enum class Kind
{
    Separator,
    Letters,
    Digits,
    Han
};

Kind kindOf(char32_t c)
{
    if (isHan(c))
        return Kind::Han;
    if (isAsciiDigit(c))
        return Kind::Digits;
    if (QChar::isLetter(c))
        return Kind::Letters;
    return Kind::Separator;
}

struct Term
{
    Kind kind;
    QStringList chars; // one code point each
};

// Splits normalized input into terms of one kind. Letter runs separated only by spaces join
// into one ("zhang san" → "zhangsan"): guides type pinyin with and without spaces, and the
// pinyin column holds the joined name. Any other separator keeps them apart.
QList<Term> termsOf(const QString &normalized)
{
    QList<Term> terms;
    bool gapSeen = false; // a separator since the last term character
    bool gapOnlySpaces = true;
    forEachCodePoint(normalized, [&](char32_t c) {
        const Kind kind = kindOf(c);
        if (kind == Kind::Separator) {
            gapSeen = true;
            gapOnlySpaces = gapOnlySpaces && c == U' ';
            return;
        }
        const bool continues = !terms.isEmpty() && terms.last().kind == kind
            && (!gapSeen || (kind == Kind::Letters && gapOnlySpaces));
        if (!continues)
            terms.append({ kind, {} });
        QString ch;
        appendCodePoint(ch, c);
        terms.last().chars.append(ch);
        gapSeen = false;
        gapOnlySpaces = true;
    });
    for (Term &term : terms)
        term.chars = term.chars.mid(0, maxTermLength);
    return terms.mid(0, maxTerms);
}

// Terms hold only letters, digits and Han characters, so there is nothing inside to escape.
QString quoted(const QString &token)
{
    return u'"' + token + u'"';
}

QString expressionOf(const Term &term)
{
    switch (term.kind) {
    case Kind::Letters:
        return u"{initials pinyin remark} : "_s + quoted(term.chars.join(QString())) + u'*';
    case Kind::Digits:
        return u"{phone4 remark} : "_s + quoted(term.chars.join(QString())) + u'*';
    case Kind::Han:
        // A phrase of single-character tokens, as the index splits them: "张 三".
        return u"{hanzi remark} : "_s + quoted(term.chars.join(u' ')) + u'*';
    case Kind::Separator:
        break;
    }
    return QString();
}

} // namespace

QString toMatchExpression(const PinyinConverter &, const ChineseVariants &variants,
                          const QString &typed)
{
    // NFKC folds full-width ｚ１ into z1 and the ideographic space into a space; the
    // simplified form makes 張 find 张, as the index holds simplified characters only.
    const QString normalized = variants.toSimplified(
        typed.left(maxInputLength).normalized(QString::NormalizationForm_KC).toLower());
    QStringList parts;
    for (const Term &term : termsOf(normalized))
        parts << expressionOf(term);
    return parts.join(u" AND "_s);
}

} // namespace gd::search
