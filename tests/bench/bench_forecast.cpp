// Forecasting speed: a year of 15-minute intervals for 20 queues, automatic selection (every method
// backtested over 4 weeks, then the winner fitted), from a year of history each.
//   build/tests/bench/bench_forecast --benchmark_min_time=0.1
// Figures in BENCHMARKS.md.

#include "core/forecast.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

using namespace staffplan;

namespace {

IntervalSeries queueHistory(int queue)
{
    IntervalSeries s;
    s.intervalMin = 15;
    std::mt19937 rng(queue + 1);
    const int perDay = 96, n = 364 * perDay;
    const double scale = 5 + 3 * queue; // queues from 5 to 62 calls at the peak
    for (int t = 0; t < n; ++t) {
        const double hour = (t % perDay) / 4.0;
        const int weekday = (t / perDay) % 7;
        const double mean = scale *
                            (0.05 + std::exp(-std::pow((hour - 10.5) / 2.2, 2)) +
                             0.8 * std::exp(-std::pow((hour - 15) / 2.8, 2))) *
                            (weekday < 5 ? 1.0 : 0.4) * (1 + 0.1 * std::sin(t * 2 * M_PI / n));
        const double calls = std::poisson_distribution<int>(mean)(rng);
        s.calls.push_back(calls);
        s.answered.push_back(calls);
        s.handleSec.push_back(calls * (240 + 60 * (hour < 7)));
    }
    return s;
}

void BM_YearOf15MinFor20Queues(benchmark::State& state)
{
    std::vector<IntervalSeries> queues;
    for (int q = 0; q < 20; ++q)
        queues.push_back(queueHistory(q));
    const int horizon = 365 * 96;
    double total = 0;
    for (auto _ : state) {
        total = 0;
        for (const auto& q : queues) {
            const auto r = forecast(q, horizon);
            total += r->calls[0];
        }
        benchmark::DoNotOptimize(total);
    }
    state.counters["queues"] = 20;
    state.counters["intervals_per_queue"] = horizon;
}
BENCHMARK(BM_YearOf15MinFor20Queues)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
