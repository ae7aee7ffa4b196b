// guidedesk: a thin main. Everything is built and wired in Composition.
#include "commandline.h"
#include "composition.h"
#include "selftest.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(GuideDeskPlugin)

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // QApplication, not QGuiApplication: QtCharts' QML types need the widgets application.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GuideDesk"_s);
    QApplication::setApplicationName(u"GuideDesk"_s);
    QApplication::setApplicationDisplayName(u"GuideDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(GUIDEDESK_VERSION));
    QApplication::setDesktopFileName(u"org.guidedesk.GuideDesk"_s);

    QQuickStyle::setStyle(u"Material"_s);

    QString error;
    const auto options = gd::app::parseCommandLine(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "guidedesk: %s\n", qPrintable(error));
        return 2;
    }
    if (options->selfTest)
        gd::app::installWarningCounter();

    gd::app::Composition composition(*options);
    const QString startError = composition.start(sinceStart);
    if (!startError.isEmpty()) {
        std::fprintf(stderr, "guidedesk: %s\n", qPrintable(startError));
        // A person at the counter must see why the app did not open, not just a vanished window.
        if (!options->selfTest && !options->startupReport
            && QGuiApplication::platformName() != u"offscreen"_s)
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "GuideDesk cannot start"), startError);
        return 1;
    }
    const int rc = QApplication::exec();
    if (options->selfTest) {
        const int warnings = gd::app::warningsSeen();
        std::fprintf(stderr, "guidedesk --self-test: %d warning(s)\n", warnings);
        return rc != 0 ? rc : (warnings == 0 ? 0 : 1);
    }
    return rc;
}
