// What went wrong talking to the server, sorted by what the sync engine does about it.
#pragma once

#include <QString>
#include <optional>

namespace gd::sync {

struct ApiError
{
    enum class Kind
    {
        Network, // no route, refused, reset, timed out: we are offline
        Tls, // the server's certificate is not trusted: never retried silently
        Http, // the server answered with an error status (code/message from its JSON)
        Protocol // the server answered 2xx with something that is not the API
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code; // the API's error code ("token_expired"), or ours for Network/Tls/Protocol
    QString message; // English detail, for the log and the "details" line of the UI
    std::optional<int> retryAfterSeconds;

    // Worth trying again later without the user doing anything.
    [[nodiscard]] bool isTransient() const
    {
        return kind == Kind::Network
            || (kind == Kind::Http && (httpStatus >= 500 || httpStatus == 429));
    }
    [[nodiscard]] bool isTokenExpired() const
    {
        return kind == Kind::Http && httpStatus == 401 && code == u"token_expired";
    }
    [[nodiscard]] QString describe() const;
};

} // namespace gd::sync
