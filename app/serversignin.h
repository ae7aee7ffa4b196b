// Signs in to the sync server before the window opens: from the keychain's session when
// there is one (so the app starts offline too), else with the password file. Blocks with a
// local event loop for at most the network timeout; the window is not up yet.
#pragma once

#include "sync/session.h"

#include <QString>
#include <optional>

namespace gd::store {
class KeyStore;
}

namespace gd::app {

struct Options;

struct SignInOutcome
{
    std::optional<sync::SignedInUser> user; // empty: failed
    QString error; // why, for the user
};

[[nodiscard]] SignInOutcome signInToServer(const Options &options, store::KeyStore &keys);

} // namespace gd::app
