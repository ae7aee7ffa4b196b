#include "jsonresponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gd::server::core {

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString &code,
                              const QString &message)
{
    const QJsonObject body { { u"error"_s,
                               QJsonObject { { u"code"_s, code }, { u"message"_s, message } } } };
    return QHttpServerResponse("application/json"_ba,
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse jsonReply(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse("application/json"_ba,
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse rawJsonReply(QByteArray body)
{
    return QHttpServerResponse("application/json"_ba, std::move(body));
}

std::variant<QJsonObject, QHttpServerResponse> parseJsonObject(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > maxRequestBytes)
        return jsonError(QHttpServerResponse::StatusCode::PayloadTooLarge, u"payload_too_large"_s,
                         u"The request body is over %1 bytes."_s.arg(maxRequestBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return jsonError(
            QHttpServerResponse::StatusCode::BadRequest, u"bad_json"_s,
            u"The body is not JSON: %1 at byte %2."_s.arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return jsonError(QHttpServerResponse::StatusCode::BadRequest, u"bad_json"_s,
                         u"The body must be a JSON object."_s);
    return document.object();
}

} // namespace gd::server::core
