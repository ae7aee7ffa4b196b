// The CSV import of customers, start to end, on whichever thread calls it (ImportJob runs
// it off the GUI thread, on its own connection):
// - analyse(): detect the encoding, read the header and guess the mapping, decode and check
//   every row (row-level errors, duplicates in the file and against the store), keep a
//   preview of the first rows. Writes nothing.
// - run(): the same pass, writing each good row through CustomerWriter inside ONE
//   CustomerBatch (one transaction; each customer gets its customer_create outbox entry).
//   If any row has an error (unless skipInvalidRows), the user cancels, or anything throws,
//   the batch is rolled back: no partial import is ever left behind.
#pragma once

#include "headermapping.h"
#include "importrow.h"
#include "textdecoding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace gd::customers {
class CustomerWriter;
}
namespace gd::store {
class Database;
}

namespace gd::import {

struct ImportOptions
{
    std::optional<TextEncoding> encoding; // nullopt: detect
    std::optional<QList<ImportField>> mapping; // nullopt: from the headers
    bool skipInvalidRows = false; // import the good rows, report the rest
    int previewRows = 20;
    int keptProblems = 1000; // the report keeps the first ones
};

enum class FileProblem
{
    None,
    CannotOpen,
    Empty, // no header row
    NoNameColumn,
    Cancelled,
    WriteFailed, // the store refused (disk full …): nothing was imported
};

struct ImportReport
{
    FileProblem fileProblem = FileProblem::None;
    QString detail; // English, for logs (WriteFailed)
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingDetected = true;
    QStringList headers;
    QList<ImportField> mapping;
    QList<QStringList> preview;
    qint64 rows = 0; // data rows read (blank ones not counted)
    qint64 readyRows = 0; // would be / were imported
    qint64 invalidRows = 0;
    qint64 skippedDuplicates = 0;
    qint64 problemCount = 0; // all of them; `problems` keeps the first keptProblems
    QList<RowProblem> problems;
    qint64 imported = 0; // run(): customers written (0 unless committed)
    bool committed = false;
};

// Called now and then with bytes read of the file's size; returning false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

class CustomerImport
{
public:
    explicit CustomerImport(store::Database &db);

    [[nodiscard]] ImportReport analyse(const QString &path, const ImportOptions &options,
                                       const ImportProgress &progress = {});
    ImportReport run(const QString &path, const ImportOptions &options,
                     customers::CustomerWriter &writer, const ImportProgress &progress = {});

private:
    // A good row; `clean`: no row so far was refused.
    using RowSink = std::function<void(const customers::NewCustomer &, bool clean)>;
    ImportReport scan(const QString &path, const ImportOptions &options,
                      const ImportProgress &progress, const RowSink &sink);

    store::Database &m_db;
};

} // namespace gd::import
