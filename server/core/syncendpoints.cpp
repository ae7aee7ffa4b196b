#include "syncendpoints.h"

#include "authenticator.h"
#include "changelog.h"
#include "jsonresponse.h"
#include "jsonwriter.h"
#include "mutationapplier.h"
#include "serverdatabase.h"
#include "store/database.h"

#include <QHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace gd::server::core {

namespace {

constexpr int supportedSchema = 3;
constexpr int maxMutations = 100;
constexpr int defaultPageRows = 2000;
constexpr int maxPageRows = 5000;

struct Cookie
{
    QString identity;
    qint64 seq = 0;
    qint64 remaining = -1; // -1: unknown, count it
};

QString encodeCookie(const Cookie &cookie)
{
    return QString::fromLatin1(
        u"%1:%2:%3"_s.arg(cookie.identity)
            .arg(cookie.seq)
            .arg(cookie.remaining)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cookie> decodeCookie(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(*decoded).split(u':');
    bool seqOk = false, remainingOk = false;
    Cookie cookie;
    if (parts.size() != 3)
        return std::nullopt;
    cookie.identity = parts.at(0);
    cookie.seq = parts.at(1).toLongLong(&seqOk);
    cookie.remaining = parts.at(2).toLongLong(&remainingOk);
    if (!seqOk || !remainingOk || cookie.seq < 0)
        return std::nullopt;
    return cookie;
}

std::optional<QHttpServerResponse> checkSchema(const QHttpServerRequest &request,
                                               const QJsonObject &body)
{
    const QByteArray header = request.value("GuideDesk-Schema");
    const QJsonValue field = body.value(u"schema_version"_s);
    const bool headerOk = header.isEmpty() || header.toInt() == supportedSchema;
    const bool fieldOk = field.isUndefined() || field.toInt(-1) == supportedSchema;
    if (headerOk && fieldOk)
        return std::nullopt;
    QJsonObject error { { u"code"_s, u"schema_unsupported"_s },
                        { u"message"_s, u"This server speaks schema version 3."_s },
                        { u"supported"_s, QJsonArray { supportedSchema } } };
    return jsonReply({ { u"error"_s, error } }, Status::Conflict);
}

QString clientIdOf(const QJsonObject &body)
{
    const QJsonValue value = body.value(u"client_id"_s);
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 64)
        return {};
    return value.toString();
}

} // namespace

SyncEndpoints::SyncEndpoints(store::Database &db, Authenticator &auth, ChangeLog &changes,
                             MutationApplier &mutations)
    : m_db(db)
    , m_auth(auth)
    , m_changes(changes)
    , m_mutations(mutations)
    , m_identity(serverIdentity(db))
{ }

void SyncEndpoints::registerRoutes(QHttpServer &server)
{
    const auto handler = [this](bool isPush) {
        return [this, isPush](const QHttpServerRequest &request) {
            auto user = m_auth.authenticate(request);
            if (auto *error = std::get_if<QHttpServerResponse>(&user))
                return std::move(*error);
            auto body = parseJsonObject(request);
            if (auto *error = std::get_if<QHttpServerResponse>(&body))
                return std::move(*error);
            if (auto error = checkSchema(request, std::get<QJsonObject>(body)))
                return std::move(*error);
            return isPush ? push(std::get<AuthenticatedUser>(user), std::get<QJsonObject>(body))
                          : pull(std::get<AuthenticatedUser>(user), std::get<QJsonObject>(body));
        };
    };
    server.route(u"/api/v1/sync/push"_s, QHttpServerRequest::Method::Post, handler(true));
    server.route(u"/api/v1/sync/pull"_s, QHttpServerRequest::Method::Post, handler(false));
}

std::optional<qint64> SyncEndpoints::claimClient(const QString &clientId,
                                                 const AuthenticatedUser &user)
{
    auto q = m_db.prepare(u"SELECT guide_id, last_mutation_id FROM clients WHERE client_id = ?"_s);
    q->bind(1, clientId);
    if (q->step())
        return q->text(0) == user.guideId ? std::optional(q->int64(1)) : std::nullopt;
    auto insert = m_db.prepare(u"INSERT INTO clients (client_id, guide_id) VALUES (?, ?)"_s);
    insert->bindAll(clientId, user.guideId);
    insert->run();
    return 0;
}

QHttpServerResponse SyncEndpoints::push(const AuthenticatedUser &user, const QJsonObject &body)
{
    const QString clientId = clientIdOf(body);
    if (clientId.isEmpty())
        return jsonError(Status::BadRequest, u"bad_request"_s, u"client_id must be an id."_s);
    const QJsonValue list = body.value(u"mutations"_s);
    if (!list.isArray() || list.toArray().size() > maxMutations)
        return jsonError(Status::BadRequest, u"bad_request"_s,
                         u"mutations must be an array of at most %1."_s.arg(maxMutations));
    qint64 previous = 0;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject mutation = value.toObject();
        const double id = mutation.value(u"id"_s).toDouble(-1);
        if (!value.isObject() || id <= previous || id != double(qint64(id))
            || !mutation.value(u"name"_s).isString() || !mutation.value(u"args"_s).isObject())
            return jsonError(Status::BadRequest, u"bad_request"_s,
                             u"Each mutation needs an increasing whole id, a name and args."_s);
        previous = qint64(id);
    }
    {
        store::Transaction transaction(m_db);
        if (!claimClient(clientId, user))
            return jsonError(Status::Forbidden, u"forbidden"_s,
                             u"This client id belongs to another user."_s);
        transaction.commit();
    }
    QJsonArray results;
    for (const QJsonValue &value : list.toArray())
        results.append(pushOne(user, clientId, value.toObject()));
    auto last = m_db.prepare(u"SELECT last_mutation_id FROM clients WHERE client_id = ?"_s);
    last->bind(1, clientId);
    last->step();
    return jsonReply({ { u"last_mutation_id"_s, last->int64(0) }, { u"results"_s, results } });
}

