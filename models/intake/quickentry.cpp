#include "quickentry.h"

#include "customers/customerwriter.h"
#include "phonenumber.h"
#include "store/database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace gd::intake {

QuickEntry::QuickEntry(store::Database &db, customers::CustomerWriter &writer)
    : m_db(db)
    , m_writer(writer)
{ }

EntryProblems QuickEntry::check(const QuickEntryInput &input)
{
    EntryProblems problems;
    const QString name = normalizedName(input.name);
    if (name.isEmpty())
        problems.insert(u"name"_s, EntryProblem::NameMissing);
    else if (name.size() > 100)
        problems.insert(u"name"_s, EntryProblem::NameTooLong);
    if (!input.phone.trimmed().isEmpty()) {
        const PhoneParse phone = parsePhone(input.phone);
        if (!phone.number)
            problems.insert(u"phone"_s,
                            phone.problem == PhoneProblem::NotDigits
                                ? EntryProblem::PhoneNotDigits
                                : EntryProblem::PhoneWrongShape);
    }
    if (!input.gender.isEmpty() && input.gender != u"F"_s && input.gender != u"M"_s)
        problems.insert(u"gender"_s, EntryProblem::GenderUnknown);
    if (!input.birthday.isEmpty() && !isPossibleBirthday(input.birthday))
        problems.insert(u"birthday"_s, EntryProblem::BirthdayImpossible);
    QStringList tags = input.tagIds;
    tags.removeDuplicates();
    QSet<QString> singleChoiceGroups;
    for (const QString &tagId : std::as_const(tags)) {
        // Another guide's personal tag is as unknown here as a deleted one.
        auto q = m_db.prepare(u"SELECT t.group_id, coalesce(g.multi_select, 1) FROM tags t"
                              " LEFT JOIN tag_groups g ON g.id = t.group_id"
                              " WHERE t.id = ? AND t.deleted = 0"
                              " AND (t.group_id IS NOT NULL OR t.owner_guide_id = ?)"_s);
        q->bindAll(tagId, m_writer.actor().guideId);
        if (!q->step()) {
            problems.insert(u"tags"_s, EntryProblem::TagUnknown);
            break;
        }
        if (q->isNull(0) || q->int64(1) != 0)
            continue;
        const QString group = q->text(0);
        if (singleChoiceGroups.contains(group)) {
            problems.insert(u"tags"_s, EntryProblem::TagGroupTwice);
            break;
        }
        singleChoiceGroups.insert(group);
    }
    return problems;
}

customers::NewCustomer QuickEntry::toNewCustomer(const QuickEntryInput &input) const
{
    customers::NewCustomer customer;
    customer.fields.insert(u"name"_s, normalizedName(input.name));
    customer.fields.insert(u"source"_s, u"counter"_s);
    if (!input.gender.isEmpty())
        customer.fields.insert(u"gender"_s, input.gender);
    if (const PhoneParse phone = parsePhone(input.phone); phone.number) {
        customer.fields.insert(u"phone_masked"_s, phone.number->masked());
        customer.fields.insert(u"phone_last4"_s, phone.number->last4());
        customer.fullPhone = phone.number->digits;
    }
    if (!input.birthday.isEmpty()) {
        const QJsonObject birthday = input.birthday.fields();
        for (auto it = birthday.begin(); it != birthday.end(); ++it)
            customer.fields.insert(it.key(), it.value());
    }
    customer.tagIds = input.tagIds;
    customer.tagIds.removeDuplicates();
    return customer;
}

QString QuickEntry::create(const QuickEntryInput &input, EntryProblems *problems)
{
    const EntryProblems found = check(input);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return {};
    return m_writer.createNewCustomer(toNewCustomer(input));
}

} // namespace gd::intake
