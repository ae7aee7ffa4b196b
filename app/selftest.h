// `--self-test`: every QML warning (a binding error, a missing file, a type error) while the
// pages load counts as a failure, so CI fails on a page that would break for a user.
#pragma once

namespace gd::app {

void installWarningCounter();
[[nodiscard]] int warningsSeen();

} // namespace gd::app
