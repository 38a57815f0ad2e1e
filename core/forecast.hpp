#pragma once
// Forecasting offered calls and AHT per interval from history.
//
// Methods (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., ch. 5 and 8):
//  - seasonal naive: the same interval one week earlier (the baseline);
//  - weighted average of the same interval over the last k weeks (weights k, k-1, ..., 1);
//  - Holt-Winters, additive, with the week of intervals as the season (eq. 8.5-8.8); smoothing parameters by
//  grid
//    search on one-step-ahead squared error;
//  - profile x level: the share of each interval in its weekday (averaged over the last weeks) times a daily
//    volume from Holt's linear trend on daily totals per weekday (a multiplicative weekly model that
//    tolerates empty night intervals, where multiplicative Holt-Winters breaks down).
// Automatic selection by rolling-origin backtest (Tashman 2000): for each of the last `backtestWeeks` weeks,
// forecast it from the history before it and score by WAPE = sum |actual - forecast| / sum actual.
// Prediction bands from the backtest residuals, standardised by sqrt(forecast) (count-like noise), so that
// the band widens with volume: forecast + q * sqrt(max(forecast, 1)), q the empirical residual quantile.
// Special days (holidays, outages) are NaN in the history: never trained on, never scored.

#include "core/call_log.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace staffplan {

enum class ForecastMethod { SeasonalNaive, WeightedAverage, HoltWinters, ProfileLevel };
std::string_view forecastMethodName(ForecastMethod m); ///< "naive", "wavg", "holt-winters", "profile"
std::optional<ForecastMethod> forecastMethodFromName(std::string_view name);

/// A regular series of intervals for one queue.  NaN marks an interval not to be used (special day, no data).
struct IntervalSeries
{
    double startSec = 0;  ///< wall clock of interval 0 (the start of a day)
    int intervalMin = 30; ///< 15, 30 or 60
    std::vector<double> calls;
    std::vector<double> handleSec; ///< total handle time of answered calls
    std::vector<double> answered;
    int intervalsPerDay() const { return 24 * 60 / intervalMin; }
    int intervalsPerWeek() const { return 7 * intervalsPerDay(); }
};

struct MethodScore
{
    ForecastMethod method;
    double wape = 0; ///< mean over backtest weeks
    int weeks = 0;   ///< backtest weeks scored
};

struct ForecastResult
{
    ForecastMethod method = ForecastMethod::SeasonalNaive;
    std::vector<MethodScore> backtest; ///< every method tried, best first
    std::vector<double> calls, callsLow80, callsHigh80, callsLow95, callsHigh95;
    std::vector<double> ahtSec, ahtHigh80;
    std::vector<int> outlierDays; ///< days of the history (0 = the series' first day) flagged and left out
};

struct ForecastOptions
{
    std::optional<ForecastMethod> method; ///< empty: automatic
    int averageWeeks = 4;                 ///< weighted average and profile
    int backtestWeeks = 4;
    /// A day whose volume is below lowRatio or above highRatio times the median of the same weekday (over up
    /// to 8 weeks around it) is an outlier: flagged, and left out of training and backtests.  0 disables.
    double outlierLowRatio = 0.5, outlierHighRatio = 1.8;
};

/// The outlier days of a series (see ForecastOptions), as day indices from its first day.
std::vector<int> outlierDays(const IntervalSeries& series, const ForecastOptions& options = {});

/// Point forecast of `horizon` intervals following the history (no bands).  Needs at least one week of
/// history (two for Holt-Winters); returns empty otherwise.
std::vector<double> forecastCalls(ForecastMethod method, const std::vector<double>& history,
                                  int intervalsPerDay, int horizon, const ForecastOptions& options = {});

/// Calls and AHT for `horizon` intervals after the series, with the method chosen (or given) and bands.
std::optional<ForecastResult> forecast(const IntervalSeries& history, int horizon,
                                       const ForecastOptions& options = {});

/// The interval series of some calls: counts and handle time per interval from `fromSec` (rounded down to the
/// start of its day) up to `toSec`; `queue` picks one queue (empty: all).  Intervals inside `specialDays`
/// (days since 1970) are NaN.
IntervalSeries buildSeries(const std::vector<CallRecord>& calls, int intervalMin, double fromSec,
                           double toSec, std::optional<int> queue = std::nullopt,
                           const std::vector<long long>& specialDays = {});

/// WAPE of a forecast against actuals, over intervals where the actual is a number (NaN skipped); empty when
/// the actuals sum to 0.
std::optional<double> wape(const std::vector<double>& actual, const std::vector<double>& forecast);

} // namespace staffplan
