// JSON replies and request bodies for the reference server: every error is
// {"error":{"code":…,"message":…}} with its HTTP status (docs/sync-api.md, "Errors").
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <variant>

namespace gd::server::core {

inline constexpr qint64 maxRequestBytes = 1024 * 1024;

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const QString &code,
                              const QString &message);
QHttpServerResponse jsonReply(const QJsonObject &body,
                              QHttpServerResponse::StatusCode status
                              = QHttpServerResponse::StatusCode::Ok);
// A reply whose JSON body was written by hand (pull pages: too big for QJsonDocument).
QHttpServerResponse rawJsonReply(QByteArray body);
// Parses a request body as a JSON object, or gives the 400/413 reply to send.
std::variant<QJsonObject, QHttpServerResponse> parseJsonObject(const QHttpServerRequest &request);

} // namespace gd::server::core
