// The FTS5 columns of one customer in customer_search: every column holds space-separated
// tokens, Han characters one per token, because FTS5's unicode61 tokenizer would otherwise
// take a whole run of Chinese characters as a single word and 张 would not find 张三.
#pragma once

#include <QString>

namespace gd::search {

class PinyinConverter;
class ChineseVariants;

struct SearchDocument
{
    QString hanzi; // simplified name characters: "张 三"; Latin parts kept as words
    QString pinyin; // syllables, the joined name and joined given name: "zhang san zhangsan"
    QString initials; // first letter of each syllable: "zs"
    QString remark; // nickname + remark, Han characters simplified and split
    QString phone4; // "1234" or empty
};

// phoneLast4: the last four digits of the phone. Non-digits are dropped and a longer number
// is cut to its last four digits (a masked "138****1234" gives "1234"); fewer than four
// digits give an empty phone4, since a partial number would find the wrong customers.
[[nodiscard]] SearchDocument buildSearchDocument(const PinyinConverter &pinyin,
                                                 const ChineseVariants &variants,
                                                 const QString &name, const QString &nickname,
                                                 const QString &remark, const QString &phoneLast4);

// NFKC, simplified, lowercased; Han characters one per token, other runs of letters or of
// digits kept as words; everything else separates.
[[nodiscard]] QString splitForIndex(const ChineseVariants &variants, const QString &text);

} // namespace gd::search
