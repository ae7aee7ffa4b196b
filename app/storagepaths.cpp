#include "storagepaths.h"

#include "commandline.h"

#include <QCryptographicHash>
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
    if (options.usesServer()) {
        // One store per server and user: a shared counter tablet never shows one guide's
        // customers to another.
        const QByteArray account = (options.serverUrl + u'|' + options.username).toUtf8();
        const QString name = QString::fromLatin1(
            QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex().left(16));
        return QDir(dataDirectory()).filePath(u"accounts/%1.db"_s.arg(name));
    }
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
