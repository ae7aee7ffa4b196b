// The effect of one client mutation on the server's database (docs/sync-api.md,
// "Mutations"): validated, permission-checked, written, and the rows it names touched in
// the change log. Runs inside the push's per-mutation transaction.
#pragma once

#include "authenticateduser.h"
#include "orders/ordermutations.h"
#include "taskmutations.h"

#include <QJsonObject>
#include <QString>
#include <stdexcept>

namespace gd::store {
class Database;
}
namespace gd::search {
class PinyinConverter;
}

namespace gd::server::core {

class ChangeLog;

// A mutation that can never succeed: recorded and returned as `rejected`.
class MutationRejected : public std::runtime_error
{
public:
    MutationRejected(QString code, const QString &message)
        : std::runtime_error(message.toStdString())
        , code(std::move(code))
    { }
    QString code;
};

// The string at `key` when it is an id (1 to 64 characters); rejects the mutation otherwise.
inline QString requireId(const QJsonObject &args, const QString &key)
{
    const QJsonValue value = args.value(key);
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 64)
        throw MutationRejected(QStringLiteral("bad_request"),
                               QStringLiteral("%1 must be an id (1 to 64 characters)").arg(key));
    return value.toString();
}

class MutationApplier
{
public:
    MutationApplier(store::Database &db, ChangeLog &changes, const search::PinyinConverter &pinyin);

    // Throws MutationRejected; store::SqlError for a server fault.
    void apply(const AuthenticatedUser &user, const QString &name, const QJsonObject &args);
    // Gives the rows a mutation names (those that exist) a new change seq, so the client's
    // next pull brings the server's version of them — also for duplicates and rejections.
    void touchNamedRows(const QString &name, const QJsonObject &args);
    // The order mutations (order_claim, …): main hands them the live events' publisher.
    [[nodiscard]] orders::OrderMutations &orderMutations() { return m_orders; }

private:
    void createCustomer(const AuthenticatedUser &user, const QJsonObject &args);
    void updateCustomer(const AuthenticatedUser &user, const QJsonObject &args);
    void addTag(const AuthenticatedUser &user, const QJsonObject &args);
    void removeTag(const AuthenticatedUser &user, const QJsonObject &args);
    void addNote(const AuthenticatedUser &user, const QJsonObject &args);
    void issueCoupon(const AuthenticatedUser &user, const QJsonObject &args);
    void saveSegment(const AuthenticatedUser &user, const QJsonObject &args);
    void deleteSegment(const AuthenticatedUser &user, const QJsonObject &args);
    void requireOwnSegment(const AuthenticatedUser &user, const QString &id, bool mustExist);
    void requireWritableCustomer(const AuthenticatedUser &user, const QString &customerId);
    void writeFields(const QString &customerId, const QJsonObject &fields);

    store::Database &m_db;
    ChangeLog &m_changes;
    const search::PinyinConverter &m_pinyin;
    TaskMutations m_tasks;
    orders::OrderMutations m_orders;
};

} // namespace gd::server::core
