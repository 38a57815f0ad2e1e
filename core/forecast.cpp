#include "core/forecast.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace staffplan {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool known(double v)
{
    return !std::isnan(v);
}

// The k-th most recent value at the week position of future interval h (k = 1: one week back), or NaN.
double weeksBack(const std::vector<double>& y, int week, int h, int k)
{
    const long idx = static_cast<long>(y.size()) + (h % week) - static_cast<long>(week) * k;
    return idx >= 0 && idx < static_cast<long>(y.size()) ? y[static_cast<std::size_t>(idx)] : kNaN;
}

std::vector<double> seasonalNaive(const std::vector<double>& y, int week, int horizon)
{
    std::vector<double> f(horizon, kNaN);
    for (int h = 0; h < horizon; ++h)
        for (int k = 1; k <= 8 && !known(f[h]); ++k) // a special day a week ago: the week before
            f[h] = weeksBack(y, week, h, k);
    return f;
}

std::vector<double> weightedAverage(const std::vector<double>& y, int week, int horizon, int weeks)
{
    std::vector<double> f(horizon, kNaN);
    for (int h = 0; h < horizon; ++h) {
        double sum = 0, weight = 0;
        for (int k = 1; k <= weeks; ++k) {
            const double v = weeksBack(y, week, h, k);
            if (known(v)) {
                sum += (weeks + 1 - k) * v;
                weight += weeks + 1 - k;
            }
        }
        f[h] = weight > 0 ? sum / weight : kNaN;
    }
    return f;
}

// Additive Holt-Winters with season m (FPP3 eq. 8.5-8.8; an undamped slope, since a damped one could not
// follow a real weekly trend; the slope's smoothing beta is kept small by the grid instead).  Returns the
// one-step SSE and, if asked, the forecast.
double holtWinters(const std::vector<double>& y, int m, double alpha, double beta, double gamma, int horizon,
                   std::vector<double>* out)
{
    const int n = static_cast<int>(y.size());
    // initial level and trend from the first two seasons, seasonal terms from the first
    double m1 = 0, m2 = 0;
    int c1 = 0, c2 = 0;
    for (int i = 0; i < m; ++i) {
        if (known(y[i]))
            m1 += y[i], ++c1;
        if (known(y[m + i]))
            m2 += y[m + i], ++c2;
    }
    if (c1 == 0 || c2 == 0)
        return std::numeric_limits<double>::infinity();
    m1 /= c1;
    m2 /= c2;
    double level = m1, trend = (m2 - m1) / m;
    std::vector<double> season(m);
    for (int i = 0; i < m; ++i)
        season[i] = known(y[i]) ? y[i] - m1 : 0.0;
    double sse = 0;
    for (int t = m; t < n; ++t) {
        const double s = season[t % m];
        const double predicted = level + trend + s;
        if (!known(y[t])) { // a special day: follow the model, learn nothing
            level += trend;
            continue;
        }
        const double e = y[t] - predicted;
        sse += e * e;
        const double previous = level;
        level = alpha * (y[t] - s) + (1 - alpha) * (level + trend);
        trend = beta * (level - previous) + (1 - beta) * trend;
        season[t % m] = gamma * (y[t] - previous - trend) + (1 - gamma) * s;
    }
    if (out) {
        out->assign(horizon, 0.0);
        for (int h = 0; h < horizon; ++h)
            (*out)[h] = std::max(0.0, level + (h + 1) * trend + season[(n + h) % m]);
    }
    return sse;
}

std::vector<double> holtWintersFitted(const std::vector<double>& history, int week, int horizon)
{
    if (static_cast<int>(history.size()) < 2 * week)
        return {};
    // fitted on the last 12 weeks at most: a weekly season learns little from older data, and a year of
    // 15-minute intervals x the parameter grid would cost ~50 ms a queue instead of ~12
    constexpr int kFitWeeks = 12;
    const std::size_t keep = std::min(history.size(), static_cast<std::size_t>(kFitWeeks) * week);
    // whole weeks from the end, so that the season index t % week stays aligned with the full history
    const std::size_t offset = (history.size() - keep) / week * week;
    const std::vector<double> y(history.begin() + static_cast<long>(offset), history.end());
    double best = std::numeric_limits<double>::infinity();
    std::array<double, 3> chosen{0.1, 0.01, 0.1};
    for (const double a : {0.02, 0.05, 0.1, 0.2, 0.35})
        for (const double b : {0.0, 0.001, 0.005})
            for (const double g : {0.05, 0.1, 0.2, 0.35, 0.5}) {
                const double sse = holtWinters(y, week, a, b, g, 0, nullptr);
                if (sse < best)
                    best = sse, chosen = {a, b, g};
            }
    std::vector<double> f;
    holtWinters(y, week, chosen[0], chosen[1], chosen[2], horizon, &f);
    return f;
}

