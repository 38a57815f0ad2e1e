#include "core/shift_plan.hpp"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <string>

namespace staffplan {
namespace {

constexpr double kDay = 86400;
constexpr double kInf = std::numeric_limits<double>::infinity();

/// Monday = 0 (1970-01-01, day 0, was a Thursday).
int weekdayOf(long long day)
{
    return static_cast<int>(((day + 3) % 7 + 7) % 7);
}

struct Shift
{
    int templateIndex;
    long long day;
    double start, end; ///< wall-clock seconds
    double cost, paidHours;
};

/// The columns and rows of the program, built as triplets.
struct Program
{
    std::vector<double> objective, colLower, colUpper, rowLower, rowUpper;
    std::vector<int> rows, cols;
    std::vector<double> values;
    std::vector<bool> integer;

    int addColumn(double cost, double upper, bool isInteger)
    {
        objective.push_back(cost);
        colLower.push_back(0);
        colUpper.push_back(upper);
        integer.push_back(isInteger);
        return static_cast<int>(objective.size()) - 1;
    }
    int addRow(double lower, double upper)
    {
        rowLower.push_back(lower);
        rowUpper.push_back(upper);
        return static_cast<int>(rowLower.size()) - 1;
    }
    void set(int row, int col, double value)
    {
        rows.push_back(row);
        cols.push_back(col);
        values.push_back(value);
    }
};

/// Reports progress and stops the search when the caller asks.
class ProgressHandler : public CbcEventHandler
{
  public:
    ProgressHandler(const ShiftSolveOptions* options, std::chrono::steady_clock::time_point begin, bool* stopped)
        : options_(options), begin_(begin), stopped_(stopped)
    {
    }
    CbcEventHandler* clone() const override { return new ProgressHandler(*this); }

    CbcAction event(CbcEvent which) override
    {
        if (!options_->progress || (which != node && which != solution && which != heuristicSolution &&
                                    which != treeStatus))
            return noAction;
        const auto now = std::chrono::steady_clock::now();
        if (now - lastReport_ < std::chrono::milliseconds(100) && which == node)
            return noAction;
        lastReport_ = now;
        ShiftSolveProgress p;
        p.seconds = std::chrono::duration<double>(now - begin_).count();
        if (model_ && model_->bestSolution())
            p.bestCost = model_->getObjValue();
        if (model_)
            p.bound = model_->getBestPossibleObjValue();
        if (!options_->progress(p)) {
            *stopped_ = true;
            return stop;
        }
        return noAction;
    }

