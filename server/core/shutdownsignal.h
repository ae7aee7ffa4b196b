// Turns SIGTERM/SIGINT into a clean QCoreApplication::quit() (through a self-pipe: a signal
// handler may only write a byte), so the database is closed properly on `kill`.
#pragma once

namespace gd::server::core {

void quitOnTerminationSignals();

} // namespace gd::server::core
