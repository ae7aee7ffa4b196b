// `guidedesk-server fit-churn`: fits the churn model to a CSV file and prints the fitted
// parameters and log-likelihood as JSON (one object on stdout), for checking the engine
// against published figures and for looking at a store's data offline:
//   guidedesk-server fit-churn --summary FILE.csv            (ID, frequency, recency, T)
//   guidedesk-server fit-churn --elog FILE.csv --calibration-end YYYY-MM-DD [--unit weeks]
#pragma once

#include <QStringList>

namespace gd::server::core {

// True if the command line asks for this command (its first argument is "fit-churn").
[[nodiscard]] bool isFitChurnCommand(const QStringList &arguments);

// Runs it; returns the exit code: 0, or 2 for a usage error or an unusable file (with a
// sentence on stderr).
int runFitChurnCommand(const QStringList &arguments);

} // namespace gd::server::core
