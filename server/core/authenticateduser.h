// Who made a request, as the server's tokens say.
#pragma once

#include <QString>

namespace gd::server::core {

struct AuthenticatedUser
{
    QString guideId;
    QString storeId;
    QString role; // "guide" or "manager"
    QString name;
    [[nodiscard]] bool isManager() const { return role == u"manager"; }
};

} // namespace gd::server::core
