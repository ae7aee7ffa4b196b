// Turns what a guide typed into an FTS5 MATCH expression over customer_search. Every token
// is reduced to letters, digits or Han characters and double-quoted, so no input can make
// FTS5 raise a syntax error or reach its operators (AND, NEAR, :, ^, *).
#pragma once

#include <QString>

namespace gd::search {

class PinyinConverter;
class ChineseVariants;

// The MATCH expression, or an empty string when the input holds nothing searchable.
// Letters become a prefix over {initials pinyin remark} ("zhang san" → "zhangsan"*), digits
// a prefix over {phone4 remark}, Han runs a simplified phrase over {hanzi remark}; all
// ANDed, at most 8 terms of at most 32 characters. `pinyin` is not needed by today's rules
// (the index holds the pinyin, the query stays as typed) but is part of the contract so
// query-side reading rules can be added without touching every caller.
[[nodiscard]] QString toMatchExpression(const PinyinConverter &pinyin,
                                        const ChineseVariants &variants, const QString &typed);

} // namespace gd::search