// Holt's linear trend on a short series, alpha and beta by grid search on one-step squared error; returns the
// forecast `steps` ahead (1 = the next value), or NaN for an empty series.
double holtAhead(const std::vector<double>& v, int steps)
{
    if (v.empty())
        return kNaN;
    double bestLevel = v.back(), bestTrend = 0, best = std::numeric_limits<double>::infinity();
    for (const double a : {0.2, 0.4, 0.6, 0.8, 1.0})
        for (const double b : {0.0, 0.1, 0.3}) {
            // two points give the slope; with more, the slope is learnt rather than guessed from the first
            // two
            double level = v[0], trend = v.size() == 2 ? v[1] - v[0] : 0.0, sse = 0;
            for (std::size_t i = 1; i < v.size(); ++i) {
                const double e = v[i] - (level + trend);
                sse += e * e;
                const double previous = level;
                level = a * v[i] + (1 - a) * (level + trend);
                trend = b * (level - previous) + (1 - b) * trend;
            }
            if (sse < best)
                best = sse, bestLevel = level, bestTrend = trend;
        }
    return bestLevel + steps * bestTrend;
}

// Day-of-week x interval-of-day profile times a smoothed daily level: each weekday's daily totals follow
// Holt's linear trend (a missing or flagged day is simply not in its weekday's series), and each day is
// shared out over its intervals as that weekday's recent days were.  The series starts at the start of a day.
std::vector<double> profileLevel(const std::vector<double>& y, int week, int horizon, int weeks)
{
    const int day = week / 7, n = static_cast<int>(y.size()), days = n / day;
    if (days < 7)
        return {};
    std::vector<std::vector<double>> totals(7); // known daily totals per weekday, oldest first
    std::vector<std::vector<int>> recent(7);    // their day indices
    for (int d = 0; d < days; ++d) {
        double sum = 0;
        bool complete = true;
        for (int i = 0; i < day; ++i)
            known(y[d * day + i]) ? sum += y[d * day + i] : (complete = false, 0.0);
        if (complete) {
            totals[d % 7].push_back(sum);
            recent[d % 7].push_back(d);
        }
    }
    std::vector<double> f(horizon, kNaN);
    for (int h = 0; h < horizon; ++h) {
        const int t = n + h, d = t / day, w = d % 7, i = t % day;
        if (totals[w].empty())
            continue;
        const int lastDay = recent[w].back();
        const int steps = std::max(1, (d - lastDay) / 7);
        const double total = std::max(0.0, holtAhead(totals[w], steps));
        double part = 0, whole = 0; // interval i's share of the weekday, over its last `weeks` known days
        const int first = std::max(0, static_cast<int>(recent[w].size()) - weeks);
        for (int k = first; k < static_cast<int>(recent[w].size()); ++k) {
            part += y[recent[w][k] * day + i];
            whole += totals[w][k];
        }
        f[h] = whole > 0 ? total * part / whole : 0.0;
    }
    return f;
}

double quantile(std::vector<double> v, double p)
{
    if (v.empty())
        return kNaN;
    std::sort(v.begin(), v.end());
    const double pos = p * (v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (pos - lo) * (v[hi] - v[lo]);
}

} // namespace

std::string_view forecastMethodName(ForecastMethod m)
{
    switch (m) {
    case ForecastMethod::SeasonalNaive:
        return "naive";
    case ForecastMethod::WeightedAverage:
        return "wavg";
    case ForecastMethod::HoltWinters:
        return "holt-winters";
    case ForecastMethod::ProfileLevel:
        return "profile";
    }
    return "?";
}

std::optional<ForecastMethod> forecastMethodFromName(std::string_view n)
{
    for (const auto m : {ForecastMethod::SeasonalNaive, ForecastMethod::WeightedAverage,
                         ForecastMethod::HoltWinters, ForecastMethod::ProfileLevel})
        if (forecastMethodName(m) == n)
            return m;
    return std::nullopt;
}

std::vector<double> forecastCalls(ForecastMethod method, const std::vector<double>& history,
                                  int intervalsPerDay, int horizon, const ForecastOptions& options)
{
    const int week = 7 * intervalsPerDay;
    if (static_cast<int>(history.size()) < week || horizon <= 0)
        return {};
    switch (method) {
    case ForecastMethod::SeasonalNaive:
        return seasonalNaive(history, week, horizon);
    case ForecastMethod::WeightedAverage:
        return weightedAverage(history, week, horizon, options.averageWeeks);
    case ForecastMethod::HoltWinters:
        return holtWintersFitted(history, week, horizon);
    case ForecastMethod::ProfileLevel:
        return profileLevel(history, week, horizon, options.averageWeeks);
    }
    return {};
}

