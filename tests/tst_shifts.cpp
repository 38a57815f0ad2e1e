// Shift planning: templates files read and checked; small instances solved by CBC against the optimum found by
// brute force over every combination of (shift, break placement) counts; caps that make a full cover
// impossible (soft: where and by how much; hard: infeasible); opening hours; the service check.

#include "core/shift_plan.hpp"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace staffplan;

namespace {

constexpr double kMonday = 1'788'825'600; // 2026-09-07, a Monday, 00:00

/// Hourly intervals of a Monday from `fromHour`.
std::vector<double> hoursFrom(int fromHour, int count)
{
    std::vector<double> starts;
    for (int i = 0; i < count; ++i)
        starts.push_back(kMonday + (fromHour + i) * 3600.0);
    return starts;
}

/// One way an agent can work: a shift and where its breaks fall, with the share of each interval spent at
/// work.
struct Pattern
{
    double cost;
    std::vector<double> atWork;
    int templateIndex;
};

/// Every pattern the templates allow over `starts` (hourly intervals; starts, lengths and breaks whole hours).
std::vector<Pattern> patterns(const ShiftSetup& setup, const std::vector<double>& starts)
{
    std::vector<Pattern> out;
    const int n = static_cast<int>(starts.size());
    for (int t = 0; t < static_cast<int>(setup.templates.size()); ++t) {
        const ShiftTemplate& tpl = setup.templates[t];
        for (int m = tpl.startEarliestMin; m <= tpl.startLatestMin; m += tpl.startStepMin) {
            const double start = kMonday + m * 60.0, end = start + tpl.lengthMinutes() * 60.0;
            // break placements: the cartesian product of each break's hourly positions
            std::vector<std::vector<double>> placements{{}};
            for (const BreakRule& b : tpl.breaks) {
                std::vector<std::vector<double>> next;
                for (const auto& partial : placements)
                    for (int at = b.earliestAfterStartMin; at <= b.latestAfterStartMin; at += 60) {
                        auto more = partial;
                        more.push_back(start + at * 60.0);
                        next.push_back(more);
                    }
                placements = next;
            }
            for (const auto& breaks : placements) {
                Pattern p{tpl.paidMinutes / 60.0 * tpl.costPerHour, std::vector<double>(n, 0.0), t};
                for (int i = 0; i < n; ++i) {
                    const double a = starts[i], b = a + 3600;
                    double work = std::max(0.0, std::min(b, end) - std::max(a, start));
                    for (std::size_t k = 0; k < breaks.size(); ++k)
                        work -= std::max(0.0, std::min(b, breaks[k] + tpl.breaks[k].minutes * 60.0) - std::max(a, breaks[k]));
                    p.atWork[i] = work / 3600;
                }
                out.push_back(p);
            }
        }
    }
    return out;
}

/// The cheapest cover by exhaustive search over the counts of every pattern (0..maxEach), with the caps per
/// template; uncovered agent-hours cost `penalty` each (infinite: a full cover is required).
double bruteForce(const ShiftSetup& setup, const std::vector<double>& starts, const std::vector<double>& required,
                  int maxEach, double penalty, std::vector<double>* bestShortfall = nullptr)
{
    const auto ps = patterns(setup, starts);
    std::vector<int> counts(ps.size(), 0);
    double best = std::numeric_limits<double>::infinity();
    std::function<void(std::size_t)> visit = [&](std::size_t k) {
        if (k == ps.size()) {
            std::vector<int> perTemplate(setup.templates.size(), 0);
            double cost = 0;
            std::vector<double> work(starts.size(), 0.0);
            for (std::size_t p = 0; p < ps.size(); ++p) {
                perTemplate[ps[p].templateIndex] += counts[p];
                cost += counts[p] * ps[p].cost;
                for (std::size_t i = 0; i < starts.size(); ++i)
                    work[i] += counts[p] * ps[p].atWork[i];
            }
            for (std::size_t t = 0; t < setup.templates.size(); ++t) {
                const auto& tpl = setup.templates[t];
                if (perTemplate[t] < tpl.minAgentsPerDay || (tpl.maxAgentsPerDay && perTemplate[t] > *tpl.maxAgentsPerDay))
                    return;
            }
            std::vector<double> shortfall(starts.size(), 0.0);
            for (std::size_t i = 0; i < starts.size(); ++i) {
                shortfall[i] = std::max(0.0, required[i] - work[i]);
                if (shortfall[i] > 1e-9) {
                    if (!std::isfinite(penalty))
                        return;
                    cost += penalty * shortfall[i];
                }
            }
            if (cost < best - 1e-9) {
                best = cost;
                if (bestShortfall)
                    *bestShortfall = shortfall;
            }
            return;
        }
        for (counts[k] = 0; counts[k] <= maxEach; ++counts[k])
            visit(k + 1);
        counts[k] = 0;
    };
    visit(0);
    return best;
}

ShiftSetup setupOf(const char* json)
{
    const auto r = readShiftSetup(json);
    if (!r.setup)
        qFatal("test templates do not read: %s", r.errors.empty() ? "?" : r.errors.front().path.c_str());
    return *r.setup;
}

/// Agents at work per interval as the plan's groups say (independent of the plan's own atWork).
std::vector<double> atWorkOf(const ShiftPlan& plan, const ShiftSetup& setup, const std::vector<double>& starts)
{
    std::vector<double> work(starts.size(), 0.0);
    for (const ShiftGroup& g : plan.groups)
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const double a = starts[i], b = a + 3600;
            double w = std::max(0.0, std::min(b, g.endSec) - std::max(a, g.startSec));
            const auto& tpl = setup.templates[g.templateIndex];
            for (std::size_t k = 0; k < g.breakStartsSec.size(); ++k)
                w -= std::max(0.0, std::min(b, g.breakStartsSec[k] + tpl.breaks[k].minutes * 60.0) - std::max(a, g.breakStartsSec[k]));
            work[i] += g.agents * w / 3600;
        }
    return work;
}

