// Where the app keeps its files. Demo stores are separate from the real one, named by their
// seed and size so that different demo shapes never mix.
#pragma once

#include <QString>

namespace gd::app {

struct Options;

[[nodiscard]] QString databasePathFor(const Options &options);
[[nodiscard]] QString backupDirectory();

} // namespace gd::app
