// Versioned schema migrations keyed on PRAGMA user_version. Each step runs in one
// transaction together with the version bump, so a crash leaves the database at a whole
// version. A database from a newer app is refused, never "repaired".
#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace gd::store {

class Database;

struct Migration
{
    int version; // the user_version after this step
    QString name;
    bool destructive; // drops or rewrites data: a backup is taken first
    std::function<void(Database &)> apply;
};

class Migrator
{
public:
    // `backupDirectory` receives `<file>.v<N>.bak` before a destructive step.
    Migrator(QList<Migration> migrations, QString backupDirectory);

    [[nodiscard]] int latestVersion() const;
    // Brings the database to latestVersion(). Throws OpenError(SchemaTooNew) for a newer
    // database, SqlError when a step fails (that step is rolled back).
    void migrate(Database &db) const;
    // Backups written by the last migrate() call (for tests and the log).
    [[nodiscard]] const QStringList &backupsWritten() const { return m_backups; }

private:
    QList<Migration> m_migrations;
    QString m_backupDirectory;
    mutable QStringList m_backups;
};

// The GuideDesk schema, all versions in order.
QList<Migration> guideDeskMigrations();

} // namespace gd::store
