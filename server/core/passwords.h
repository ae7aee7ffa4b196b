// Password hashing for the demo accounts: PBKDF2-HMAC-SHA256 (OpenSSL), random salt,
// constant-time comparison.
#pragma once

#include <QByteArray>
#include <QString>

namespace gd::server::core {

struct PasswordHash
{
    QByteArray salt;
    QByteArray hash;
    int iterations = 0;
};

[[nodiscard]] PasswordHash hashPassword(const QString &password, int iterations = 120000);
[[nodiscard]] bool verifyPassword(const QString &password, const PasswordHash &stored);
// Random bytes from OpenSSL, as URL-safe base64 (tokens, the demo password, the mall key).
[[nodiscard]] QString randomToken(int bytes);
[[nodiscard]] QString sha256Hex(const QString &text);

} // namespace gd::server::core
