#include "duplicatefinder.h"

#include "phonenumber.h"
#include "store/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd::intake {

namespace {

// Enough to rank; a last-4 shared by more people than this is no useful hint anyway.
constexpr int lookupCap = 50;

} // namespace

DuplicateFinder::DuplicateFinder(store::Database &db)
    : m_db(db)
{ }

QList<DuplicateCandidate> DuplicateFinder::find(const QString &name, const QString &phone,
                                                int limit)
{
    const QString wanted = normalizedName(name);
    const QString digits = asciiDigits(phone);
    const QString last4 = digits.size() >= 4 ? digits.right(4) : QString();
    QList<DuplicateCandidate> found;
    if (last4.size() == 4) {
        auto q = m_db.prepare(u"SELECT id, name, phone_masked FROM customers WHERE"
                              " phone_last4 = ? AND deleted = 0 LIMIT ?"_s);
        q->bindAll(last4, lookupCap);
        while (q->step()) {
            const bool sameName = !wanted.isEmpty() && normalizedName(q->text(1)) == wanted;
            found.append({ q->text(0), q->text(1), q->text(2),
                           sameName ? DuplicateCandidate::Match::NameAndPhone
                                    : DuplicateCandidate::Match::Phone });
        }
    }
    if (!wanted.isEmpty()) {
        auto q = m_db.prepare(u"SELECT id, name, phone_masked FROM customers WHERE name = ? AND"
                              " deleted = 0 LIMIT ?"_s);
        q->bindAll(wanted, lookupCap);
        while (q->step()) {
            const QString id = q->text(0);
            const bool known = std::any_of(found.cbegin(), found.cend(),
                                           [&](const auto &c) { return c.id == id; });
            if (!known)
                found.append({ id, q->text(1), q->text(2), DuplicateCandidate::Match::Name });
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.match < b.match; });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

bool DuplicateFinder::exists(const QString &normalizedName, const QString &last4)
{
    auto q = m_db.prepare(u"SELECT 1 FROM customers WHERE phone_last4 = ? AND name = ? AND"
                          " deleted = 0 LIMIT 1"_s);
    q->bindAll(last4, normalizedName);
    return q->step();
}

} // namespace gd::intake