/// A full cover required, solved to proven optimality.
ShiftSolveOptions exactHard()
{
    ShiftSolveOptions o;
    o.relativeGap = 0;
    o.hard = true;
    return o;
}

} // namespace

class TestShifts : public QObject
{
    Q_OBJECT
  private slots:
    void readsTemplates();
    void reportsEveryProblem_data();
    void reportsEveryProblem();
    void optimumWithoutBreaks();
    void optimumWithBreaks();
    void nightPremiumShiftsTheChoice();
    void capsLeaveGaps();
    void openingHours();
    void refusesBadInput();
    void serviceOfThePlan();
};

void TestShifts::readsTemplates()
{
    const auto r = readShiftSetup(R"({
      "opening_hours": {"mon": ["07:00", "22:00"], "sun": null},
      "under_cover_penalty_per_agent_hour": 500,
      "templates": [
        {"name": "Day 8h", "start_earliest": "07:00", "start_latest": "10:00", "start_step_min": 30,
         "paid_hours": 8, "days": ["mon", "tue", "wed", "thu", "fri"], "min_agents": 2, "max_agents": 40,
         "cost_per_hour": 21.5,
         "breaks": [{"minutes": 30, "paid": false, "earliest_after_start_min": 180, "latest_after_start_min": 300},
                    {"minutes": 15, "earliest_after_start_min": 90, "latest_after_start_min": 150}]},
        {"start_earliest": "18:00", "start_latest": "18:00", "paid_hours": 6}
      ]})");
    QVERIFY(r.errors.empty());
    const ShiftSetup& s = *r.setup;
    QCOMPARE(s.templates.size(), std::size_t(2));
    const ShiftTemplate& day = s.templates[0];
    QCOMPARE(day.name, std::string("Day 8h"));
    QCOMPARE(day.startEarliestMin, 420);
    QCOMPARE(day.startLatestMin, 600);
    QCOMPARE(day.paidMinutes, 480);
    QCOMPARE(day.lengthMinutes(), 510); // the unpaid lunch lengthens the shift; the paid break does not
    QCOMPARE(day.minAgentsPerDay, 2);
    QCOMPARE(*day.maxAgentsPerDay, 40);
    QCOMPARE(day.costPerHour, 21.5);
    QVERIFY(day.days[4] && !day.days[5] && !day.days[6]);
    QCOMPARE(day.breaks.size(), std::size_t(2));
    QVERIFY(!day.breaks[0].paid && day.breaks[1].paid);
    const ShiftTemplate& evening = s.templates[1];
    QCOMPARE(evening.startStepMin, 30); // defaults
    QCOMPARE(evening.costPerHour, 1.0);
    QVERIFY(!evening.maxAgentsPerDay);
    QVERIFY(s.isOpen(0, 7 * 60) && !s.isOpen(0, 22 * 60) && !s.isOpen(0, 6 * 60 + 59));
    QVERIFY(s.isOpen(1, 0));    // not named: open all day
    QVERIFY(!s.isOpen(6, 600)); // Sunday: null = closed
    QCOMPARE(*s.underCoverPenaltyPerAgentHour, 500.0);
}

