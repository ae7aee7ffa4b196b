// Which encoding a CSV file is in (UTF-8, or GBK/GB18030 as Chinese Excel saves it) and
// strict decoding of its fields through ICU: a byte sequence that is not valid in the
// file's encoding makes the field fail, so a broken byte becomes a row-level error and
// never silent mojibake.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct UConverter;

namespace gd::import {

enum class TextEncoding
{
    Utf8,
    Gb18030, // a superset of GBK and GB2312
};

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype utf8Errors = 0;
    qsizetype gb18030Errors = 0;
};

// From the first bytes of the file (a byte order mark means UTF-8). Pure ASCII is UTF-8.
// A sample valid in neither goes to the one it mostly is: UTF-8's multi-byte sequences do
// not happen by chance in GBK text.
[[nodiscard]] EncodingGuess guessEncoding(const QByteArray &sample, bool byteOrderMark);

class FieldDecoder
{
public:
    explicit FieldDecoder(TextEncoding encoding);
    ~FieldDecoder();
    FieldDecoder(const FieldDecoder &) = delete;
    FieldDecoder &operator=(const FieldDecoder &) = delete;

    // The text, or nullopt when the bytes are not valid in this encoding.
    [[nodiscard]] std::optional<QString> decode(const QByteArray &bytes);

private:
    UConverter *m_converter = nullptr;
};

} // namespace gd::import
