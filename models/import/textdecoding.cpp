#include "textdecoding.h"

#include <stdexcept>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace gd::import {

namespace {

struct Utf8Count
{
    qsizetype errors = 0;
    qsizetype multiByte = 0;
};

Utf8Count countUtf8(const QByteArray &bytes)
{
    Utf8Count count;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        if (length == 0 || i + length > n) {
            ++count.errors;
            ++i;
            continue;
        }
        bool ok = true;
        for (int k = 1; k < length; ++k)
            ok = ok && (p[i + k] & 0xC0) == 0x80;
        if (!ok) {
            ++count.errors;
            ++i;
            continue;
        }
        if (length > 1)
            ++count.multiByte;
        i += length;
    }
    return count;
}

// GB18030's structure: ASCII; lead 81–FE with trail 40–7E/80–FE; or 81–FE 30–39 81–FE 30–39.
qsizetype countGb18030Errors(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype errors = 0;
    auto lead = [](unsigned char b) {
        return b >= 0x81 && b <= 0xFE;
    };
    auto digit = [](unsigned char b) {
        return b >= 0x30 && b <= 0x39;
    };
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
        } else if (lead(c) && i + 1 < n
                   && ((p[i + 1] >= 0x40 && p[i + 1] <= 0x7E) || lead(p[i + 1]))) {
            i += 2;
        } else if (lead(c) && i + 3 < n && digit(p[i + 1]) && lead(p[i + 2]) && digit(p[i + 3])) {
            i += 4;
        } else {
            ++errors;
            ++i;
        }
    }
    return errors;
}

const char *icuName(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? "UTF-8" : "GB18030";
}

} // namespace

EncodingGuess guessEncoding(const QByteArray &sample, bool byteOrderMark)
{
    EncodingGuess guess;
    if (byteOrderMark)
        return guess;
    const Utf8Count utf8 = countUtf8(sample);
    guess.utf8Errors = utf8.errors;
    if (utf8.errors == 0)
        return guess;
    guess.gb18030Errors = countGb18030Errors(sample);
    if (guess.gb18030Errors == 0 || utf8.multiByte < 4 * utf8.errors)
        guess.encoding = TextEncoding::Gb18030;
    return guess;
}

FieldDecoder::FieldDecoder(TextEncoding encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    m_converter = ucnv_open(icuName(encoding), &status);
    if (U_SUCCESS(status))
        ucnv_setToUCallBack(m_converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
    if (U_FAILURE(status)) {
        ucnv_close(m_converter);
        throw std::runtime_error(std::string("ICU has no converter for ") + icuName(encoding));
    }
}

FieldDecoder::~FieldDecoder()
{
    ucnv_close(m_converter);
}

std::optional<QString> FieldDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QString();
    // Neither encoding needs more UTF-16 units than it has bytes.
    QString text(bytes.size() + 1, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(m_converter);
    const int32_t length
        = ucnv_toUChars(m_converter, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                        bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(length);
    return text;
}

} // namespace gd::import
