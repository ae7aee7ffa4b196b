// Turns what a guide typed into an FTS5 MATCH expression over customer_search. Every token
// is reduced to letters, digits or Han characters and double-quoted, so no input can make
// FTS5 raise a syntax error or reach its operators (AND, NEAR, :, ^, *).
#pragma once

#include <QString>

namespace gd::search {

class PinyinConverter;
class ChineseVariants;

// The MATCH expression, or an empty string when the input holds nothing searchable.
[[nodiscard]] QString toMatchExpression(const PinyinConverter &pinyin,
                                        const ChineseVariants &variants, const QString &typed);

} // namespace gd::search
