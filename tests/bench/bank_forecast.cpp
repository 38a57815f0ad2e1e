// Forecast accuracy on the real Anonymous Bank logs (../shared/data/anonymous-bank-1999): for each week of
// October 1999, every method forecasts that week from all the history before it (January to the week before;
// August is missing from the data and is a gap), scored by WAPE per interval (30 min) and per day.
//   build/tests/bench/bank_forecast ../shared/data/anonymous-bank-1999
// Results are in BENCHMARKS.md.

#include "core/forecast.hpp"
#include "tests/bank_data.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

using namespace staffplan;

int main(int argc, char** argv)
{
    const std::string dir = argc > 1 ? argv[1] : "../shared/data/anonymous-bank-1999";
    const std::vector<CallRecord> calls = testdata::bankCalls(dir + "/");
    if (calls.empty()) {
        std::fprintf(stderr, "cannot read the bank logs in %s\n", dir.c_str());
        return 1;
    }
    const double from = *parseTimestamp("1999-01-03T00:00", DateFormat::Iso); // a Sunday: weeks run Sun-Sat
    const double octoberWeeks[] = {*parseTimestamp("1999-10-03T00:00", DateFormat::Iso),
                                   *parseTimestamp("1999-10-10T00:00", DateFormat::Iso),
                                   *parseTimestamp("1999-10-17T00:00", DateFormat::Iso),
                                   *parseTimestamp("1999-10-24T00:00", DateFormat::Iso)};
    // August has no data: those days are NaN (not zero calls)
    std::vector<long long> gap;
    for (double d = *parseTimestamp("1999-08-01T00:00", DateFormat::Iso);
         d < *parseTimestamp("1999-09-01T00:00", DateFormat::Iso); d += 86400)
        gap.push_back(static_cast<long long>(d / 86400));
    std::map<std::string, std::pair<double, double>> total; // method -> (interval WAPE sum, daily WAPE sum)
    std::printf("%-12s %-14s %12s %10s\n", "week from", "method", "interval WAPE", "day WAPE");
    for (const double weekStart : octoberWeeks) {
        const IntervalSeries history = buildSeries(calls, 30, from, weekStart, std::nullopt, gap);
        const IntervalSeries actual = buildSeries(calls, 30, weekStart, weekStart + 7 * 86400);
        const int week = history.intervalsPerWeek(), day = history.intervalsPerDay();
        auto daily = [&](const std::vector<double>& v) {
            std::vector<double> d(7, 0.0);
            for (int i = 0; i < week; ++i)
                d[i / day] += v[i];
            return d;
        };
        const auto chosen = forecast(history, week);
        if (!chosen) {
            std::fprintf(stderr, "no forecast for the week from %s\n", formatTimestamp(weekStart).c_str());
            return 1;
        }
        IntervalSeries cleaned = history; // every method sees the history without the flagged days
        for (const int d : chosen->outlierDays)
            for (int i = 0; i < day; ++i)
                cleaned.calls[d * day + i] = std::nan("");
        std::printf("%-12s %zu outlier days flagged in the history\n",
                    formatTimestamp(weekStart).substr(0, 10).c_str(), chosen->outlierDays.size());
        for (const auto m : {ForecastMethod::SeasonalNaive, ForecastMethod::WeightedAverage,
                             ForecastMethod::ProfileLevel, ForecastMethod::HoltWinters}) {
            const auto f = forecastCalls(m, cleaned.calls, day, week);
            if (f.empty()) {
                std::printf("%-12s %-14s %12s\n", formatTimestamp(weekStart).substr(0, 10).c_str(),
                            forecastMethodName(m).data(), "(no forecast)");
                continue;
            }
            const double wi = *wape(actual.calls, f), wd = *wape(daily(actual.calls), daily(f));
            total[std::string(forecastMethodName(m))].first += wi / 4;
            total[std::string(forecastMethodName(m))].second += wd / 4;
            std::printf("%-12s %-14s %12.3f %10.3f\n", formatTimestamp(weekStart).substr(0, 10).c_str(),
                        forecastMethodName(m).data(), wi, wd);
        }
        const double wi = *wape(actual.calls, chosen->calls),
                     wd = *wape(daily(actual.calls), daily(chosen->calls));
        total["auto"].first += wi / 4;
        total["auto"].second += wd / 4;
        std::printf("%-12s auto -> %-7s %12.3f %10.3f\n", formatTimestamp(weekStart).substr(0, 10).c_str(),
                    forecastMethodName(chosen->method).data(), wi, wd);
    }
    std::printf("\nmean over the four October weeks\n");
    for (const auto& [m, w] : total)
        std::printf("%-14s interval WAPE %.3f  day WAPE %.3f\n", m.c_str(), w.first, w.second);
}
