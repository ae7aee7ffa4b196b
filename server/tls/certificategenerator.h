// Makes the TLS material the reference server needs on its first run, and that the tests
// need (a second, unrelated CA proves that a wrong certificate is refused): a private CA
// and a server certificate it signed, for loopback names. OpenSSL 3, EC P-256, SHA-256.
#pragma once

#include <QString>
#include <QStringList>

namespace gd::tls {

struct CertificateFiles
{
    QString caCertificate; // <dir>/ca.pem: what clients trust (--ca-cert)
    QString serverCertificate; // <dir>/server.pem
    QString serverKey; // <dir>/server.key, mode 0600
};

// Creates <dir> and the files above unless all of them exist already (then they are kept,
// so the clients' trust survives a restart). The server certificate names `dnsNames` and
// `ipAddresses` as subject alternative names and is valid for ten years.
// Throws std::runtime_error with a sentence for the user on any failure.
CertificateFiles ensureCertificates(const QString &dir,
                                    const QStringList &dnsNames = { QStringLiteral("localhost") },
                                    const QStringList &ipAddresses
                                    = { QStringLiteral("127.0.0.1"), QStringLiteral("::1") });

} // namespace gd::tls
