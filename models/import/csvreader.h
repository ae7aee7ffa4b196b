// RFC 4180 records from a file, read as bytes and in chunks (a 50 MB file is never held
// whole): fields separated by commas, quoted fields with "" for a quote and line breaks
// inside, CRLF or LF (or a lone CR) between records, a UTF-8 byte order mark skipped.
// Working on bytes is safe for UTF-8 and GB18030 alike: neither uses the bytes of ',', '"',
// CR or LF inside a multi-byte character. Decoding is the caller's (textdecoding.h).
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace gd::import {

struct CsvRecord
{
    enum class Problem
    {
        None,
        UnclosedQuote, // the file ended inside a quoted field
        TextAfterQuote, // "abc"def
        FieldTooLong, // over maxFieldBytes: cut, and the row is refused
        TooManyFields,
    };
    QList<QByteArray> fields;
    qint64 line = 0; // where the record starts, 1-based: what an editor or Excel shows
    Problem problem = Problem::None;
};

class CsvReader
{
public:
    static constexpr qsizetype maxFieldBytes = 64 * 1024;
    static constexpr qsizetype maxFields = 512;

    explicit CsvReader(QIODevice &device);

    // The next record; false at the end. Blank lines are skipped.
    bool next(CsvRecord &record);
    [[nodiscard]] bool hadByteOrderMark() const { return m_bom; }
    // Bytes read so far (for progress).
    [[nodiscard]] qint64 consumed() const { return m_consumed; }

private:
    bool get(char &c);
    void unget() { --m_pos, --m_consumed; }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_bom = false;
};

} // namespace gd::import
