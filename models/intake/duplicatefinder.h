// "Already a customer?": who in the local store a new entry may be. Works offline on the
// device's own store, through two indexed look-ups (the last 4 phone digits, the exact name),
// so it is cheap enough to run as the guide types.
#pragma once

#include <QList>
#include <QString>

namespace gd::store {
class Database;
}

namespace gd::intake {

struct DuplicateCandidate
{
    enum class Match
    {
        NameAndPhone, // same name and same last 4 digits: almost surely the same person
        Phone, // same last 4 digits only
        Name, // same name only
    };
    QString id;
    QString name;
    QString phoneMasked;
    Match match = Match::Name;
};

class DuplicateFinder
{
public:
    explicit DuplicateFinder(store::Database &db);

    // Candidates for `name` and `phone` (a full number or just its last 4 digits; full-width
    // digits and spaces are fine), the strongest first, at most `limit`. Empty input → none.
    [[nodiscard]] QList<DuplicateCandidate> find(const QString &name, const QString &phone,
                                                 int limit = 5);
    // Whether a customer with this name and these last 4 digits exists (the import's check).
    [[nodiscard]] bool exists(const QString &normalizedName, const QString &last4);

private:
    store::Database &m_db;
};

} // namespace gd::intake
