#include "quickentry.h"

#include "customers/customerwriter.h"
#include "phonenumber.h"
#include "store/database.h"

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
    for (const QString &tagId : input.tagIds) {
        auto q = m_db.prepare(u"SELECT 1 FROM tags WHERE id = ? AND deleted = 0"_s);
        q->bind(1, tagId);
        if (!q->step()) {
            problems.insert(u"tags"_s, EntryProblem::TagUnknown);
            break;
        }
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
