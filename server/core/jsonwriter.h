// Writes JSON text straight into a byte array: pull pages hold thousands of rows, and
// building them as QJsonObjects first would cost more than reading them from SQLite.
#pragma once

#include <QByteArray>
#include <QString>

namespace gd::server::core {

// Appends `text` as a JSON string literal (quoted, escaped, UTF-8).
void appendJsonString(QByteArray &out, const QString &text);

} // namespace gd::server::core