IntervalSeries buildSeries(const std::vector<CallRecord>& calls, int intervalMin, double fromSec,
                           double toSec, std::optional<int> queue, const std::vector<long long>& specialDays)
{
    IntervalSeries s;
    s.intervalMin = intervalMin;
    s.startSec = std::floor(fromSec / 86400.0) * 86400.0;
    const double length = intervalMin * 60.0;
    const auto n = static_cast<std::size_t>(std::max(0.0, std::ceil((toSec - s.startSec) / length)));
    s.calls.assign(n, 0.0);
    s.handleSec.assign(n, 0.0);
    s.answered.assign(n, 0.0);
    for (const CallRecord& c : calls) {
        if ((queue && c.queue != *queue) || c.arrival < s.startSec || c.arrival >= toSec)
            continue;
        const auto i = static_cast<std::size_t>((c.arrival - s.startSec) / length);
        if (i >= n)
            continue;
        s.calls[i] += 1;
        if (c.outcome == CallOutcome::Answered) {
            s.answered[i] += 1;
            s.handleSec[i] += c.talkSec + c.holdSec + c.acwSec;
        }
    }
    const int perDay = s.intervalsPerDay();
    for (const long long day : specialDays) {
        const long long first =
            (day * 86400 - static_cast<long long>(s.startSec)) / static_cast<long long>(length);
        for (long long i = first; i < first + perDay; ++i)
            if (i >= 0 && i < static_cast<long long>(n))
                s.calls[i] = s.handleSec[i] = s.answered[i] = kNaN;
    }
    return s;
}

std::optional<double> wape(const std::vector<double>& actual, const std::vector<double>& forecast)
{
    double err = 0, total = 0;
    for (std::size_t i = 0; i < actual.size() && i < forecast.size(); ++i) {
        if (!known(actual[i]) || !known(forecast[i]))
            continue;
        err += std::abs(actual[i] - forecast[i]);
        total += actual[i];
    }
    return total > 0 ? std::optional<double>(err / total) : std::nullopt;
}

std::vector<int> outlierDays(const IntervalSeries& s, const ForecastOptions& options)
{
    std::vector<int> out;
    if (options.outlierLowRatio <= 0)
        return out;
    const int day = s.intervalsPerDay();
    const int days = static_cast<int>(s.calls.size()) / day;
    std::vector<double> total(days, kNaN);
    for (int d = 0; d < days; ++d) {
        double sum = 0;
        bool complete = true;
        for (int i = 0; i < day; ++i)
            known(s.calls[d * day + i]) ? sum += s.calls[d * day + i] : (complete = false, 0.0);
        if (complete)
            total[d] = sum;
    }
    // Two passes: days flagged in the first (a month missing from the data reads as zero calls) are left out
    // of the medians of the second, so that they do not make the good days around them look like outliers.
    std::vector<bool> flagged(days, false);
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<bool> next = flagged;
        for (int d = 0; d < days; ++d) {
            if (!known(total[d]))
                continue;
            std::vector<double> same; // the same weekday, up to 4 weeks either side
            for (int k = -4; k <= 4; ++k) {
                const int e = d + 7 * k;
                if (k != 0 && e >= 0 && e < days && known(total[e]) && !flagged[e])
                    same.push_back(total[e]);
            }
            if (same.size() < 3)
                continue;
            const double median = quantile(same, 0.5);
            // a day without a single call where its weekday usually has some is missing data, however quiet
            next[d] = (median >= 20 && (total[d] < options.outlierLowRatio * median ||
                                        total[d] > options.outlierHighRatio * median)) ||
                      (total[d] == 0 && median >= 5);
        }
        flagged = next;
    }
    for (int d = 0; d < days; ++d)
        if (flagged[d])
            out.push_back(d);
    return out;
}

