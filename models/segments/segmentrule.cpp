#include "segmentrule.h"

#include "churn/churnrisk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <array>

using namespace Qt::StringLiterals;

namespace gd::segments {

namespace {

struct KindName
{
    ConditionKind kind;
    const char16_t *name;
};

constexpr std::array<KindName, 12> kindNames { {
    { ConditionKind::TagsAll, u"tags_all" },
    { ConditionKind::TagsAny, u"tags_any" },
    { ConditionKind::TagsNone, u"tags_none" },
    { ConditionKind::MemberLevel, u"member_level" },
    { ConditionKind::LastVisitBefore, u"last_visit_before" },
    { ConditionKind::LastVisitAfter, u"last_visit_after" },
    { ConditionKind::LastVisitDaysAgo, u"last_visit_days_ago" },
    { ConditionKind::SpendRange, u"spend_range" },
    { ConditionKind::VisitCountRange, u"visit_count_range" },
    { ConditionKind::BirthdayMonth, u"birthday_month" },
    { ConditionKind::OwnerGuide, u"owner_guide" },
    { ConditionKind::RiskBand, u"risk_band" },
} };

[[noreturn]] void refuse(const QString &why)
{
    throw InvalidRule(why.toStdString());
}

// Which JSON key holds a condition's list of strings.
QString listKey(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::TagsAll:
    case ConditionKind::TagsAny:
    case ConditionKind::TagsNone:
        return u"tags"_s;
    case ConditionKind::MemberLevel:
        return u"levels"_s;
    case ConditionKind::RiskBand:
        return u"bands"_s;
    default:
        return {};
    }
}

// Ids, levels and bands: short printable strings, each once (order kept).
QStringList readStrings(const QJsonObject &json, const QString &key, const QString &kind)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        refuse(u"%1 needs \"%2\" as a list of strings"_s.arg(kind, key));
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > SegmentRule::maxValuesPerCondition)
        refuse(u"%1 needs 1 to %2 values in \"%3\""_s.arg(kind)
                   .arg(SegmentRule::maxValuesPerCondition)
                   .arg(key));
    QStringList out;
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 64)
            refuse(u"%1: every value in \"%2\" must be a string of 1 to 64 characters"_s.arg(kind,
                                                                                             key));
        if (!out.contains(item.toString()))
            out << item.toString();
    }
    return out;
}

std::optional<qint64> readBound(const QJsonObject &json, const QString &key, const QString &kind,
                                qint64 limit)
{
    if (!json.contains(key) || json.value(key).isNull())
        return std::nullopt;
    const QJsonValue value = json.value(key);
    // JSON numbers are doubles: accept whole numbers only, within a sane range.
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > double(limit) || number != qint64(number))
        refuse(u"%1: \"%2\" must be a whole number from 0 to %3"_s.arg(kind, key).arg(limit));
    return qint64(number);
}

Condition readCondition(const QJsonValue &value)
{
    if (!value.isObject())
        refuse(u"Every condition must be an object"_s);
    const QJsonObject json = value.toObject();
    const QString kindText = json.value(u"kind"_s).toString();
    const auto kind = conditionKindFromName(kindText);
    if (!kind)
        refuse(u"Unknown condition kind \"%1\""_s.arg(kindText.left(40)));
    Condition c;
    c.kind = *kind;
    switch (*kind) {
    case ConditionKind::TagsAll:
    case ConditionKind::TagsAny:
    case ConditionKind::TagsNone:
        c.values = readStrings(json, listKey(*kind), kindText);
        break;
    case ConditionKind::RiskBand:
        c.values = readStrings(json, listKey(*kind), kindText);
        for (const QString &band : std::as_const(c.values)) {
            if (!churn::riskBandFromName(band))
                refuse(u"Unknown risk band \"%1\""_s.arg(band.left(40)));
        }
        break;
    case ConditionKind::MemberLevel:
        c.values = readStrings(json, listKey(*kind), kindText);
        for (const QString &level : std::as_const(c.values)) {
            if (!memberLevels().contains(level))
                refuse(u"Unknown member level \"%1\""_s.arg(level));
        }
        break;
    case ConditionKind::LastVisitBefore:
    case ConditionKind::LastVisitAfter:
        c.date = QDate::fromString(json.value(u"date"_s).toString(), Qt::ISODate);
        if (!c.date.isValid() || c.date.year() < 1900 || c.date.year() > 2200)
            refuse(u"%1 needs \"date\" as YYYY-MM-DD"_s.arg(kindText));
        break;
    case ConditionKind::LastVisitDaysAgo:
        c.min = readBound(json, u"more_than"_s, kindText, 36500);
        if (!c.min)
            refuse(u"%1 needs \"more_than\" (days)"_s.arg(kindText));
        break;
    case ConditionKind::SpendRange:
        c.min = readBound(json, u"min_cents"_s, kindText, qint64(1) << 50);
        c.max = readBound(json, u"max_cents"_s, kindText, qint64(1) << 50);
        break;
    case ConditionKind::VisitCountRange:
        c.min = readBound(json, u"min"_s, kindText, 1000000);
        c.max = readBound(json, u"max"_s, kindText, 1000000);
        break;
    case ConditionKind::BirthdayMonth: {
        const QJsonArray months = json.value(u"months"_s).toArray();
        if (!json.value(u"months"_s).isArray() || months.isEmpty() || months.size() > 12)
            refuse(u"%1 needs \"months\" as a list of 1 to 12 months"_s.arg(kindText));
        for (const QJsonValue &m : months) {
            const double month = m.toDouble(0);
            if (!m.isDouble() || month < 1 || month > 12 || month != int(month))
                refuse(u"%1: months are whole numbers from 1 to 12"_s.arg(kindText));
            if (!c.months.contains(int(month)))
                c.months << int(month);
        }
        break;
    }
    case ConditionKind::OwnerGuide: {
        const QJsonValue guide = json.value(u"guide_id"_s);
        if (!guide.isString() || guide.toString().isEmpty() || guide.toString().size() > 64)
            refuse(u"%1 needs \"guide_id\" (1 to 64 characters)"_s.arg(kindText));
        c.values = { guide.toString() };
        break;
    }
    }
    if ((c.kind == ConditionKind::SpendRange || c.kind == ConditionKind::VisitCountRange)) {
        if (!c.min && !c.max)
            refuse(u"%1 needs a lower or an upper bound"_s.arg(kindText));
        if (c.min && c.max && *c.min > *c.max)
            refuse(u"%1: the lower bound is above the upper bound"_s.arg(kindText));
    }
    return c;
}

