#include "churnfitcommand.h"

#include "churn/churncsv.h"
#include "churn/churnmodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gd::server::core {

namespace {

constexpr int usageOrDataError = 2;

int fail(const QString &why)
{
    std::fprintf(stderr, "guidedesk-server fit-churn: %s\n", qPrintable(why));
    return usageOrDataError;
}

struct Input
{
    QList<churn::CustomerSummary> customers;
    churn::TimeUnit unit = churn::TimeUnit::Weeks;
};

} // namespace

bool isFitChurnCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"fit-churn"_s;
}

int runFitChurnCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fits the churn model (BG/NBD and Gamma-Gamma) and prints it as JSON."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"fit-churn"_s, u"The command."_s);
    const QCommandLineOption summary(
        u"summary"_s, u"Customer summaries: ID, frequency (or x), recency (or t_x), T."_s,
        u"FILE.csv"_s);
    const QCommandLineOption elog(
        u"elog"_s, u"Purchase log: masterid (or custid), date YYYYMMDD, sales."_s, u"FILE.csv"_s);
    const QCommandLineOption end(u"calibration-end"_s,
                                 u"With --elog: the last day of the calibration period."_s,
                                 u"YYYY-MM-DD"_s);
    const QCommandLineOption unit(u"unit"_s, u"With --elog: time unit, days or weeks."_s, u"UNIT"_s,
                                  u"weeks"_s);
    parser.addOptions({ summary, elog, end, unit });
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.positionalArguments() != QStringList { u"fit-churn"_s })
        return fail(u"unexpected arguments: %1"_s.arg(parser.positionalArguments().join(u' ')));
    if (parser.isSet(summary) == parser.isSet(elog))
        return fail(u"give either --summary FILE.csv or --elog FILE.csv --calibration-end "
                    u"YYYY-MM-DD"_s);
    Input input;
    QString error;
    if (parser.isSet(summary)) {
        if (parser.isSet(end) || parser.isSet(unit))
            return fail(u"--calibration-end and --unit go with --elog (summaries carry their "
                        u"own times)"_s);
        const auto rows = churn::readSummaryCsv(parser.value(summary), &error);
        if (!rows)
            return fail(error);
        for (const churn::SummaryRow &row : *rows)
            input.customers.append(row.summary);
    } else {
        const QDate calibrationEnd = QDate::fromString(parser.value(end), Qt::ISODate);
        if (!calibrationEnd.isValid())
            return fail(
                u"--elog needs --calibration-end YYYY-MM-DD, not \"%1\""_s.arg(parser.value(end)));
        if (parser.value(unit) == u"days"_s)
            input.unit = churn::TimeUnit::Days;
        else if (parser.value(unit) != u"weeks"_s)
            return fail(u"--unit takes days or weeks, not \"%1\""_s.arg(parser.value(unit)));
        const auto log = churn::readPurchaseLogCsv(parser.value(elog), &error);
        if (!log)
            return fail(error);
        for (const churn::LoggedCustomer &customer : *log) {
            churn::CustomerSummary s;
            // Customers whose first purchase is after the calibration end are not in it.
            if (churn::summarisePurchases(customer.purchases, calibrationEnd, input.unit, &s,
                                          &error))
                input.customers.append(s);
        }
        if (input.customers.isEmpty())
            return fail(u"no customer bought on or before %1"_s.arg(parser.value(end)));
    }

    QElapsedTimer timer;
    timer.start();
    const auto fit = churn::fitBgNbd(input.customers, &error);
    if (!fit)
        return fail(error);
    const qint64 fitMs = timer.elapsed();
    const churn::ChurnFitOptions rules;
    QJsonObject out { { u"r"_s, fit->parameters.r },
                      { u"alpha"_s, fit->parameters.alpha },
                      { u"a"_s, fit->parameters.a },
                      { u"b"_s, fit->parameters.b },
                      { u"logLikelihood"_s, fit->logLikelihood },
                      { u"customers"_s, fit->customers },
                      { u"repeatCustomers"_s, fit->repeatCustomers },
                      { u"converged"_s, fit->converged },
                      { u"atBound"_s, fit->atBound },
                      { u"unit"_s, input.unit == churn::TimeUnit::Days ? u"days"_s : u"weeks"_s },
                      { u"fallback"_s, churn::fallbackCauseName(churn::fallbackFor(*fit, rules)) },
                      { u"fitMilliseconds"_s, fitMs } };
    QString spendError;
    if (const auto spend = churn::fitGammaGamma(input.customers, &spendError)) {
        out.insert(u"gammaGamma"_s,
                   QJsonObject { { u"p"_s, spend->parameters.p },
                                 { u"q"_s, spend->parameters.q },
                                 { u"v"_s, spend->parameters.v },
                                 { u"logLikelihood"_s, spend->logLikelihood },
                                 { u"customers"_s, spend->customers },
                                 { u"atBound"_s, spend->atBound } });
    }
    std::fprintf(stdout, "%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}

} // namespace gd::server::core
