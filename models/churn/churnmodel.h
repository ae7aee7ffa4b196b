// A store's fitted churn model: the BG/NBD purchase/drop-out parameters, the Gamma-Gamma
// spend parameters and, where the data is too thin for a stable fit, the fallback flag
// (then risk is "time since last purchase ÷ the customer's own usual gap", see churnrisk.h).
// The server fits it (nightly and on demand); clients only score with it.
#pragma once

#include "bgnbdfit.h"
#include "gammagamma.h"

#include <optional>

namespace gd::churn {

enum class FallbackCause
{
    None, // the fitted model is used
    FewRepeatBuyers, // fewer than ChurnFitOptions::minimumRepeatCustomers
    ParametersAtBounds, // the likelihood pushes a parameter to its bound: not identified
    FitDidNotConverge,
};

struct ChurnModel
{
    TimeUnit unit = TimeUnit::Days;
    BgNbdParameters bgNbd; // meaningful unless fallback
    double logLikelihood = 0;
    bool hasSpendModel = false;
    GammaGammaParameters spend; // meaningful if hasSpendModel
    double meanSpend = 0; // per occasion over all customers' repeat occasions (fallback spend)
    double populationGap = 0; // median own gap of the repeat buyers, in `unit` (0 if none)
    int customers = 0;
    int repeatCustomers = 0;
    FallbackCause fallback = FallbackCause::None;

    [[nodiscard]] bool usesFallback() const { return fallback != FallbackCause::None; }
};

struct ChurnFitOptions
{
    int minimumRepeatCustomers = 200;
    BgNbdFitOptions bgNbd;
};

// Fits both models on the store's customers; falls back (flagged, with the cause) where the
// BG/NBD fit is unstable. nullopt with `error` only for unusable input (none, or invalid).
[[nodiscard]] std::optional<ChurnModel> fitChurnModel(const QList<CustomerSummary> &customers,
                                                      TimeUnit unit, QString *error,
                                                      const ChurnFitOptions &options = {});

// The fallback rule alone, for a BG/NBD fit made elsewhere (e.g. the server's CLI).
[[nodiscard]] FallbackCause fallbackFor(const BgNbdFit &fit, const ChurnFitOptions &options);

// English, for logs and the CLI.
[[nodiscard]] QString fallbackCauseName(FallbackCause cause);

} // namespace gd::churn
