#include "csvreader.h"

namespace gd::import {

namespace {

constexpr qint64 chunkBytes = 256 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
{ }

bool CsvReader::get(char &c)
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_device.read(chunkBytes);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return false;
    }
    c = m_buffer.at(m_pos++);
    ++m_consumed;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_started) {
        m_started = true;
        const QByteArray head = m_device.peek(3);
        if (head == QByteArrayLiteral("\xEF\xBB\xBF")) {
            m_device.skip(3);
            m_consumed = 3;
            m_bom = true;
        }
    }
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    for (;;) {
        record.fields.clear();
        record.problem = CsvRecord::Problem::None;
        record.line = m_line;
        QByteArray field;
        State state = State::FieldStart;
        bool any = false;
        auto append = [&](char c) {
            if (field.size() < maxFieldBytes)
                field += c;
            else
                record.problem = CsvRecord::Problem::FieldTooLong;
        };
        auto push = [&] {
            if (record.fields.size() < maxFields)
                record.fields.append(field);
            else if (record.problem == CsvRecord::Problem::None)
                record.problem = CsvRecord::Problem::TooManyFields;
            field.clear();
        };
        char c = 0;
        bool ended = false;
        while (!ended) {
            if (!get(c)) {
                if (!any)
                    return false;
                if (state == State::Quoted)
                    record.problem = CsvRecord::Problem::UnclosedQuote;
                push();
                break;
            }
            any = true;
            const bool lineBreak = c == '\n' || c == '\r';
            if (lineBreak) {
                // CRLF is one break; a lone CR (old Mac files) is one too.
                if (c == '\r') {
                    char n = 0;
                    if (get(n) && n != '\n')
                        unget();
                }
                ++m_line;
            }
            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (c == ',') {
                    push();
                    state = State::FieldStart;
                } else if (lineBreak) {
                    push();
                    ended = true;
                } else if (c == '"' && state == State::FieldStart) {
                    state = State::Quoted;
                } else {
                    append(c);
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == '"')
                    state = State::QuoteInQuoted;
                else if (lineBreak)
                    append('\n'); // a break inside a field is kept as LF
                else
                    append(c);
                break;
            case State::QuoteInQuoted:
                if (c == '"') {
                    append('"');
                    state = State::Quoted;
                } else if (c == ',') {
                    push();
                    state = State::FieldStart;
                } else if (lineBreak) {
                    push();
                    ended = true;
                } else {
                    if (record.problem == CsvRecord::Problem::None)
                        record.problem = CsvRecord::Problem::TextAfterQuote;
                    append(c);
                    state = State::Unquoted;
                }
                break;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty()
            && record.problem == CsvRecord::Problem::None;
        if (!blank)
            return true;
    }
}

} // namespace gd::import
