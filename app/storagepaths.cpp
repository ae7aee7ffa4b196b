#include "storagepaths.h"

#include "commandline.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gd::app {

namespace {
QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString databasePathFor(const Options &options)
{
    if (!options.databasePath.isEmpty())
        return options.databasePath;
    if (options.demo)
        return QDir(dataDirectory())
            .filePath(u"demo/guidedesk-demo-s%1-n%2.db"_s.arg(options.demoSeed)
                          .arg(options.demoCustomers));
    return QDir(dataDirectory()).filePath(u"guidedesk.db"_s);
}

QString backupDirectory()
{
    return QDir(dataDirectory()).filePath(u"backups"_s);
}

} // namespace gd::app
