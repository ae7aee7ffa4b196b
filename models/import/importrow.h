// One CSV row, decoded and mapped, turned into a new customer — or into the reasons it
// cannot be one (row number, column, reason), which the import reports to the user.
#pragma once

#include "customers/customerwriter.h"
#include "headermapping.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gd::import {

enum class ImportProblem
{
    BadBytes, // not valid in the file's encoding
    UnclosedQuote,
    TextAfterQuote,
    FieldTooLong,
    TooManyFields,
    ControlCharacters,
    NameMissing,
    NameTooLong,
    PhoneInvalid,
    GenderUnknown,
    BirthdayInvalid,
    LevelUnknown,
    NicknameTooLong,
    RemarkTooLong,
    DuplicateInFile, // skipped: the same customer as an earlier row
    DuplicateInStore, // skipped: already a customer (same name and last 4 digits)
};

[[nodiscard]] QString importProblemKey(ImportProblem problem);
// Duplicates are skipped, not errors: they do not stop an import.
[[nodiscard]] bool isSkipNotice(ImportProblem problem);

struct RowProblem
{
    qint64 line = 0;
    int column = -1; // -1: the whole row
    ImportProblem problem = ImportProblem::NameMissing;
    QString value; // what the cell held (cut to 60 characters), or the earlier row number
};

struct ConvertedRow
{
    std::optional<customers::NewCustomer> customer;
    QList<RowProblem> problems;
};

// `cells` are decoded; missing trailing cells count as empty.
[[nodiscard]] ConvertedRow convertRow(const QStringList &cells, const QList<ImportField> &mapping,
                                      qint64 line);

} // namespace gd::import
