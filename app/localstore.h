// Opens (and, in demo mode, seeds) the local store for the app, turning every failure into
// a sentence for the user.
#pragma once

#include "store/database.h"

#include <QString>
#include <memory>

namespace gd::store {
class KeyStore;
}
namespace gd::customers {
class CustomerSearchIndex;
}

namespace gd::app {

struct Options;

struct OpenedStore
{
    std::unique_ptr<store::Database> database; // null when opening failed
    QString error; // why, for the user
};

// Opens the store for `options`. In demo mode only, a demo database whose key is gone (a
// headless run's keyring is thrown away after each run) is set aside and a new one made:
// demo data can always be generated again, real data never is.
[[nodiscard]] OpenedStore openStore(const Options &options, store::KeyStore &keys);

// Seeds an empty demo store; reports progress on stderr and, with a GUI, in a dialog.
void seedDemoIfEmpty(const Options &options, store::Database &db,
                     customers::CustomerSearchIndex &index);

} // namespace gd::app
