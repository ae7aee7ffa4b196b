// The tag library as the device has it: HQ tag groups (pulled, read-only for guides) and
// the signed-in guide's personal tags. Read-only; writes go through TagWriter.
#pragma once

#include "tagrecords.h"

namespace gd::store {
class Database;
}

namespace gd::tags {

class TagLibrary
{
public:
    explicit TagLibrary(store::Database &db);

    // Every live HQ tag in group order, then `guideId`'s personal tags by name.
    [[nodiscard]] QList<LibraryTag> tagsFor(const QString &guideId);
    // The live tag ids the customer has.
    [[nodiscard]] QStringList customerTagIds(const QString &customerId);
    // When each of the customer's live tags was set (tag id → time).
    [[nodiscard]] QHash<QString, QDateTime> customerTagTimes(const QString &customerId);

private:
    store::Database &m_db;
};

} // namespace gd::tags
