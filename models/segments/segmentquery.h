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

// Extension point for the "risk band" condition: the churn-risk engine supplies the SQL
// that keeps customers whose band is in the bound JSON array (exactly one `?`), e.g.
// "c.id IN (SELECT customer_id FROM churn_scores WHERE band IN (SELECT value FROM
// json_each(?)))". Without one, a rule with a risk_band condition is refused.
class RiskBandSql
{
public:
    virtual ~RiskBandSql() = default;
    [[nodiscard]] virtual QString condition() const = 0;
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

// Throws InvalidRule (a risk band without risk scores). `today` anchors "more than N days ago".
[[nodiscard]] CompiledSegment compileSegment(const SegmentRule &rule, const SegmentScope &scope,
                                             const QDate &today,
                                             const RiskBandSql *riskBands = nullptr);

// ORDER BY clause matching the customer list's orders (and their indexes).
[[nodiscard]] QString customerOrderBy(customers::CustomerSort sort);

} // namespace gd::segments
