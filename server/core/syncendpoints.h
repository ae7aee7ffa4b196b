// POST /api/v1/sync/push and /api/v1/sync/pull (docs/sync-api.md): exactly-once mutations
// per client, and paged, resumable pulls of what the user may see.
#pragma once

#include "authenticateduser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServer;

namespace gd::store {
class Database;
}

namespace gd::server::core {

class Authenticator;
class ChangeLog;
class MutationApplier;

class SyncEndpoints
{
public:
    SyncEndpoints(store::Database &db, Authenticator &auth, ChangeLog &changes,
                  MutationApplier &mutations);
    void registerRoutes(QHttpServer &server);

    QHttpServerResponse push(const AuthenticatedUser &user, const QJsonObject &body);
    QHttpServerResponse pull(const AuthenticatedUser &user, const QJsonObject &body);

private:
    // The client's last processed mutation id, binding the client to the user on first use.
    // nullopt: the client belongs to someone else.
    std::optional<qint64> claimClient(const QString &clientId, const AuthenticatedUser &user);
    QJsonObject pushOne(const AuthenticatedUser &user, const QString &clientId,
                        const QJsonObject &mutation);

    store::Database &m_db;
    Authenticator &m_auth;
    ChangeLog &m_changes;
    MutationApplier &m_mutations;
    QString m_identity;
};

} // namespace gd::server::core