QJsonObject SyncEndpoints::pushOne(const AuthenticatedUser &user, const QString &clientId,
                                   const QJsonObject &mutation)
{
    const qint64 id = qint64(mutation.value(u"id"_s).toDouble());
    const QString name = mutation.value(u"name"_s).toString();
    const QJsonObject args = mutation.value(u"args"_s).toObject();
    store::Transaction transaction(m_db);
    auto last = m_db.prepare(u"SELECT last_mutation_id FROM clients WHERE client_id = ?"_s);
    last->bind(1, clientId);
    last->step();
    if (id <= last->int64(0)) {
        // Seen before. A rejected one says so again; either way the client gets its rows.
        m_mutations.touchNamedRows(name, args);
        auto rejected = m_db.prepare(u"SELECT code, message FROM rejections WHERE client_id = ?"
                                     " AND mutation_id = ?"_s);
        rejected->bindAll(clientId, id);
        QJsonObject result { { u"id"_s, id }, { u"status"_s, u"duplicate"_s } };
        if (rejected->step()) {
            result.insert(u"status"_s, u"rejected"_s);
            result.insert(u"error"_s,
                          QJsonObject { { u"code"_s, rejected->text(0) },
                                        { u"message"_s, rejected->text(1) } });
        }
        transaction.commit();
        return result;
    }
    QJsonObject result { { u"id"_s, id }, { u"status"_s, u"applied"_s } };
    m_db.exec(u"SAVEPOINT effect"_s);
    try {
        m_mutations.apply(user, name, args);
        m_db.exec(u"RELEASE effect"_s);
    } catch (const MutationRejected &rejection) {
        m_db.exec(u"ROLLBACK TO effect; RELEASE effect"_s);
        const QString message = QString::fromUtf8(rejection.what());
        auto record = m_db.prepare(u"INSERT OR REPLACE INTO rejections (client_id, mutation_id,"
                                   " name, code, message) VALUES (?, ?, ?, ?, ?)"_s);
        record->bindAll(clientId, id, name.left(64), rejection.code, message);
        record->run();
        m_mutations.touchNamedRows(name, args);
        result.insert(u"status"_s, u"rejected"_s);
        result.insert(u"error"_s,
                      QJsonObject { { u"code"_s, rejection.code }, { u"message"_s, message } });
    }
    auto advance = m_db.prepare(u"UPDATE clients SET last_mutation_id = ? WHERE client_id = ?"_s);
    advance->bindAll(id, clientId);
    advance->run();
    transaction.commit();
    return result;
}

