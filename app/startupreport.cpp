#include "startupreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gd::app {

namespace {
qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

void reportFirstFrame(QQuickWindow *window, const QElapsedTimer &sinceStart)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, sinceStart] {
            const qint64 firstFrameMs = sinceStart.elapsed();
            // Let the list populate a couple more frames before reading memory.
            QTimer::singleShot(500, window, [firstFrameMs] {
                std::printf("{\"first_frame_ms\": %lld, \"rss_kb\": %lld}\n",
                            static_cast<long long>(firstFrameMs),
                            static_cast<long long>(residentKilobytes()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        },
        Qt::SingleShotConnection);
}

} // namespace gd::app
