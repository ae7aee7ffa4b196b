#include "segmentquery.h"

#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gd::segments {

namespace {

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString jsonArray(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Terms other than the scope start with a unary + (no effect on the value): it keeps the
// planner from walking a single-column index (customers_by_visit, _by_spend) and fetching
// each customer row at random; the count then scans customers_for_segments (schema v4),
// which covers every column a rule tests.
//

} // namespace

bool isSetCondition(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::TagsAll:
    case ConditionKind::TagsAny:
    case ConditionKind::TagsNone:
    case ConditionKind::RiskBand:
        return true;
    default:
        return false;
    }
}

QString customerOrderBy(customers::CustomerSort sort)
{
    switch (sort) {
    case customers::CustomerSort::LastVisit:
        return u"c.last_visit_on DESC, c.rowid"_s;
    case customers::CustomerSort::Spend:
        return u"c.total_spend_cents DESC, c.rowid"_s;
    case customers::CustomerSort::Name:
        break;
    }
    return u"c.name_sort, c.rowid"_s;
}

CompiledSegment compileSegment(const SegmentRule &rule, const SegmentScope &scope,
                               const QDate &today, QList<Condition> *setConditions)
{
    CompiledSegment out;
    QStringList terms { u"c.deleted = 0"_s };
    auto add = [&](const QString &term, std::initializer_list<SqlParameter> parameters) {
        terms << term;
        for (const SqlParameter &p : parameters)
            out.parameters << p;
    };
    if (!scope.ownerGuideId.isEmpty())
        add(u"c.owner_guide_id = ?"_s, { scope.ownerGuideId });
    else if (!scope.storeId.isEmpty())
        add(u"c.store_id = ?"_s, { scope.storeId });

    for (const Condition &c : rule.conditions) {
        if (setConditions && isSetCondition(c.kind)) {
            setConditions->append(c);
            continue;
        }
        switch (c.kind) {
        // Tags are looked up per customer of the scope in the (customer_id, tag_id) index:
        // a guide's book costs a few thousand seeks instead of listing every link of the tag.
        case ConditionKind::TagsAll: {
            // (customer, tag) is UNIQUE, so having every listed tag = as many links as
            // distinct tags (a list with a tag twice must not make the segment empty).
            QStringList tags = c.values;
            tags.removeDuplicates();
            add(u"(SELECT count(*) FROM customer_tags ct WHERE ct.customer_id = c.id AND"
                " ct.tag_id IN (SELECT value FROM json_each(?)) AND ct.deleted = 0) = ?"_s,
                { jsonArray(tags), qint64(tags.size()) });
            break;
        }
        case ConditionKind::TagsAny:
            add(u"EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND"
                " ct.tag_id IN (SELECT value FROM json_each(?)) AND ct.deleted = 0)"_s,
                { jsonArray(c.values) });
            break;
        case ConditionKind::TagsNone:
            add(u"NOT EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND"
                " ct.tag_id IN (SELECT value FROM json_each(?)) AND ct.deleted = 0)"_s,
                { jsonArray(c.values) });
            break;
        case ConditionKind::MemberLevel:
            add(u"+c.member_level IN (SELECT value FROM json_each(?))"_s, { jsonArray(c.values) });
            break;
        // Customers who never bought (no last visit) match no visit-date condition.
        case ConditionKind::LastVisitBefore:
            add(u"+c.last_visit_on < ?"_s, { c.date.toString(Qt::ISODate) });
            break;
        case ConditionKind::LastVisitAfter:
            add(u"+c.last_visit_on > ?"_s, { c.date.toString(Qt::ISODate) });
            break;
        case ConditionKind::LastVisitDaysAgo:
            // More than N days since the last visit: the visit is before today - N.
            add(u"+c.last_visit_on < ?"_s,
                { today.addDays(-c.min.value_or(0)).toString(Qt::ISODate) });
            break;
        case ConditionKind::SpendRange:
            if (c.min)
                add(u"+c.total_spend_cents >= ?"_s, { *c.min });
            if (c.max)
                add(u"+c.total_spend_cents <= ?"_s, { *c.max });
            break;
        case ConditionKind::VisitCountRange:
            if (c.min)
                add(u"+c.visit_count >= ?"_s, { *c.min });
            if (c.max)
                add(u"+c.visit_count <= ?"_s, { *c.max });
            break;
        case ConditionKind::BirthdayMonth:
            add(u"+c.birthday_month IN (SELECT value FROM json_each(?))"_s,
                { jsonArray(c.months) });
            break;
        case ConditionKind::OwnerGuide:
            add(u"+c.owner_guide_id = ?"_s, { c.values.value(0) });
            break;
        case ConditionKind::RiskBand:
            throw InvalidRule("Risk bands are counted by the segment worker only");
        }
    }
    out.where = terms.join(u" AND "_s);
    return out;
}

QString CompiledSegment::countSql() const
{
    return u"SELECT count(*) FROM customers c WHERE "_s + where;
}

QString CompiledSegment::rowIdsSql(customers::CustomerSort sort) const
{
    return u"SELECT c.rowid FROM customers c WHERE "_s + where + u" ORDER BY "_s
        + customerOrderBy(sort);
}

void CompiledSegment::bind(store::Statement &statement) const
{
    int index = 0;
    for (const SqlParameter &p : parameters) {
        ++index;
        if (const auto *text = std::get_if<QString>(&p))
            statement.bind(index, *text);
        else
            statement.bind(index, std::get<qint64>(p));
    }
}

} // namespace gd::segments
