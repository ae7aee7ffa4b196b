// A SegmentRule compiled to one parameterised SQL condition on `customers c`. Values are
// never written into the SQL: every list (tags, levels, months, bands) is bound as ONE
// JSON array parameter and read with json_each(), so the SQL text of a rule depends only on
// its kinds of conditions (the statement cache stays small) and a list of 500 tags costs
// one parameter, not 500.
#pragma once

#include "customers/customerrecords.h"
#include "segmentrule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <variant>

namespace gd::store {
class Statement;
}

namespace gd::segments {

// Whose customers a segment ranges over: a guide sees their own book, a manager the store.
struct SegmentScope
{
    QString ownerGuideId; // set: only this guide's customers
    QString storeId; // set (and no owner): the store's customers; both empty: every customer
};

using SqlParameter = std::variant<QString, qint64>;

struct CompiledSegment
{
    QString where; // a condition on `customers c`, with `?` placeholders
    QList<SqlParameter> parameters; // in placeholder order

    [[nodiscard]] QString countSql() const;
    [[nodiscard]] QString rowIdsSql(customers::CustomerSort sort) const;
    // Binds the parameters from index 1.
    void bind(store::Statement &statement) const;
};

// `today` anchors "more than N days ago". Conditions on customer sets (tags and churn-risk
// bands) go to `setConditions` when one is given (the segment worker answers them from its
// cached sets, see SegmentCache); without one, tag conditions become SQL and a risk band,
// which has no SQL form (the scores are computed, not stored), throws InvalidRule.
[[nodiscard]] CompiledSegment compileSegment(const SegmentRule &rule, const SegmentScope &scope,
                                             const QDate &today,
                                             QList<Condition> *setConditions = nullptr);

// Tags and risk bands: conditions on a set of customers (see compileSegment).
[[nodiscard]] bool isSetCondition(ConditionKind kind);

// ORDER BY clause matching the customer list's orders (and their indexes).
[[nodiscard]] QString customerOrderBy(customers::CustomerSort sort);

} // namespace gd::segments
