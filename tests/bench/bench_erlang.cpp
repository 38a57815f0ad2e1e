// Speed of the Erlang core (Google Benchmark).  Figures and the command are in BENCHMARKS.md.
//   build/tests/bench/bench_erlang --benchmark_min_time=0.5
// Year: 35,040 fifteen-minute intervals of a mid-size centre (weekday peak ~260 calls per 15 min, quiet
// nights, weaker weekends, seasonal swing), AHT 230-400 s over the day, patience 90-260 s; staffed with
// Erlang A against SL 80/20 (offered) + ASA <= 30 s + abandonment <= 5% + occupancy <= 90%.

#include "core/staffing.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

using namespace staffplan;

namespace {

struct Interval
{
    double calls, ahtSec, patienceSec;
};

// Deterministic noise (a 64-bit LCG), so every run staffs the same year.
double noise(std::uint64_t& state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) / 9007199254740992.0; // [0, 1)
}

std::vector<Interval> realisticYear()
{
    std::vector<Interval> year;
    year.reserve(365 * 96);
    std::uint64_t rng = 20261123;
    for (int day = 0; day < 365; ++day) {
        const int weekday = day % 7; // 0..4 working days, 5 Saturday, 6 Sunday
        const double weekFactor = weekday < 5 ? 1.0 - 0.04 * weekday : (weekday == 5 ? 0.45 : 0.3);
        const double season = 1.0 + 0.15 * std::cos(2 * std::numbers::pi * (day - 20) / 365.0);
        for (int slot = 0; slot < 96; ++slot) {
            const double hour = slot / 4.0;
            // two humps (late morning, early afternoon) over the 07:00-22:00 day, a trickle at night
            const double day1 = std::exp(-std::pow((hour - 10.5) / 2.2, 2));
            const double day2 = 0.8 * std::exp(-std::pow((hour - 15.0) / 2.8, 2));
            const double open = hour >= 7 && hour < 22 ? 1.0 : 0.0;
            const double mean = 3.0 + open * 260.0 * (day1 + day2) * weekFactor * season;
            const double calls = std::max(0.0, std::round(mean * (0.9 + 0.2 * noise(rng))));
            const double night = hour < 7 || hour >= 21 ? 1.0 : 0.0;
            const double aht =
                250 + 20 * std::sin(hour / 24 * 2 * std::numbers::pi) + 120 * night + 30 * noise(rng);
            const double patience = 150 + 60 * std::cos(hour / 24 * 2 * std::numbers::pi) + 50 * noise(rng);
            year.push_back({calls, aht, patience});
        }
    }
    return year;
}

StaffingTargets yearTargets()
{
    StaffingTargets t;
    t.serviceLevel = 0.8;
    t.maxAsaSec = 30;
    t.maxAbandon = 0.05;
    t.maxOccupancy = 0.9;
    t.shrinkage = 0.3;
    return t;
}

QueueInput at(const Interval& iv, double agents = 0)
{
    return QueueInput{iv.calls, 900, iv.ahtSec, iv.patienceSec, agents, 20};
}

void evaluate(benchmark::State& state, Model model)
{
    const double n = static_cast<double>(state.range(0));
    // load 95% of the agents, AHT 300 s, 30-minute interval
    const QueueInput in{0.95 * n * 1800 / 300, 1800, 300, 180, n, 20};
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluateQueue(model, in));
}
void BM_EvaluateErlangB(benchmark::State& s)
{
    evaluate(s, Model::ErlangB);
}
void BM_EvaluateErlangC(benchmark::State& s)
{
    evaluate(s, Model::ErlangC);
}
void BM_EvaluateErlangA(benchmark::State& s)
{
    evaluate(s, Model::ErlangA);
}
BENCHMARK(BM_EvaluateErlangB)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000);
BENCHMARK(BM_EvaluateErlangC)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000);
BENCHMARK(BM_EvaluateErlangA)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000);

void BM_StaffingSearchErlangA(benchmark::State& state)
{
    const double load = static_cast<double>(state.range(0));
    const QueueInput in{load * 1800 / 300, 1800, 300, 180, 0, 20};
    const StaffingTargets t = yearTargets();
    for (auto _ : state)
        benchmark::DoNotOptimize(requiredAgents(Model::ErlangA, in, t));
}
BENCHMARK(BM_StaffingSearchErlangA)->Arg(10)->Arg(100)->Arg(1000)->Arg(10000);

// The year as staffplan-cli staff --intervals does it: each interval starts from its neighbour's answer.
void BM_YearErlangA(benchmark::State& state)
{
    const auto year = realisticYear();
    const StaffingTargets t = yearTargets();
    long long agentIntervals = 0, evaluations = 0;
    for (auto _ : state) {
        agentIntervals = 0;
        evaluations = 0;
        std::optional<int> previous;
        double previousLoad = 0;
        for (const Interval& iv : year) {
            const QueueInput in = at(iv);
            const double load = offeredLoad(in);
            const auto r =
                requiredAgents(Model::ErlangA, in, t, nextStaffingHint(previous, previousLoad, load));
            previous = r->requiredAgents;
            previousLoad = load;
            agentIntervals += r->requiredAgents;
            evaluations += r->evaluations;
        }
        benchmark::DoNotOptimize(agentIntervals);
    }
    state.counters["intervals"] = static_cast<double>(year.size());
    state.counters["evaluations_per_interval"] = static_cast<double>(evaluations) / year.size();
    state.counters["agent_hours"] = agentIntervals / 4.0;
}
BENCHMARK(BM_YearErlangA)->Unit(benchmark::kMillisecond);

// Textbook baseline: linear search from 0 agents, and at every candidate the Erlang B term recomputed by the
// O(n) recursion 1/B(k) = 1 + (k / a) / B(k - 1) (what spreadsheet and most open implementations do).
double textbookInverseErlangB(int n, double a)
{
    double inv = 1.0;
    for (int k = 1; k <= n; ++k)
        inv = 1.0 + inv * k / a;
    return inv;
}

void BM_YearTextbookBaseline(benchmark::State& state)
{
    const auto year = realisticYear();
    const StaffingTargets t = yearTargets();
    long long agentIntervals = 0;
    double sink = 0;
    for (auto _ : state) {
        agentIntervals = 0;
        for (const Interval& iv : year) {
            int n = 0;
            if (iv.calls > 0) {
                for (;; ++n) {
                    const QueueInput in = at(iv, n);
                    sink += textbookInverseErlangB(n, offeredLoad(in));
                    const QueueMeasures m = *evaluateQueue(Model::ErlangA, in);
                    if (m.slOffered >= *t.serviceLevel && m.asaSec && *m.asaSec <= *t.maxAsaSec &&
                        m.pAbandon <= *t.maxAbandon && m.occupancy <= *t.maxOccupancy)
                        break;
                }
            }
            agentIntervals += n;
        }
        benchmark::DoNotOptimize(sink);
    }
    state.counters["intervals"] = static_cast<double>(year.size());
    state.counters["agent_hours"] = agentIntervals / 4.0;
}
BENCHMARK(BM_YearTextbookBaseline)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
