#include "churncsv.h"

#include <QFile>
#include <QHash>
#include <QTextStream>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::churn {

namespace {

// A comma-separated file with a header line; quoted fields are not needed for these files
// (numbers and ids), so quotes are only stripped.
class CsvFile
{
public:
    bool open(const QString &path, QString *error)
    {
        m_path = path;
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = u"cannot read %1: %2"_s.arg(path, m_file.errorString());
            return false;
        }
        m_stream.setDevice(&m_file);
        QStringList header;
        if (!next(&header)) {
            *error = u"%1 is empty (a header line is needed)"_s.arg(path);
            return false;
        }
        for (qsizetype i = 0; i < header.size(); ++i)
            m_columns.insert(header.at(i).toLower(), int(i));
        return true;
    }

    // The index of the first of `names` present, -1 if none.
    int column(const QStringList &names) const
    {
        for (const QString &name : names)
            if (const auto it = m_columns.constFind(name.toLower()); it != m_columns.cend())
                return it.value();
        return -1;
    }

    bool next(QStringList *fields)
    {
        while (!m_stream.atEnd()) {
            const QString line = m_stream.readLine().trimmed();
            ++m_line;
            if (line.isEmpty())
                continue;
            *fields = line.split(u',');
            for (QString &field : *fields) {
                field = field.trimmed();
                if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
                    field = field.mid(1, field.size() - 2);
            }
            return true;
        }
        return false;
    }

    QString where() const { return u"%1 line %2"_s.arg(m_path).arg(m_line); }

private:
    QString m_path;
    QFile m_file;
    QTextStream m_stream;
    QHash<QString, int> m_columns;
    int m_line = 0;
};

bool number(const QStringList &fields, int column, double *out)
{
    if (column < 0 || column >= fields.size())
        return false;
    bool ok = false;
    *out = fields.at(column).toDouble(&ok);
    return ok && std::isfinite(*out);
}

} // namespace

std::optional<QList<SummaryRow>> readSummaryCsv(const QString &path, QString *error)
{
    CsvFile csv;
    if (!csv.open(path, error))
        return std::nullopt;
    const int id = csv.column({ u"ID"_s, u"customer_id"_s });
    const int x = csv.column({ u"frequency"_s, u"x"_s });
    const int tx = csv.column({ u"recency"_s, u"t_x"_s });
    const int age = csv.column({ u"T"_s });
    const int holdout = csv.column({ u"x_star"_s });
    const int spend = csv.column({ u"monetary_value"_s, u"m_x"_s });
    if (x < 0 || tx < 0 || age < 0) {
        *error = u"%1 needs the columns frequency (or x), recency (or t_x) and T"_s.arg(path);
        return std::nullopt;
    }
    QList<SummaryRow> rows;
    QStringList fields;
    while (csv.next(&fields)) {
        SummaryRow row;
        double frequency = 0, star = 0;
        if (!number(fields, x, &frequency) || !number(fields, tx, &row.summary.recency)
            || !number(fields, age, &row.summary.age)
            || (holdout >= 0 && !number(fields, holdout, &star))
            || (spend >= 0 && !number(fields, spend, &row.summary.repeatSpend))) {
            *error = u"%1: a number is missing or malformed"_s.arg(csv.where());
            return std::nullopt;
        }
        if (frequency != std::floor(frequency) || frequency > 1e6 || star != std::floor(star)
            || star < 0 || star > 1e6) {
            *error = u"%1: purchase counts must be whole numbers from 0"_s.arg(csv.where());
            return std::nullopt;
        }
        row.summary.frequency = int(frequency);
        row.holdoutPurchases = holdout >= 0 ? int(star) : -1;
        if (const QString why = summaryError(row.summary); !why.isEmpty()) {
            *error = u"%1: %2"_s.arg(csv.where(), why);
            return std::nullopt;
        }
        row.id = id >= 0 && id < fields.size() ? fields.at(id) : QString::number(rows.size() + 1);
        rows.append(row);
    }
    if (rows.isEmpty()) {
        *error = u"%1 holds no customers"_s.arg(path);
        return std::nullopt;
    }
    return rows;
}

std::optional<QList<LoggedCustomer>> readPurchaseLogCsv(const QString &path, QString *error)
{
    CsvFile csv;
    if (!csv.open(path, error))
        return std::nullopt;
    const int id = csv.column({ u"masterid"_s, u"custid"_s, u"customer_id"_s, u"id"_s });
    const int date = csv.column({ u"date"_s });
    const int sales = csv.column({ u"sales"_s, u"amount"_s });
    if (id < 0 || date < 0) {
        *error = u"%1 needs the columns masterid (or custid) and date (YYYYMMDD)"_s.arg(path);
        return std::nullopt;
    }
    QList<LoggedCustomer> customers;
    QHash<QString, qsizetype> index;
    QStringList fields;
    while (csv.next(&fields)) {
        if (id >= fields.size() || date >= fields.size() || fields.at(id).isEmpty()) {
            *error = u"%1: the id or the date is missing"_s.arg(csv.where());
            return std::nullopt;
        }
        DatedPurchase purchase;
        purchase.day = QDate::fromString(fields.at(date), u"yyyyMMdd"_s);
        if (!purchase.day.isValid()) {
            *error = u"%1: \"%2\" is not a date YYYYMMDD"_s.arg(csv.where(), fields.at(date));
            return std::nullopt;
        }
        if (sales >= 0 && (!number(fields, sales, &purchase.amount) || purchase.amount < 0)) {
            *error = u"%1: the sales amount is missing, malformed or negative"_s.arg(csv.where());
            return std::nullopt;
        }
        const QString &key = fields.at(id);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, customers.size());
            customers.append({ key, {} });
        }
        customers[it.value()].purchases.append(purchase);
    }
    if (customers.isEmpty()) {
        *error = u"%1 holds no purchases"_s.arg(path);
        return std::nullopt;
    }
    return customers;
}

} // namespace gd::churn
