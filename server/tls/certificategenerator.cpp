#include "certificategenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <functional>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::tls {

namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Certificate = std::unique_ptr<X509, Free>;
using Bio = std::unique_ptr<BIO, Free>;

[[noreturn]] void fail(const QString &what)
{
    char reason[256] = {};
    ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
    throw std::runtime_error(u"%1 (%2)"_s.arg(what, QString::fromLatin1(reason)).toStdString());
}

Key newKey()
{
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        fail(u"Cannot make an EC key"_s);
    return key;
}

void addExtension(X509 *certificate, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const QByteArray text = value.toLatin1();
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, text.constData());
    if (!extension || !X509_add_ext(certificate, extension, -1))
        fail(u"Cannot add a certificate extension"_s);
    X509_EXTENSION_free(extension);
}

Certificate makeCertificate(EVP_PKEY *key, const QString &commonName, X509 *issuer)
{
    Certificate certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    std::unique_ptr<BIGNUM, Free> number(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get()));
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("GuideDesk"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name);
    return certificate;
}

void writePem(const QString &path, bool secret, const std::function<int(BIO *)> &write)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!write(bio.get()))
        fail(u"Cannot encode %1"_s.arg(path));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    const QString temporary = path + u".part"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error(
            u"Cannot write %1: %2"_s.arg(temporary, file.errorString()).toStdString());
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data, size);
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        throw std::runtime_error(u"Cannot move %1 into place"_s.arg(path).toStdString());
}

} // namespace

CertificateFiles ensureCertificates(const QString &dir, const QStringList &dnsNames,
                                    const QStringList &ipAddresses)
{
    const QDir directory(dir);
    CertificateFiles files { directory.filePath(u"ca.pem"_s), directory.filePath(u"server.pem"_s),
                             directory.filePath(u"server.key"_s) };
    if (QFileInfo::exists(files.caCertificate) && QFileInfo::exists(files.serverCertificate)
        && QFileInfo::exists(files.serverKey))
        return files;
    if (!QDir().mkpath(dir))
        throw std::runtime_error(u"Cannot create the folder %1"_s.arg(dir).toStdString());

    Key caKey = newKey();
    Certificate ca = makeCertificate(caKey.get(), u"GuideDesk private CA"_s, nullptr);
    addExtension(ca.get(), ca.get(), NID_basic_constraints, u"critical,CA:TRUE"_s);
    addExtension(ca.get(), ca.get(), NID_key_usage, u"critical,keyCertSign,cRLSign"_s);
    addExtension(ca.get(), ca.get(), NID_subject_key_identifier, u"hash"_s);
    if (!X509_sign(ca.get(), caKey.get(), EVP_sha256()))
        fail(u"Cannot sign the CA certificate"_s);

    Key serverKey = newKey();
    Certificate server
        = makeCertificate(serverKey.get(), dnsNames.value(0, u"localhost"_s), ca.get());
    QStringList names;
    for (const QString &dns : dnsNames)
        names << u"DNS:"_s + dns;
    for (const QString &ip : ipAddresses)
        names << u"IP:"_s + ip;
    addExtension(server.get(), ca.get(), NID_basic_constraints, u"critical,CA:FALSE"_s);
    addExtension(server.get(), ca.get(), NID_key_usage, u"critical,digitalSignature"_s);
    addExtension(server.get(), ca.get(), NID_ext_key_usage, u"serverAuth"_s);
    addExtension(server.get(), ca.get(), NID_subject_alt_name, names.join(u','));
    if (!X509_sign(server.get(), caKey.get(), EVP_sha256()))
        fail(u"Cannot sign the server certificate"_s);

    writePem(directory.filePath(u"ca.key"_s), true, [&](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, caKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    writePem(files.serverKey, true, [&](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, serverKey.get(), nullptr, nullptr, 0, nullptr,
                                        nullptr);
    });
    writePem(files.serverCertificate, false,
             [&](BIO *bio) { return PEM_write_bio_X509(bio, server.get()); });
    writePem(files.caCertificate, false,
             [&](BIO *bio) { return PEM_write_bio_X509(bio, ca.get()); });
    return files;
}

} // namespace gd::tls
