#include "appinfo.h"

#include <QCoreApplication>

namespace gd::ui {

QString AppInfo::version()
{
    return QCoreApplication::applicationVersion();
}

} // namespace gd::ui
