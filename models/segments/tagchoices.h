// The tags a guide may pick in a segment rule or bulk-tag with: the tag library's (HQ
// groups) and the guide's own personal tags, in the library's order.
#pragma once

#include "customers/customerrecords.h"

namespace gd::store {
class Database;
}

namespace gd::segments {

[[nodiscard]] QList<customers::TagRecord> tagChoices(store::Database &db, const QString &guideId);

} // namespace gd::segments
