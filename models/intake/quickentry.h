// A new customer entered at the counter: name, phone, optional gender, birthday and tags,
// checked here field by field (so the form can say what is wrong where) and written through
// CustomerWriter — customer, tags and outbox entries in one transaction, offline.
#pragma once

#include "birthdayrules.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace gd::customers {
class CustomerWriter;
struct NewCustomer;
} // namespace gd::customers
namespace gd::store {
class Database;
}

namespace gd::intake {

struct QuickEntryInput
{
    QString name;
    QString phone; // as typed; empty is allowed (a walk-in who gives no number)
    QString gender; // "", "F" or "M"
    Birthday birthday; // empty: not given
    QStringList tagIds;
};

// Problem codes by field ("name", "phone", "gender", "birthday", "tags"); the UI words them.
// Tags: each must exist and be an HQ tag or one of the guide's own personal tags; a
// single-choice group (尺码, 体型) takes one of its tags.
enum class EntryProblem
{
    NameMissing,
    NameTooLong,
    PhoneNotDigits,
    PhoneWrongShape,
    GenderUnknown,
    BirthdayImpossible,
    TagUnknown,
    TagGroupTwice,
};
using EntryProblems = QMap<QString, EntryProblem>;

class QuickEntry
{
public:
    QuickEntry(store::Database &db, customers::CustomerWriter &writer);

    [[nodiscard]] EntryProblems check(const QuickEntryInput &input);
    // The customer the input describes, normalised (nullopt-like: call check() first).
    [[nodiscard]] customers::NewCustomer toNewCustomer(const QuickEntryInput &input) const;
    // Checks, then creates. Returns the new customer's id, or an empty string and the
    // problems in `problems`.
    QString create(const QuickEntryInput &input, EntryProblems *problems = nullptr);

private:
    store::Database &m_db;
    customers::CustomerWriter &m_writer;
};

} // namespace gd::intake