void TestShifts::reportsEveryProblem_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::newRow("not json") << "{\n \"templates\": [\n  {,}\n]}" << int(TemplateProblem::NotJson) << "" << 3;
    QTest::newRow("no templates key") << "{}" << int(TemplateProblem::Missing) << "templates" << 0;
    QTest::newRow("empty") << R"({"templates": []})" << int(TemplateProblem::NoTemplates) << "templates" << 0;
    QTest::newRow("missing paid") << R"({"templates": [{"start_earliest": "08:00", "start_latest": "09:00"}]})"
                                  << int(TemplateProblem::Missing) << "templates[0].paid_hours" << 0;
    QTest::newRow("bad time") << R"({"templates": [{"start_earliest": "8:00", "start_latest": "09:00", "paid_hours": 8}]})"
                              << int(TemplateProblem::BadTime) << "templates[0].start_earliest" << 0;
    QTest::newRow("paid too long") << R"({"templates": [{"start_earliest": "08:00", "start_latest": "09:00", "paid_hours": 30}]})"
                                   << int(TemplateProblem::OutOfRange) << "templates[0].paid_hours" << 0;
    QTest::newRow("string number") << R"({"templates": [{"start_earliest": "08:00", "start_latest": "09:00", "paid_hours": "8"}]})"
                                   << int(TemplateProblem::WrongType) << "templates[0].paid_hours" << 0;
    QTest::newRow("reversed window") << R"({"templates": [{"start_earliest": "10:00", "start_latest": "09:00", "paid_hours": 8}]})"
                                     << int(TemplateProblem::StartWindow) << "templates[0].start_latest" << 0;
    QTest::newRow("bad day") << R"({"templates": [{"start_earliest": "08:00", "start_latest": "09:00", "paid_hours": 8, "days": ["monday"]}]})"
                             << int(TemplateProblem::BadDay) << "templates[0].days[0]" << 0;
    QTest::newRow("break past the end")
        << R"({"templates": [{"start_earliest": "08:00", "start_latest": "09:00", "paid_hours": 4, "breaks": [{"minutes": 30, "earliest_after_start_min": 200, "latest_after_start_min": 230}]}]})"
        << int(TemplateProblem::BreakWindow) << "templates[0].breaks[0].latest_after_start_min" << 0;
    QTest::newRow("min above max") << R"({"templates": [{"start_earliest": "08:00", "start_latest": "09:00", "paid_hours": 8, "min_agents": 5, "max_agents": 2}]})"
                                   << int(TemplateProblem::MinAboveMax) << "templates[0].max_agents" << 0;
    QTest::newRow("opening reversed") << R"({"opening_hours": ["22:00", "07:00"], "templates": [{"start_earliest": "08:00", "start_latest": "09:00", "paid_hours": 8}]})"
                                      << int(TemplateProblem::OpeningWindow) << "opening_hours" << 0;
}

void TestShifts::reportsEveryProblem()
{
    QFETCH(QString, json);
    QFETCH(int, problem);
    QFETCH(QString, path);
    QFETCH(int, line);
    const auto r = readShiftSetup(json.toStdString());
    QVERIFY(!r.setup);
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(int(r.errors[0].problem), problem);
    QCOMPARE(QString::fromStdString(r.errors[0].path), path);
    QCOMPARE(r.errors[0].line, line);
}

void TestShifts::optimumWithoutBreaks()
{
    // 08:00-16:00, 4-hour shifts starting on the hour from 08:00 to 12:00 at 10 an hour
    const ShiftSetup setup = setupOf(R"({"templates": [
        {"start_earliest": "08:00", "start_latest": "12:00", "start_step_min": 60, "paid_hours": 4, "cost_per_hour": 10}]})");
    const auto starts = hoursFrom(8, 8);
    const std::vector<double> required = {1, 2, 3, 3, 2, 2, 1, 1};
    const double optimum = bruteForce(setup, starts, required, 3, std::numeric_limits<double>::infinity());
    const auto r = solveShifts(starts, required, setup, exactHard());
    QVERIFY(r.plan);
    QCOMPARE(r.plan->status, ShiftSolveStatus::Solved);
    QCOMPARE(r.plan->cost, optimum);
    QCOMPARE(*r.plan->gap, 0.0);
    const auto work = atWorkOf(*r.plan, setup, starts);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        QVERIFY(work[i] >= required[i]);
        QCOMPARE(r.plan->atWork[i], work[i]);
        QCOMPARE(r.plan->shortfall[i], 0.0);
    }
}

