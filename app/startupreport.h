// `--startup-report`: prints how long the app took to show its first frame with the
// customer list in it, and its resident memory then, as one JSON line; bench/ reads it.
#pragma once

#include <QElapsedTimer>

class QQuickWindow;

namespace gd::app {

void reportFirstFrame(QQuickWindow *window, const QElapsedTimer &sinceStart);

} // namespace gd::app
