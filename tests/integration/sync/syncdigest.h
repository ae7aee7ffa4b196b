// A fingerprint of what a guide can see, computed the same way on the client's store and on
// the server's database, so that "the client converged" is one comparison.
#pragma once

#include <QString>

namespace gd::store {
class Database;
}

namespace gd::testsupport {

struct SyncDigest
{
    QString hash; // SHA-256 over every visible row's content columns, in id order
    qint64 customers = 0;
    qint64 notes = 0;
    qint64 customerTags = 0; // live (not deleted) links
    qint64 purchases = 0;
    [[nodiscard]] QString describe() const;
    bool operator==(const SyncDigest &other) const { return hash == other.hash; }
};

// Rows of the customers the guide owns; with an empty guideId, of every customer of the
// store (a manager's view).
[[nodiscard]] SyncDigest digestFor(store::Database &db, const QString &guideId,
                                   const QString &storeId = {});

} // namespace gd::testsupport