QHttpServerResponse SyncEndpoints::pull(const AuthenticatedUser &user, const QJsonObject &body)
{
    const QJsonValue limitValue = body.value(u"limit"_s);
    const int limit = limitValue.isUndefined() || limitValue.isNull()
        ? defaultPageRows
        : (limitValue.isDouble() ? limitValue.toInt(-1) : -1);
    if (limit < 1 || limit > maxPageRows)
        return jsonError(Status::BadRequest, u"bad_request"_s,
                         u"limit must be from 1 to %1."_s.arg(maxPageRows));
    Cookie cookie { m_identity, 0, -1 };
    bool clear = false;
    const QJsonValue given = body.value(u"cookie"_s);
    if (given.isString()) {
        const auto decoded = decodeCookie(given.toString());
        if (!decoded)
            return jsonError(Status::BadRequest, u"bad_request"_s,
                             u"The cookie was not made by this server."_s);
        if (decoded->identity == m_identity)
            cookie = *decoded;
        else
            clear = true; // another server (or a restored one): start again
    } else if (!given.isNull() && !given.isUndefined()) {
        return jsonError(Status::BadRequest, u"bad_request"_s,
                         u"cookie must be a string or null."_s);
    }
    const QString visible = ChangeLog::visibleTo(user);

    // The page: the next `limit` visible changes, grouped by table.
    QList<QString> tableOrder;
    QHash<QString, QStringList> idsByTable;
    qint64 lastSeq = cookie.seq;
    int rows = 0;
    {
        auto page = m_db.prepare(u"SELECT c.seq, c.table_name, c.row_id FROM changes c"
                                 " WHERE c.seq > ? AND %1 ORDER BY c.seq LIMIT ?"_s.arg(visible));
        page->bindAll(cookie.seq, limit);
        while (page->step()) {
            lastSeq = page->int64(0);
            const QString table = page->text(1);
            if (!idsByTable.contains(table))
                tableOrder << table;
            idsByTable[table] << page->text(2);
            ++rows;
        }
    }
    qint64 remaining = 0;
    const bool more = rows == limit;
    if (more) {
        if (cookie.remaining >= 0) {
            remaining = std::max<qint64>(0, cookie.remaining - rows);
        } else {
            auto count = m_db.prepare(
                u"SELECT count(*) FROM changes c WHERE c.seq > ? AND %1"_s.arg(visible));
            count->bind(1, lastSeq);
            count->step();
            remaining = count->int64(0);
        }
    }
    auto last = m_db.prepare(u"SELECT last_mutation_id FROM clients WHERE client_id = ?"_s);
    last->bind(1, clientIdOf(body));
    const qint64 lastMutation = last->step() ? last->int64(0) : 0;

    QByteArray out;
    out.reserve(rows * 200 + 256);
    out.append("{\"cookie\":");
    appendJsonString(out, encodeCookie({ m_identity, lastSeq, more ? remaining : 0 }));
    out.append(",\"clear\":").append(clear ? "true" : "false");
    out.append(",\"more\":").append(more ? "true" : "false");
    out.append(",\"remaining\":").append(QByteArray::number(remaining));
    out.append(",\"last_mutation_id\":").append(QByteArray::number(lastMutation));
    out.append(",\"tables\":[");
    for (qsizetype t = 0; t < tableOrder.size(); ++t) {
        const QString &table = tableOrder.at(t);
        if (t > 0)
            out.append(',');
        // Table names come from our own change log.
        auto select = m_db.prepare(u"SELECT * FROM %1 WHERE id IN (SELECT value FROM"
                                   " json_each(?))"_s.arg(table));
        select->bind(
            1,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(idsByTable.value(table)))
                                  .toJson(QJsonDocument::Compact)));
        out.append("{\"name\":");
        appendJsonString(out, table);
        out.append(",\"columns\":[");
        bool firstRow = true;
        int columns = 0;
        while (select->step()) {
            if (firstRow) {
                columns = select->columnCount();
                auto names = m_db.prepare(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table));
                bool firstName = true;
                while (names->step()) {
                    if (!firstName)
                        out.append(',');
                    appendJsonString(out, names->text(0));
                    firstName = false;
                }
                out.append("],\"rows\":[");
            } else {
                out.append(',');
            }
            firstRow = false;
            out.append('[');
            for (int c = 0; c < columns; ++c) {
                if (c > 0)
                    out.append(',');
                if (select->isNull(c))
                    out.append("null");
                else if (select->isInteger(c))
                    out.append(QByteArray::number(select->int64(c)));
                else
                    appendJsonString(out, select->text(c));
            }
            out.append(']');
        }
        if (firstRow) // every row of this table vanished since it was logged
            out.append("\"id\"],\"rows\":[");
        out.append("]}");
    }
    out.append("]}");
    return rawJsonReply(std::move(out));
}

} // namespace gd::server::core