void TestShifts::optimumWithBreaks()
{
    // 08:00-18:00; 6-hour paid shifts with an unpaid 1-hour lunch 2 to 4 hours in (so 7 hours long), starting
    // 08:00-10:00; and 4-hour shifts without breaks, dearer per hour
    const ShiftSetup setup = setupOf(R"({"templates": [
        {"start_earliest": "08:00", "start_latest": "10:00", "start_step_min": 60, "paid_hours": 6, "cost_per_hour": 10,
         "breaks": [{"minutes": 60, "paid": false, "earliest_after_start_min": 120, "latest_after_start_min": 240}]},
        {"start_earliest": "08:00", "start_latest": "14:00", "start_step_min": 180, "paid_hours": 4, "cost_per_hour": 13}]})");
    const auto starts = hoursFrom(8, 10);
    const std::vector<double> required = {2, 2, 3, 3, 3, 2, 2, 2, 1, 1};
    const double optimum = bruteForce(setup, starts, required, 2, std::numeric_limits<double>::infinity());
    QVERIFY(std::isfinite(optimum));
    const auto r = solveShifts(starts, required, setup, exactHard());
    QCOMPARE(r.plan->status, ShiftSolveStatus::Solved);
    QCOMPARE(r.plan->cost, optimum);
    const auto work = atWorkOf(*r.plan, setup, starts);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        QVERIFY2(work[i] >= required[i] - 1e-9, qPrintable(QString("interval %1").arg(i)));
        QCOMPARE(r.plan->atWork[i], work[i]);
    }
    // every lunch lies in its window
    for (const ShiftGroup& g : r.plan->groups)
        if (g.templateIndex == 0) {
            QCOMPARE(g.breakStartsSec.size(), std::size_t(1));
            QVERIFY(g.breakStartsSec[0] - g.startSec >= 120 * 60 && g.breakStartsSec[0] - g.startSec <= 240 * 60);
            QCOMPARE(g.endSec - g.startSec, 7 * 3600.0);
        }
}

void TestShifts::nightPremiumShiftsTheChoice()
{
    // the same cover from two templates; the one with the premium is used only where the other cannot reach
    const ShiftSetup setup = setupOf(R"({"templates": [
        {"name": "day", "start_earliest": "08:00", "start_latest": "12:00", "start_step_min": 60, "paid_hours": 4, "cost_per_hour": 10},
        {"name": "late", "start_earliest": "08:00", "start_latest": "14:00", "start_step_min": 60, "paid_hours": 4, "cost_per_hour": 15}]})");
    const auto starts = hoursFrom(8, 10);
    const std::vector<double> required = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2};
    const double optimum = bruteForce(setup, starts, required, 2, std::numeric_limits<double>::infinity());
    const auto r = solveShifts(starts, required, setup, exactHard());
    QCOMPARE(r.plan->cost, optimum);
    // 40 paid hours at most 10 an hour would be 400; covering 16:00-18:00 needs shifts starting after 12:00
    int late = 0;
    for (const ShiftGroup& g : r.plan->groups)
        if (g.templateIndex == 1)
            late += g.agents;
    QVERIFY(late >= 1);
}

void TestShifts::capsLeaveGaps()
{
    // at most 2 agents on the only template, 3 needed from 10:00 to 12:00: the best plan (08:00 and 10:00
    // starts) is one agent short at 10:00 and 11:00, and nowhere else
    const ShiftSetup setup = setupOf(R"({"under_cover_penalty_per_agent_hour": 1000, "templates": [
        {"start_earliest": "08:00", "start_latest": "12:00", "start_step_min": 60, "paid_hours": 4, "cost_per_hour": 10, "max_agents": 2}]})");
    const auto starts = hoursFrom(8, 8);
    const std::vector<double> required = {1, 1, 3, 3, 1, 1, 0, 0};
    std::vector<double> expectedShortfall;
    const double optimum = bruteForce(setup, starts, required, 2, 1000, &expectedShortfall);
    ShiftSolveOptions exact;
    exact.relativeGap = 0;
    const auto soft = solveShifts(starts, required, setup, exact);
    QCOMPARE(soft.plan->status, ShiftSolveStatus::Solved);
    double penalty = 0;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        QCOMPARE(soft.plan->shortfall[i], expectedShortfall[i]);
        penalty += 1000 * soft.plan->shortfall[i];
    }
    QCOMPARE(soft.plan->cost + penalty, optimum);
    const std::vector<double> gaps = {0, 0, 1, 1, 0, 0, 0, 0};
    for (std::size_t i = 0; i < starts.size(); ++i)
        QCOMPARE(soft.plan->shortfall[i], gaps[i]);
    QCOMPARE(soft.plan->shortIntervals, 2);
    QCOMPARE(soft.plan->shortAgentHours, 2.0);
    QCOMPARE(soft.plan->agents, 2);
    // hard: no plan
    const auto hard = solveShifts(starts, required, setup, exactHard());
    QCOMPARE(hard.plan->status, ShiftSolveStatus::Infeasible);
    QVERIFY(hard.plan->groups.empty());
}