QJsonArray toArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

QString conditionKindName(ConditionKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

std::optional<ConditionKind> conditionKindFromName(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

const QStringList &memberLevels()
{
    static const QStringList levels = { u"normal"_s, u"silver"_s, u"gold"_s, u"platinum"_s };
    return levels;
}

QJsonObject SegmentRule::toJson() const
{
    QJsonArray list;
    for (const Condition &c : conditions) {
        QJsonObject json { { u"kind"_s, conditionKindName(c.kind) } };
        switch (c.kind) {
        case ConditionKind::TagsAll:
        case ConditionKind::TagsAny:
        case ConditionKind::TagsNone:
        case ConditionKind::MemberLevel:
        case ConditionKind::RiskBand:
            json.insert(listKey(c.kind), toArray(c.values));
            break;
        case ConditionKind::LastVisitBefore:
        case ConditionKind::LastVisitAfter:
            json.insert(u"date"_s, c.date.toString(Qt::ISODate));
            break;
        case ConditionKind::LastVisitDaysAgo:
            json.insert(u"more_than"_s, double(c.min.value_or(0)));
            break;
        case ConditionKind::SpendRange:
            if (c.min)
                json.insert(u"min_cents"_s, double(*c.min));
            if (c.max)
                json.insert(u"max_cents"_s, double(*c.max));
            break;
        case ConditionKind::VisitCountRange:
            if (c.min)
                json.insert(u"min"_s, double(*c.min));
            if (c.max)
                json.insert(u"max"_s, double(*c.max));
            break;
        case ConditionKind::BirthdayMonth: {
            QJsonArray months;
            for (int m : c.months)
                months.append(m);
            json.insert(u"months"_s, months);
            break;
        }
        case ConditionKind::OwnerGuide:
            json.insert(u"guide_id"_s, c.values.value(0));
            break;
        }
        list.append(json);
    }
    return { { u"version"_s, currentVersion }, { u"conditions"_s, list } };
}

QString SegmentRule::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

SegmentRule SegmentRule::fromJson(const QJsonObject &json)
{
    const QJsonValue version = json.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != 1.0) {
        if (version.isDouble() && version.toDouble() > currentVersion)
            refuse(u"This rule was made by a newer version of GuideDesk"_s);
        refuse(u"A rule needs \"version\": 1"_s);
    }
    const QJsonValue list = json.value(u"conditions"_s);
    if (!list.isArray())
        refuse(u"A rule needs \"conditions\" as a list"_s);
    const QJsonArray array = list.toArray();
    if (array.size() > maxConditions)
        refuse(u"A rule can have at most %1 conditions"_s.arg(maxConditions));
    SegmentRule rule;
    for (const QJsonValue &value : array)
        rule.conditions << readCondition(value);
    return rule;
}

SegmentRule SegmentRule::fromJsonText(const QString &text)
{
    if (text.size() > 200000)
        refuse(u"The rule is too long"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        refuse(u"The rule is not a JSON object"_s);
    return fromJson(doc.object());
}

} // namespace gd::segments