  private:
    const ShiftSolveOptions* options_;
    std::chrono::steady_clock::time_point begin_;
    std::chrono::steady_clock::time_point lastReport_{};
    bool* stopped_;
};

double overlap(double a0, double a1, double b0, double b1)
{
    return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

} // namespace

ShiftSolveResult solveShifts(const std::vector<double>& starts, const std::vector<double>& required,
                             const ShiftSetup& setup, const ShiftSolveOptions& options)
{
    const auto begin = std::chrono::steady_clock::now();
    ShiftSolveResult result;
    const int n = static_cast<int>(std::min(starts.size(), required.size()));
    if (n == 0) {
        result.error = ShiftInputError{ShiftInputProblem::NoIntervals};
        return result;
    }
    if (!(options.shrinkage >= 0 && options.shrinkage < 1)) {
        result.error = ShiftInputError{ShiftInputProblem::BadShrinkage, -1, options.shrinkage};
        return result;
    }
    const double length = n > 1 ? starts[1] - starts[0] : 1800;
    if (length != 900 && length != 1800 && length != 3600) {
        result.error = ShiftInputError{ShiftInputProblem::IntervalLength, 1, length / 60};
        return result;
    }
    for (int i = 0; i < n; ++i) {
        if (i > 0 && std::abs(starts[i] - starts[i - 1] - length) > 1e-6) {
            result.error = ShiftInputError{ShiftInputProblem::IrregularIntervals, i, starts[i]};
            return result;
        }
        if (!std::isfinite(required[i]) || required[i] < 0) {
            result.error = ShiftInputError{ShiftInputProblem::BadRequirement, i, required[i]};
            return result;
        }
    }
    const double horizonStart = starts.front(), horizonEnd = starts.back() + length;
    const double hours = length / 3600;

    ShiftPlan plan;
    plan.open.resize(n);
    plan.target.resize(n);
    for (int i = 0; i < n; ++i) {
        const long long day = static_cast<long long>(std::floor(starts[i] / kDay));
        const int minute = static_cast<int>(std::lround((starts[i] - day * kDay) / 60));
        plan.open[i] = setup.isOpen(weekdayOf(day), minute);
        plan.target[i] = plan.open[i] ? required[i] / (1 - options.shrinkage) : 0.0;
    }

    // every shift that overlaps the period
    std::vector<Shift> shifts;
    const long long firstDay = static_cast<long long>(std::floor(horizonStart / kDay));
    const long long lastDay = static_cast<long long>(std::floor((horizonEnd - 1) / kDay));
    double maxShiftCost = 0;
    for (int t = 0; t < static_cast<int>(setup.templates.size()); ++t) {
        const ShiftTemplate& tpl = setup.templates[t];
        for (long long day = firstDay; day <= lastDay; ++day) {
            if (!tpl.days[static_cast<std::size_t>(weekdayOf(day))])
                continue;
            for (int m = tpl.startEarliestMin; m <= tpl.startLatestMin; m += tpl.startStepMin) {
                const double start = day * kDay + m * 60.0, end = start + tpl.lengthMinutes() * 60.0;
                if (end <= horizonStart || start >= horizonEnd)
                    continue;
                const double paidHours = tpl.paidMinutes / 60.0;
                shifts.push_back({t, day, start, end, paidHours * tpl.costPerHour, paidHours});
                maxShiftCost = std::max(maxShiftCost, paidHours * tpl.costPerHour);
            }
        }
    }
    if (shifts.empty()) {
        result.error = ShiftInputError{ShiftInputProblem::NoShifts};
        return result;
    }
    const double penalty =
        setup.underCoverPenaltyPerAgentHour.value_or(2 * std::max(maxShiftCost, 1.0) / hours);

    Program p;
    std::vector<int> coverRow(n, -1);
    for (int i = 0; i < n; ++i)
        if (plan.open[i] && plan.target[i] > 0)
            coverRow[i] = p.addRow(plan.target[i], kInf);
    auto intervalOf = [&](double t) { return static_cast<int>(std::floor((t - horizonStart) / length)); };
    auto addCover = [&](int col, double from, double to, double sign) {
        for (int i = std::max(0, intervalOf(from)); i < n && starts[i] < to; ++i) {
            if (coverRow[i] < 0)
                continue;
            const double share = overlap(from, to, starts[i], starts[i] + length) / length;
            if (share > 0)
                p.set(coverRow[i], col, sign * share);
        }
    };
    // shifts, their breaks, and the caps per template and day
    struct BreakColumn
    {
        int shift, breakIndex, col;
        double start;
    };
    std::vector<int> shiftCol(shifts.size());
    std::vector<BreakColumn> breakCols;
    std::map<std::pair<int, long long>, std::vector<int>> perTemplateDay;
    for (std::size_t j = 0; j < shifts.size(); ++j) {
        const Shift& s = shifts[j];
        const ShiftTemplate& tpl = setup.templates[s.templateIndex];
        const double upper = tpl.maxAgentsPerDay ? static_cast<double>(*tpl.maxAgentsPerDay) : kInf;
        const int col = p.addColumn(s.cost, upper, true);
        shiftCol[j] = col;
        addCover(col, s.start, s.end, 1);
        perTemplateDay[{s.templateIndex, s.day}].push_back(col);
        for (std::size_t b = 0; b < tpl.breaks.size(); ++b) {
            const BreakRule& br = tpl.breaks[b];
            const int row = p.addRow(0, 0); // sum_p y_jbp - x_j = 0
            p.set(row, col, -1);
            // placements every interval length (at least every 5 minutes) across the break's window
            const double step = std::max(300.0, std::min(length, static_cast<double>(tpl.startStepMin) * 60));
            for (double at = br.earliestAfterStartMin * 60.0; at <= br.latestAfterStartMin * 60.0 + 1e-6; at += step) {
                const int y = p.addColumn(0, upper, true);
                p.set(row, y, 1);
                addCover(y, s.start + at, s.start + at + br.minutes * 60.0, -1);
                breakCols.push_back({static_cast<int>(j), static_cast<int>(b), y, s.start + at});
            }
        }
    }
    for (const auto& [key, cols] : perTemplateDay) {
        const ShiftTemplate& tpl = setup.templates[key.first];
        if (tpl.minAgentsPerDay <= 0 && !tpl.maxAgentsPerDay)
            continue;
        const int row = p.addRow(tpl.minAgentsPerDay, tpl.maxAgentsPerDay ? *tpl.maxAgentsPerDay : kInf);
        for (const int col : cols)
            p.set(row, col, 1);
    }
    std::vector<int> underCol(n, -1);
    if (!options.hard)
        for (int i = 0; i < n; ++i)
            if (coverRow[i] >= 0) {
                underCol[i] = p.addColumn(penalty * hours, kInf, false);
                p.set(coverRow[i], underCol[i], 1);
            }

    // solve
    OsiClpSolverInterface solver;
    solver.messageHandler()->setLogLevel(0);
    const CoinPackedMatrix matrix(true, p.rows.data(), p.cols.data(), p.values.data(),
                                  static_cast<CoinBigIndex>(p.values.size()));
    CoinPackedMatrix sized(matrix);
    sized.setDimensions(static_cast<int>(p.rowLower.size()), static_cast<int>(p.objective.size()));
    solver.loadProblem(sized, p.colLower.data(), p.colUpper.data(), p.objective.data(), p.rowLower.data(),
                       p.rowUpper.data());
    for (std::size_t c = 0; c < p.integer.size(); ++c)
        if (p.integer[c])
            solver.setInteger(static_cast<int>(c));
    plan.variables = solver.getNumCols();
    plan.constraints = solver.getNumRows();

    CbcModel model(solver);
    CbcSolverUsefulData data;
    CbcMain0(model, data);
    bool stopped = false;
    ProgressHandler handler(&options, begin, &stopped);
    model.passInEventHandler(&handler);
    model.messageHandler()->setLogLevel(0);
    const std::string seconds = std::to_string(std::max(0.1, options.timeLimitSec));
    const std::string gap = std::to_string(std::max(0.0, options.relativeGap));
    const char* argv[] = {"staffplan", "-log", "0", "-seconds", seconds.c_str(), "-ratioGap", gap.c_str(),
                          "-solve", "-quit"};
    CbcMain1(static_cast<int>(std::size(argv)), argv, model, [](CbcModel*, int) { return 0; }, data);

    const double* x = model.bestSolution();
    plan.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    if (!x) {
        plan.status = model.isProvenInfeasible() ? ShiftSolveStatus::Infeasible : ShiftSolveStatus::NoPlan;
        result.plan = std::move(plan);
        return result;
    }
    const double best = model.getObjValue(), bound = model.getBestPossibleObjValue();
    plan.gap = best > 0 ? std::max(0.0, (best - bound) / best) : 0.0;
    if (model.isProvenOptimal() || *plan.gap <= options.relativeGap + 1e-9)
        plan.status = ShiftSolveStatus::Solved;
    else
        plan.status = stopped ? ShiftSolveStatus::Stopped : ShiftSolveStatus::TimeLimit;
    if (plan.status == ShiftSolveStatus::Solved && model.isProvenOptimal())
        plan.gap = 0.0;

    // the plan: agents per shift, and their breaks paired agent by agent (the k-th agent takes the k-th
    // earliest placement of every break)
    std::vector<std::vector<std::vector<double>>> breakStarts(shifts.size());
    for (std::size_t j = 0; j < shifts.size(); ++j)
        breakStarts[j].resize(setup.templates[shifts[j].templateIndex].breaks.size());
    for (const BreakColumn& b : breakCols)
        for (long k = std::lround(x[b.col]); k > 0; --k)
            breakStarts[b.shift][b.breakIndex].push_back(b.start);
    plan.atWork.assign(n, 0.0);
    for (std::size_t j = 0; j < shifts.size(); ++j) {
        const int agents = static_cast<int>(std::lround(x[shiftCol[j]]));
        if (agents <= 0)
            continue;
        const Shift& s = shifts[j];
        plan.cost += agents * s.cost;
        plan.paidHours += agents * s.paidHours;
        std::map<std::vector<double>, int> byBreaks;
        for (int k = 0; k < agents; ++k) {
            std::vector<double> mine;
            for (auto& list : breakStarts[j]) {
                std::sort(list.begin(), list.end());
                mine.push_back(k < static_cast<int>(list.size()) ? list[k] : s.start);
            }
            ++byBreaks[mine];
        }
        for (const auto& [breaks, count] : byBreaks)
            plan.groups.push_back({s.templateIndex, s.start, s.end, count, breaks});
        // agents at work: on shift, less those on a break
        for (int i = std::max(0, intervalOf(s.start)); i < n && starts[i] < s.end; ++i)
            plan.atWork[i] += agents * overlap(s.start, s.end, starts[i], starts[i] + length) / length;
        const ShiftTemplate& tpl = setup.templates[s.templateIndex];
        for (std::size_t b = 0; b < tpl.breaks.size(); ++b)
            for (const double at : breakStarts[j][b])
                for (int i = std::max(0, intervalOf(at)); i < n && starts[i] < at + tpl.breaks[b].minutes * 60.0; ++i)
                    plan.atWork[i] -= overlap(at, at + tpl.breaks[b].minutes * 60.0, starts[i], starts[i] + length) / length;
    }
    std::sort(plan.groups.begin(), plan.groups.end(), [](const ShiftGroup& a, const ShiftGroup& b) {
        return std::tie(a.startSec, a.templateIndex, a.breakStartsSec) < std::tie(b.startSec, b.templateIndex, b.breakStartsSec);
    });
    plan.onPhones.resize(n);
    plan.shortfall.resize(n);
    for (int i = 0; i < n; ++i) {
        plan.atWork[i] = std::max(0.0, plan.atWork[i]);
        if (std::abs(plan.atWork[i] - std::round(plan.atWork[i])) < 1e-9)
            plan.atWork[i] = std::round(plan.atWork[i]);
        plan.onPhones[i] = plan.atWork[i] * (1 - options.shrinkage);
        plan.shortfall[i] = plan.open[i] ? std::max(0.0, plan.target[i] - plan.atWork[i]) : 0.0;
        if (plan.shortfall[i] < 1e-9)
            plan.shortfall[i] = 0;
    }
    result.plan = std::move(plan);
    return result;
}

ServiceCheck checkService(Model model, std::vector<QueueInput> inputs, const std::vector<double>& starts,
                          const std::vector<double>& agentsOnPhones)
{
    ServiceCheck check;
    struct Sums
    {
        double calls = 0, sl = 0, abandon = 0, answered = 0, asa = 0;
        ServiceTotals totals() const
        {
            ServiceTotals t;
            t.calls = calls;
            if (calls > 0) {
                t.serviceLevel = sl / calls;
                t.abandonRate = abandon / calls;
            }
            if (answered > 0)
                t.asaSec = asa / answered;
            return t;
        }
    };
    Sums all;
    std::map<long long, Sums> days;
    for (std::size_t i = 0; i < inputs.size() && i < agentsOnPhones.size(); ++i) {
        inputs[i].agents = agentsOnPhones[i];
        const auto m = evaluateQueue(model, inputs[i]);
        if (!m) {
            check.intervals.emplace_back();
            continue;
        }
        check.intervals.emplace_back(*m);
        const double calls = inputs[i].calls;
        const double answered = calls * (1 - m->pAbandon);
        Sums& day = days[static_cast<long long>(std::floor(starts.at(i) / kDay))];
        for (Sums* s : {&all, &day}) {
            s->calls += calls;
            s->sl += calls * m->slOffered;
            s->abandon += calls * m->pAbandon;
            if (m->asaSec) {
                s->answered += answered;
                s->asa += answered * *m->asaSec;
            }
        }
    }
    for (const auto& [day, sums] : days)
        check.days.emplace_back(day * kDay, sums.totals());
    check.total = all.totals();
    return check;
}

} // namespace staffplan
