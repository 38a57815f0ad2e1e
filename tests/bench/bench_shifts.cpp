// Shift planning speed (issue 7 asks: a week of 15-minute intervals, ~500 templates, within 1% of the optimum
// in under 10 s).
//   build/tests/bench/bench_shifts [RUNS]
// The week: a large center (weekday peaks of ~600 calls per 15 minutes, AHT 280 s, patience 170 s), staffed
// with Erlang A for 80% in 20 s and at most 5% abandonment: the requirement per interval.  The templates: paid
// lengths of 4 to 10 hours x a start window in every hour of the day (on the hour to :45, every 15 minutes)
// x three day groups (Monday-Friday, Saturday, Sunday) = 504 templates; 4-5 h shifts have a paid 15-minute
// break, 6-8 h add an unpaid 30-minute lunch, 9-10 h a second 15-minute break; nights and weekends cost more.

#include "core/shift_plan.hpp"
#include "core/staffing_plan.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace staffplan;

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 3;
    constexpr double kMonday = 1'788'825'600;
    std::vector<double> starts;
    std::vector<QueueInput> inputs;
    for (int i = 0; i < 7 * 96; ++i) {
        const double h = (i % 96) / 4.0;
        const double day = (i / 96) < 5 ? 1.0 : (i / 96 == 5 ? 0.55 : 0.4);
        QueueInput in;
        in.intervalSec = 900;
        in.calls = day * (8 + 600 * std::exp(-std::pow((h - 10.5) / 2.4, 2)) + 450 * std::exp(-std::pow((h - 15.5) / 3, 2)));
        in.ahtSec = 280;
        in.patienceSec = 170;
        starts.push_back(kMonday + i * 900.0);
        inputs.push_back(in);
    }
    StaffingTargets targets;
    targets.serviceLevel = 0.8;
    targets.maxAbandon = 0.05;
    const auto rows = staffPlan(inputs, targets);
    std::vector<double> required;
    double peak = 0;
    for (const auto& r : rows) {
        required.push_back(r.erlangA->requiredAgents);
        peak = std::max(peak, required.back());
    }

    ShiftSetup setup;
    for (auto& d : setup.openingHours)
        d = std::pair{0, 1440};
    const std::array<std::array<bool, 7>, 3> dayGroups = {{{true, true, true, true, true, false, false},
                                                           {false, false, false, false, false, true, false},
                                                           {false, false, false, false, false, false, true}}};
    for (int hours = 4; hours <= 10; ++hours)
        for (int hour = 0; hour < 24; ++hour)
            for (int g = 0; g < 3; ++g) {
                ShiftTemplate t;
                t.name = std::to_string(hours) + "h from " + std::to_string(hour) + ":00";
                t.startEarliestMin = hour * 60;
                t.startLatestMin = hour * 60 + 45;
                t.startStepMin = 15;
                t.paidMinutes = hours * 60;
                t.days = dayGroups[g];
                const bool night = hour >= 20 || hour < 5;
                t.costPerHour = 20 * (night ? 1.3 : 1.0) * (g > 0 ? 1.2 : 1.0);
                t.breaks.push_back({15, true, 90, 150});
                if (hours >= 6)
                    t.breaks.push_back({30, false, 180, 300});
                if (hours >= 9)
                    t.breaks.push_back({15, true, 390, 450});
                setup.templates.push_back(t);
            }
    std::printf("%zu intervals (peak requirement %.0f agents), %zu templates; time limit 10 s, gap 1%%\n",
                starts.size(), peak, setup.templates.size());
    for (int r = 0; r < runs; ++r) {
        ShiftSolveOptions o;
        o.timeLimitSec = 10;
        o.relativeGap = 0.01;
        const auto t0 = std::chrono::steady_clock::now();
        const auto result = solveShifts(starts, required, setup, o);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!result.plan)
            return 1;
        double shortfall = 0;
        for (double v : result.plan->shortfall)
            shortfall += v;
        std::printf("run %d: %.2f s, status %d, cost %.0f, gap %.3f%%, %d variables, %d constraints, shortfall %.1f "
                    "agent-intervals\n",
                    r + 1, s, static_cast<int>(result.plan->status), result.plan->cost,
                    result.plan->gap.value_or(-1) * 100, result.plan->variables, result.plan->constraints, shortfall);
    }
    return 0;
}
