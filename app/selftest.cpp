#include "selftest.h"

#include <QtGlobal>
#include <atomic>

namespace gd::app {

namespace {
std::atomic_int g_warnings {
    0
}; // one process-wide count: Qt's message handler is process-wide too
QtMessageHandler g_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        ++g_warnings;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void installWarningCounter()
{
    g_previous = qInstallMessageHandler(countingHandler);
}

int warningsSeen()
{
    return g_warnings.load();
}

} // namespace gd::app
