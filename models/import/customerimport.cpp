#include "customerimport.h"

#include "csvreader.h"
#include "customers/customerwriter.h"
#include "intake/duplicatefinder.h"
#include "intake/phonenumber.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gd::import {

namespace {

constexpr qint64 sampleBytes = 1024 * 1024;
constexpr int progressEvery = 2000;

std::optional<ImportProblem> readProblem(CsvRecord::Problem problem)
{
    switch (problem) {
    case CsvRecord::Problem::None:
        return std::nullopt;
    case CsvRecord::Problem::UnclosedQuote:
        return ImportProblem::UnclosedQuote;
    case CsvRecord::Problem::TextAfterQuote:
        return ImportProblem::TextAfterQuote;
    case CsvRecord::Problem::FieldTooLong:
        return ImportProblem::FieldTooLong;
    case CsvRecord::Problem::TooManyFields:
        return ImportProblem::TooManyFields;
    }
    return std::nullopt;
}

// The sample ends at its last line break, so that no character is cut in two.
QByteArray sampleOf(QFile &file)
{
    QByteArray sample = file.peek(sampleBytes);
    if (sample.size() == sampleBytes) {
        const qsizetype lastBreak = sample.lastIndexOf('\n');
        if (lastBreak > 0)
            sample.truncate(lastBreak);
    }
    return sample;
}

// The same customer twice in one file: same name and last 4 digits (what the store can
// tell apart, so that analyse() and run() agree), or, without a phone, the same row.
QString duplicateKey(const customers::NewCustomer &customer)
{
    const QString name = customer.fields.value(u"name"_s).toString();
    if (!customer.fullPhone.isEmpty())
        return name + u'\x1f' + customer.fields.value(u"phone_last4"_s).toString();
    return QString::fromUtf8(QJsonDocument(customer.fields).toJson(QJsonDocument::Compact));
}

} // namespace

CustomerImport::CustomerImport(store::Database &db)
    : m_db(db)
{ }

ImportReport CustomerImport::analyse(const QString &path, const ImportOptions &options,
                                     const ImportProgress &progress)
{
    return scan(path, options, progress, {});
}

ImportReport CustomerImport::run(const QString &path, const ImportOptions &options,
                                 customers::CustomerWriter &writer, const ImportProgress &progress)
{
    try {
        customers::CustomerBatch batch(writer);
        qint64 written = 0;
        // Once a row is refused (and refused rows are not skipped) nothing will be
        // committed: the rest is only checked, for the report.
        bool refused = false;
        ImportReport report = scan(path, options, progress,
                                   [&](const customers::NewCustomer &customer, bool clean) {
                                       refused = refused || (!clean && !options.skipInvalidRows);
                                       if (refused)
                                           return;
                                       batch.create(customer);
                                       ++written;
                                   });
        const bool blocked = report.fileProblem != FileProblem::None
            || (report.invalidRows > 0 && !options.skipInvalidRows);
        if (blocked || written == 0)
            return report; // the batch rolls back
        batch.commit();
        report.imported = written;
        report.committed = true;
        return report;
    } catch (const std::exception &e) {
        ImportReport failed;
        failed.fileProblem = FileProblem::WriteFailed;
        failed.detail = QString::fromUtf8(e.what());
        return failed;
    }
}

ImportReport CustomerImport::scan(const QString &path, const ImportOptions &options,
                                  const ImportProgress &progress, const RowSink &sink)
{
    ImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fileProblem = FileProblem::CannotOpen;
        return report;
    }
    const qint64 total = file.size();
    const QByteArray sample = sampleOf(file);
    CsvReader reader(file);
    CsvRecord record;
    if (!reader.next(record)) {
        report.fileProblem = FileProblem::Empty;
        return report;
    }
    if (options.encoding) {
        report.encoding = *options.encoding;
        report.encodingDetected = false;
    } else {
        report.encoding = guessEncoding(sample, reader.hadByteOrderMark()).encoding;
    }
    FieldDecoder decoder(report.encoding);
    for (const QByteArray &cell : record.fields)
        report.headers << decoder.decode(cell).value_or(QString()).trimmed();
    report.mapping = options.mapping ? *options.mapping : guessMapping(report.headers);
    while (report.mapping.size() < report.headers.size())
        report.mapping << ImportField::Ignore;
    report.mapping.resize(report.headers.size());
    if (!mappingIsUsable(report.mapping)) {
        report.fileProblem = FileProblem::NoNameColumn;
        return report;
    }

    // analyse() reads in one read transaction: one lock for the whole file, not one per row.
    store::ReadTransaction readTransaction(m_db);
    intake::DuplicateFinder finder(m_db);
    QHash<QString, qint64> seen; // duplicate key → the row it was first seen on
    auto note = [&](const RowProblem &problem) {
        ++report.problemCount;
        if (report.problems.size() < options.keptProblems)
            report.problems.append(problem);
    };
    while (reader.next(record)) {
        if (progress && report.rows % progressEvery == 0 && !progress(reader.consumed(), total)) {
            report.fileProblem = FileProblem::Cancelled;
            return report;
        }
        QStringList cells;
        QList<RowProblem> problems;
        bool blank = true;
        for (int column = 0; column < record.fields.size(); ++column) {
            const auto text = decoder.decode(record.fields.at(column));
            if (!text)
                problems.append({ record.line, column, ImportProblem::BadBytes, QString() });
            cells << text.value_or(QString());
            blank = blank && cells.last().trimmed().isEmpty();
        }
        if (blank && problems.isEmpty() && record.problem == CsvRecord::Problem::None)
            continue; // ",,,," rows spreadsheets leave at the end
        ++report.rows;
        if (report.preview.size() < options.previewRows)
            report.preview << cells;
        if (const auto problem = readProblem(record.problem))
            problems.prepend({ record.line, -1, *problem, QString() });
        ConvertedRow row;
        if (problems.isEmpty()) {
            row = convertRow(cells, report.mapping, record.line);
            problems = row.problems;
        }
        if (!problems.isEmpty()) {
            ++report.invalidRows;
            for (const RowProblem &problem : problems)
                note(problem);
            continue;
        }
        const customers::NewCustomer &customer = *row.customer;
        const QString key = duplicateKey(customer);
        if (const auto first = seen.constFind(key); first != seen.constEnd()) {
            ++report.skippedDuplicates;
            note({ record.line, -1, ImportProblem::DuplicateInFile, QString::number(*first) });
            continue;
        }
        seen.insert(key, record.line);
        const QString last4 = customer.fields.value(u"phone_last4"_s).toString();
        if (!last4.isEmpty() && finder.exists(customer.fields.value(u"name"_s).toString(), last4)) {
            ++report.skippedDuplicates;
            note({ record.line, -1, ImportProblem::DuplicateInStore, QString() });
            continue;
        }
        ++report.readyRows;
        if (sink)
            sink(customer, report.invalidRows == 0);
    }
    if (progress && !progress(total, total))
        report.fileProblem = FileProblem::Cancelled;
    return report;
}

} // namespace gd::import
