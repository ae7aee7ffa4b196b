// The FTS5 columns of one customer in customer_search (schema v2): every column holds
// space-separated tokens, Han characters one per token, because FTS5's unicode61 tokenizer
// would otherwise take a whole run of Chinese characters as a single word.
#pragma once

#include <QString>

namespace gd::search {

class PinyinConverter;
class ChineseVariants;

struct SearchDocument
{
    QString hanzi; // simplified name characters: "张 三"
    QString pinyin; // syllables and the joined form: "zhang san zhangsan"
    QString initials; // "zs"
    QString remark; // nickname + remark, Han characters simplified and split
    QString phone4; // "1234" or empty
};

[[nodiscard]] SearchDocument buildSearchDocument(const PinyinConverter &pinyin,
                                                 const ChineseVariants &variants,
                                                 const QString &name, const QString &nickname,
                                                 const QString &remark, const QString &phoneLast4);

// Han characters one per token, other runs of letters/digits kept as words, lowercased.
[[nodiscard]] QString splitForIndex(const ChineseVariants &variants, const QString &text);

} // namespace gd::search