void TestShifts::openingHours()
{
    // open 10:00-14:00: a requirement outside is not covered
    const ShiftSetup setup = setupOf(R"({"opening_hours": ["10:00", "14:00"], "templates": [
        {"start_earliest": "08:00", "start_latest": "12:00", "start_step_min": 60, "paid_hours": 4, "cost_per_hour": 10}]})");
    const auto starts = hoursFrom(8, 8);
    const std::vector<double> required(8, 2);
    const auto r = solveShifts(starts, required, setup, exactHard());
    QCOMPARE(r.plan->status, ShiftSolveStatus::Solved);
    QCOMPARE(r.plan->cost, 80.0); // two agents 10:00-14:00
    QVERIFY(!r.plan->open[0] && r.plan->open[2] && !r.plan->open[6]);
    QCOMPARE(r.plan->target[0], 0.0);
}

void TestShifts::refusesBadInput()
{
    const ShiftSetup setup = setupOf(R"({"templates": [{"start_earliest": "08:00", "start_latest": "12:00", "paid_hours": 4}]})");
    QCOMPARE(solveShifts({}, {}, setup).error->problem, ShiftInputProblem::NoIntervals);
    auto starts = hoursFrom(8, 4);
    starts[2] += 60;
    QCOMPARE(solveShifts(starts, {1, 1, 1, 1}, setup).error->problem, ShiftInputProblem::IrregularIntervals);
    QCOMPARE(solveShifts(starts, {1, 1, 1, 1}, setup).error->index, 2);
    QCOMPARE(solveShifts({0, 600}, {1, 1}, setup).error->problem, ShiftInputProblem::IntervalLength);
    QCOMPARE(solveShifts(hoursFrom(8, 2), {1, -1}, setup).error->problem, ShiftInputProblem::BadRequirement);
    QCOMPARE(solveShifts(hoursFrom(8, 2), {1, NAN}, setup).error->index, 1);
    ShiftSolveOptions o;
    o.shrinkage = 1;
    QCOMPARE(solveShifts(hoursFrom(8, 2), {1, 1}, setup, o).error->problem, ShiftInputProblem::BadShrinkage);
    const ShiftSetup sundays = setupOf(R"({"templates": [{"start_earliest": "08:00", "start_latest": "12:00", "paid_hours": 4, "days": ["sun"]}]})");
    QCOMPARE(solveShifts(hoursFrom(8, 2), {1, 1}, sundays).error->problem, ShiftInputProblem::NoShifts);
}

void TestShifts::serviceOfThePlan()
{
    std::vector<QueueInput> inputs(3);
    for (auto& in : inputs) {
        in.intervalSec = 1800;
        in.ahtSec = 240;
        in.patienceSec = 150;
    }
    inputs[0].calls = 40;
    inputs[1].calls = 100;
    inputs[2].calls = 60;
    const std::vector<double> starts = {kMonday, kMonday + 1800, kMonday + 86400};
    const std::vector<double> agents = {6, 14.5, 9};
    const auto check = checkService(Model::ErlangA, inputs, starts, agents);
    QCOMPARE(check.intervals.size(), std::size_t(3));
    double sl = 0;
    for (int i = 0; i < 3; ++i) {
        QueueInput in = inputs[i];
        in.agents = agents[i];
        const auto m = evaluateQueue(Model::ErlangA, in);
        QCOMPARE(check.intervals[i]->slOffered, m->slOffered);
        sl += in.calls * m->slOffered;
    }
    QVERIFY(std::abs(*check.total.serviceLevel - sl / 200) < 1e-12);
    QCOMPARE(check.days.size(), std::size_t(2)); // Monday and Tuesday
    QCOMPARE(check.days[0].second.calls, 140.0);
    QCOMPARE(check.days[1].first, kMonday + 86400);
}

QTEST_GUILESS_MAIN(TestShifts)
#include "tst_shifts.moc"
