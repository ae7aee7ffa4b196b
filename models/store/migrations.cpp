#include "migrations.h"

#include "database.h"
#include "sqlerror.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd::store {

Migrator::Migrator(QList<Migration> migrations, QString backupDirectory)
    : m_migrations(std::move(migrations))
    , m_backupDirectory(std::move(backupDirectory))
{ }

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

void Migrator::migrate(Database &db) const
{
    m_backups.clear();
    const int current = db.userVersion();
    if (current > latestVersion())
        throw OpenError(OpenError::Kind::SchemaTooNew,
                        u"The local database was written by a newer GuideDesk (schema %1; this "
                        "version understands up to %2). Update GuideDesk to open it."_s.arg(current)
                            .arg(latestVersion()));
    for (const Migration &step : m_migrations) {
        if (step.version <= current)
            continue;
        if (step.destructive && db.path() != u":memory:"_s) {
            QDir().mkpath(m_backupDirectory);
            const QString backup = QDir(m_backupDirectory)
                                       .filePath(QFileInfo(db.path()).fileName()
                                                 + u".v%1.bak"_s.arg(step.version - 1));
            db.backupTo(backup);
            m_backups << backup;
        }
        Transaction transaction(db);
        step.apply(db);
        db.setUserVersion(step.version);
        transaction.commit();
    }
}

} // namespace gd::store
