// A segment's rule: a list of conditions that must all hold (AND), kept as versioned JSON
// in saved segments and sent to the server as such. Parsing refuses anything it does not
// understand (unknown kinds, wrong types, out-of-range values, a newer version) with an
// English sentence, so a bad rule never reaches the SQL compiler.
//
// JSON form (version 1):
//   { "version": 1, "conditions": [
//       { "kind": "tags_all",  "tags": ["<tag id>", ...] },     also tags_any, tags_none
//       { "kind": "member_level", "levels": ["gold", "platinum"] },
//       { "kind": "last_visit_before", "date": "2026-01-31" },   also last_visit_after
//       { "kind": "last_visit_days_ago", "more_than": 90 },
//       { "kind": "spend_range", "min_cents": 100000, "max_cents": 500000 },  either bound
//       { "kind": "visit_count_range", "min": 2, "max": 10 },                 either bound
//       { "kind": "birthday_month", "months": [1, 2] },
//       { "kind": "owner_guide", "guide_id": "<guide id>" },
//       { "kind": "risk_band", "bands": ["high"] } ] }        needs risk scores (see compiler)
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <stdexcept>

namespace gd::segments {

// A rule that cannot be read or compiled; what() is an English sentence for logs and for
// the server's rejection.
class InvalidRule : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

enum class ConditionKind
{
    TagsAll,
    TagsAny,
    TagsNone,
    MemberLevel,
    LastVisitBefore,
    LastVisitAfter,
    LastVisitDaysAgo,
    SpendRange,
    VisitCountRange,
    BirthdayMonth,
    OwnerGuide,
    RiskBand,
};

struct Condition
{
    ConditionKind kind = ConditionKind::TagsAny;
    QStringList values; // tag ids, levels, risk bands or the one guide id (deduplicated)
    QList<int> months; // birthday_month: 1..12
    QDate date; // last_visit_before / last_visit_after
    std::optional<qint64> min; // days (more_than), cents or visits
    std::optional<qint64> max;
    bool operator==(const Condition &) const = default;
};

struct SegmentRule
{
    static constexpr int currentVersion = 1;
    // Bounds that keep a rule's SQL small: SQLite allows 32766 parameters.
    static constexpr int maxConditions = 32;
    static constexpr int maxValuesPerCondition = 500;

    QList<Condition> conditions;
    bool operator==(const SegmentRule &) const = default;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toJsonText() const;
    // Throws InvalidRule.
    [[nodiscard]] static SegmentRule fromJson(const QJsonObject &json);
    [[nodiscard]] static SegmentRule fromJsonText(const QString &text);
};

[[nodiscard]] QString conditionKindName(ConditionKind kind);
[[nodiscard]] std::optional<ConditionKind> conditionKindFromName(const QString &name);
// Member levels as the customers table spells them, lowest first.
[[nodiscard]] const QStringList &memberLevels();

} // namespace gd::segments
