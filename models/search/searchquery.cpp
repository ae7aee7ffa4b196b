#include "searchquery.h"

#include "chinesevariants.h"
#include "pinyinconverter.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd::search {

namespace {

constexpr qsizetype maxTerms = 8;
constexpr qsizetype maxTermLength = 32;

struct Term
{
    enum class Kind
    {
        Letters,
        Digits,
        Han
    };
    Kind kind;
    QString text;
};

Term::Kind kindOf(uint c, bool *separator)
{
    *separator = false;
    if (isHan(c))
        return Term::Kind::Han;
    if (c >= U'0' && c <= U'9')
        return Term::Kind::Digits;
    if (QChar::isLetter(c))
        return Term::Kind::Letters;
    *separator = true;
    return Term::Kind::Letters;
}

// Splits normalized input into terms. Letter runs separated only by spaces join into one
// ("zhang san" → "zhangsan"): guides type pinyin with and without spaces.
QList<Term> termsOf(const QString &normalized)
{
    struct Run
    {
        Term term;
        bool afterSpacesOnly; // the gap before this run was one or more spaces, nothing else
    };
    QList<Run> runs;
    QString gap;
    for (uint c : normalized.toUcs4()) {
        bool separator = false;
        const Term::Kind kind = kindOf(c, &separator);
        if (separator) {
            gap += QChar(c == U' ' ? u' ' : u'#');
            continue;
        }
        const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        if (!runs.isEmpty() && gap.isEmpty() && runs.last().term.kind == kind) {
            runs.last().term.text += ch;
        } else {
            const bool spacesOnly = !gap.isEmpty() && !gap.contains(u'#');
            runs.append({ { kind, ch }, spacesOnly });
        }
        gap.clear();
    }
    QList<Term> terms;
    for (const Run &run : runs) {
        if (run.afterSpacesOnly && run.term.kind == Term::Kind::Letters && !terms.isEmpty()
            && terms.last().kind == Term::Kind::Letters)
            terms.last().text += run.term.text;
        else
            terms.append(run.term);
    }
    for (Term &t : terms)
        t.text.truncate(maxTermLength);
    return terms.mid(0, maxTerms);
}

QString quoted(const QString &token)
{
    return u'"' + token + u'"'; // tokens hold only letters, digits and Han: nothing to escape
}

} // namespace

QString toMatchExpression(const PinyinConverter &, const ChineseVariants &variants,
                          const QString &typed)
{
    // NFKC folds full-width Ｚ１ into Z1; simplified form so that 張 finds 张.
    const QString normalized = variants.toSimplified(
        typed.left(1024).normalized(QString::NormalizationForm_KC).toLower());
    QStringList parts;
    for (const Term &term : termsOf(normalized)) {
        switch (term.kind) {
        case Term::Kind::Letters:
            parts << u"{initials pinyin remark} : "_s + quoted(term.text) + u'*';
            break;
        case Term::Kind::Digits:
            parts << u"{phone4 remark} : "_s + quoted(term.text) + u'*';
            break;
        case Term::Kind::Han: {
            QStringList chars;
            for (uint c : term.text.toUcs4())
                chars << QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            parts << u"{hanzi remark} : "_s + quoted(chars.join(u' '));
            break;
        }
        }
    }
    return parts.join(u" AND "_s);
}

} // namespace gd::search
