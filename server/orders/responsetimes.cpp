#include "responsetimes.h"

#include "core/authenticator.h"
#include "core/jsonresponse.h"
#include "store/database.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace gd::server::orders {

namespace {

double percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype index = qsizetype(std::ceil(p * double(sorted.size()))) - 1;
    return double(sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1))) / 1000.0;
}

} // namespace

ResponseTimes::ResponseTimes(store::Database &db, core::Authenticator &auth)
    : m_db(db)
    , m_auth(auth)
{ }

void ResponseTimes::registerRoutes(QHttpServer &server)
{
    server.route(u"/api/v1/orders/response-times"_s, QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request) {
                     auto user = m_auth.authenticate(request);
                     if (auto *error = std::get_if<QHttpServerResponse>(&user))
                         return std::move(*error);
                     const auto &who = std::get<core::AuthenticatedUser>(user);
                     if (!who.isManager())
                         return core::jsonError(Status::Forbidden, u"forbidden"_s,
                                                u"Only a store manager sees response times."_s);
                     const QString daysText = QUrlQuery(request.url()).queryItemValue(u"days"_s);
                     bool ok = true;
                     const int days = daysText.isEmpty() ? 7 : daysText.toInt(&ok);
                     if (!ok || days < 1 || days > 366)
                         return core::jsonError(Status::BadRequest, u"bad_request"_s,
                                                u"days must be from 1 to 366."_s);
                     return core::jsonReply(report(who.storeId, days));
                 });
}

QJsonObject ResponseTimes::report(const QString &storeId, int days)
{
    const QString since
        = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    QJsonArray guides;
    auto q = m_db.prepare(u"SELECT g.id, g.name, r.response_ms FROM guides g JOIN order_responses"
                          " r ON r.guide_id = g.id WHERE g.store_id = ? AND r.claimed_at >= ?"
                          " ORDER BY g.employee_no, r.response_ms"_s);
    q->bindAll(storeId, since);
    QString current, currentName;
    QList<qint64> times;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        guides.append(QJsonObject { { u"guide_id"_s, current },
                                    { u"name"_s, currentName },
                                    { u"claimed"_s, times.size() },
                                    { u"median_seconds"_s, percentile(times, 0.5) },
                                    { u"p90_seconds"_s, percentile(times, 0.9) },
                                    { u"slowest_seconds"_s, percentile(times, 1.0) } });
    };
    while (q->step()) {
        if (q->text(0) != current) {
            flush();
            current = q->text(0);
            currentName = q->text(1);
            times.clear();
        }
        times << q->int64(2); // sorted by the query
    }
    flush();
    auto waiting = m_db.prepare(u"SELECT count(*), count(escalated_at) FROM orders WHERE"
                                " store_id = ? AND status = 'paid' AND claimed_by IS NULL AND"
                                " deleted = 0"_s);
    waiting->bind(1, storeId);
    waiting->step();
    return { { u"store_id"_s, storeId },
             { u"days"_s, days },
             { u"guides"_s, guides },
             { u"waiting"_s, waiting->int64(0) },
             { u"escalated_waiting"_s, waiting->int64(1) } };
}

} // namespace gd::server::orders