std::optional<ForecastResult> forecast(const IntervalSeries& series, int horizon,
                                       const ForecastOptions& options)
{
    const int day = series.intervalsPerDay(), week = series.intervalsPerWeek();
    if (static_cast<int>(series.calls.size()) < week || horizon <= 0)
        return std::nullopt;
    ForecastResult r;
    // outlier days (holidays no one listed, outages) are flagged and not trained on
    IntervalSeries s = series;
    r.outlierDays = outlierDays(series, options);
    for (const int d : r.outlierDays)
        for (int i = 0; i < day; ++i)
            s.calls[d * day + i] = kNaN;
    const auto& y = s.calls;
    const ForecastMethod all[] = {ForecastMethod::SeasonalNaive, ForecastMethod::WeightedAverage,
                                  ForecastMethod::ProfileLevel, ForecastMethod::HoltWinters};
    // rolling-origin backtest: each of the last weeks forecast from the history before it
    std::vector<std::vector<double>> residuals(4); // standardised, per method
    for (int m = 0; m < 4; ++m) {
        MethodScore score{all[m], 0, 0};
        for (int b = 1; b <= options.backtestWeeks; ++b) {
            const long origin = static_cast<long>(y.size()) - static_cast<long>(b) * week;
            if (origin < week)
                break;
            const std::vector<double> train(y.begin(), y.begin() + origin);
            const std::vector<double> actual(y.begin() + origin, y.begin() + origin + week);
            const auto f = forecastCalls(all[m], train, day, week, options);
            const auto w = f.empty() ? std::nullopt : wape(actual, f);
            if (!w)
                continue;
            score.wape += *w;
            ++score.weeks;
            for (int i = 0; i < week; ++i)
                if (known(actual[i]) && known(f[i]))
                    residuals[m].push_back((actual[i] - f[i]) / std::sqrt(std::max(f[i], 1.0)));
        }
        if (score.weeks > 0) {
            score.wape /= score.weeks;
            r.backtest.push_back(score);
        }
    }
    std::stable_sort(r.backtest.begin(), r.backtest.end(),
                     [](const MethodScore& a, const MethodScore& b) { return a.wape < b.wape; });
    if (options.method)
        r.method = *options.method;
    else if (!r.backtest.empty())
        r.method = r.backtest.front().method;
    else
        r.method = ForecastMethod::SeasonalNaive; // too short to backtest
    r.calls = forecastCalls(r.method, y, day, horizon, options);
    if (r.calls.empty() &&
        !options.method) { // the backtest's winner cannot forecast this history: the baseline can
        r.method = ForecastMethod::SeasonalNaive;
        r.calls = forecastCalls(r.method, y, day, horizon, options);
    }
    if (r.calls.empty())
        return std::nullopt;
    for (double& v : r.calls)
        v = known(v) ? std::max(v, 0.0) : 0.0;

    // bands from the chosen method's backtest residuals; Poisson quantiles when there is no backtest
    const auto& res = residuals[static_cast<std::size_t>(std::find(std::begin(all), std::end(all), r.method) -
                                                         std::begin(all))];
    const bool empirical = res.size() >= 50;
    const double q10 = empirical ? quantile(res, 0.10) : -1.2816,
                 q90 = empirical ? quantile(res, 0.90) : 1.2816;
    const double q025 = empirical ? quantile(res, 0.025) : -1.96,
                 q975 = empirical ? quantile(res, 0.975) : 1.96;
    for (const double f : r.calls) {
        const double scale = std::sqrt(std::max(f, 1.0));
        r.callsLow80.push_back(std::max(0.0, f + q10 * scale));
        r.callsHigh80.push_back(std::max(0.0, f + q90 * scale));
        r.callsLow95.push_back(std::max(0.0, f + q025 * scale));
        r.callsHigh95.push_back(std::max(0.0, f + q975 * scale));
    }

    // AHT: handle-weighted profile over the interval of the day, from the last averageWeeks weeks
    const long n = static_cast<long>(y.size());
    const long from = std::max(0L, n - static_cast<long>(options.averageWeeks) * week);
    std::vector<double> handle(day, 0.0), answered(day, 0.0);
    double allHandle = 0, allAnswered = 0;
    for (long t = from; t < n; ++t) {
        const auto i = static_cast<std::size_t>((t % week) % day);
        if (t < static_cast<long>(s.handleSec.size()) && known(s.handleSec[t]) && known(s.answered[t])) {
            handle[i] += s.handleSec[t];
            answered[i] += s.answered[t];
            allHandle += s.handleSec[t];
            allAnswered += s.answered[t];
        }
    }
    const double overall = allAnswered > 0 ? allHandle / allAnswered : 0.0;
    std::vector<double> profile(day);
    for (int i = 0; i < day;
         ++i) // an interval with fewer than 30 answered calls borrows the rest from the overall AHT
        profile[i] =
            answered[i] >= 30 ? handle[i] / answered[i] : (handle[i] + (30.0 - answered[i]) * overall) / 30.0;
    // spread: how far one interval's AHT strays from the profile, as a ratio (intervals with >= 10 answered)
    std::vector<double> ratios;
    for (long t = from; t < n; ++t) {
        const auto i = static_cast<std::size_t>((t % week) % day);
        if (t < static_cast<long>(s.answered.size()) && known(s.answered[t]) && s.answered[t] >= 10 &&
            profile[i] > 0)
            ratios.push_back(s.handleSec[t] / s.answered[t] / profile[i]);
    }
    const double high = ratios.size() >= 20 ? std::max(1.0, quantile(ratios, 0.9)) : 1.0;
    for (int h = 0; h < horizon; ++h) {
        const double a = profile[static_cast<std::size_t>(((n + h) % week) % day)];
        r.ahtSec.push_back(a);
        r.ahtHigh80.push_back(a * high);
    }
    return r;
}

} // namespace staffplan
