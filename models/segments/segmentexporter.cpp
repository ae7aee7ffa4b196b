#include "segmentexporter.h"

#include "segmentqueries.h"
#include "store/database.h"

#include <QFile>
#include <QSaveFile>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace gd::segments {

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-'
            || value.front() == u'@' || value.front() == u'\t' || value.front() == u'\r'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u"\""_s + value + u"\""_s;
    }
    return value;
}

QString maskPhone(const QString &phone)
{
    QString digitsAndMasks;
    for (QChar ch : phone) {
        if (ch.isDigit() || ch == u'*')
            digitsAndMasks += ch;
    }
    if (digitsAndMasks.size() < 7)
        return {};
    // Keep the first three and last four; everything between becomes '*'.
    return digitsAndMasks.left(3) + QString(digitsAndMasks.size() - 7, u'*')
        + digitsAndMasks.right(4);
}

SegmentExporter::SegmentExporter(store::Database &db)
    : m_db(db)
    , m_today(QDate::currentDate())
{ }

qint64 SegmentExporter::write(QIODevice &out, const SegmentRule &rule, const SegmentScope &scope,
                              customers::CustomerSort sort, const QStringList &header,
                              const Progress &progress)
{
    if (header.size() != 7)
        throw std::invalid_argument("An export needs 7 column titles");
    SegmentQueries queries(m_db, m_cache);
    queries.setToday(m_today);
    const SegmentPlan plan = queries.plan(rule, scope);
    const CompiledSegment &compiled = plan.sql;
    const QString tagName
        = m_englishTags ? u"coalesce(nullif(t.name_en, ''), t.name)"_s : u"t.name"_s;
    auto q = m_db.prepare(
        u"SELECT c.name, c.phone_masked, c.member_level, coalesce(c.last_visit_on, ''),"
        " c.total_spend_cents, c.visit_count, (SELECT group_concat(%1, ' / ') FROM customer_tags"
        " ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id AND ct.deleted = 0 AND"
        " t.deleted = 0), c.rowid FROM customers c WHERE "_s.arg(tagName)
        + compiled.where + u" ORDER BY "_s + customerOrderBy(sort));
    compiled.bind(*q);

    auto put = [&out](const QString &line) {
        const QByteArray bytes = line.toUtf8();
        if (out.write(bytes) != bytes.size())
            throw std::runtime_error("The export file could not be written: "
                                     + out.errorString().toStdString());
    };
    put(QString(QChar(0xFEFF)));
    QStringList titles;
    for (const QString &title : header)
        titles << csvField(title);
    put(titles.join(u',') + u"\r\n"_s);
    qint64 rows = 0;
    QString chunk;
    while (q->step()) {
        if (!plan.keeps(q->int64(7)))
            continue;
        const qint64 cents = q->int64(4);
        const QStringList fields = {
            csvField(q->text(0)),
            csvField(maskPhone(q->text(1))),
            csvField(q->text(2)),
            csvField(q->text(3)),
            u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0')),
            QString::number(q->int64(5)),
            csvField(q->text(6)),
        };
        chunk += fields.join(u',') + u"\r\n"_s;
        ++rows;
        // Written in chunks of rows: memory stays flat whatever the segment's size.
        if (rows % 256 == 0) {
            put(chunk);
            chunk.clear();
        }
        if (progress && rows % progressStep == 0)
            progress(rows);
    }
    put(chunk);
    if (progress)
        progress(rows);
    return rows;
}

qint64 SegmentExporter::writeFile(const QString &path, const SegmentRule &rule,
                                  const SegmentScope &scope, customers::CustomerSort sort,
                                  const QStringList &header, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("The export file could not be created: "
                                 + file.errorString().toStdString());
    const qint64 rows = write(file, rule, scope, sort, header, progress);
    if (!file.commit())
        throw std::runtime_error("The export file could not be saved: "
                                 + file.errorString().toStdString());
    return rows;
}

} // namespace gd::segments
