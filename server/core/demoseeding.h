// First run of the demo server: generated demo data (the same generator as the app's demo),
// the change log for all of it, and one account per guide (user name = employee number).
#pragma once

#include <QString>

namespace gd::store {
class Database;
}

namespace gd::server::core {

class Authenticator;
class ChangeLog;

// Seeds an empty database with `customers` demo customers; does nothing when it holds
// customers already. Progress on stderr.
void seedDemoServer(store::Database &db, ChangeLog &changes, Authenticator &auth, int customers,
                    quint64 seed, const QString &password);

// Reads a secret from `path`, or makes a random one and writes it there (mode 0600).
// Throws std::runtime_error with a sentence.
QString readOrCreateSecret(const QString &path);

} // namespace gd::server::core
