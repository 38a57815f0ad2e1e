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
#include <numeric>
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
    // from the day before: a night shift started the evening before covers the first morning
    const long long firstDay = static_cast<long long>(std::floor(horizonStart / kDay)) - 1;
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
    // shifts, and the caps per template and day
    std::vector<int> shiftCol(shifts.size());
    std::vector<double> shiftUpper;
    std::map<std::pair<int, long long>, std::vector<int>> perTemplateDay; ///< shifts by start (generated so)
    for (std::size_t j = 0; j < shifts.size(); ++j) {
        const Shift& s = shifts[j];
        const ShiftTemplate& tpl = setup.templates[s.templateIndex];
        // more agents on a shift than the largest target it covers never helps (unless a minimum forces
        // them): a finite bound, which the solver's heuristics need
        double useful = tpl.minAgentsPerDay;
        for (int i = std::max(0, intervalOf(s.start)); i < n && starts[i] < s.end; ++i)
            useful = std::max(useful, std::ceil(plan.target[i] - 1e-9));
        const double upper = tpl.maxAgentsPerDay ? std::min(useful, static_cast<double>(*tpl.maxAgentsPerDay)) : useful;
        shiftUpper.push_back(upper);
        shiftCol[j] = p.addColumn(s.cost, upper, true);
        addCover(shiftCol[j], s.start, s.end, 1);
        perTemplateDay[{s.templateIndex, s.day}].push_back(static_cast<int>(j));
    }
    for (const auto& [key, js] : perTemplateDay) {
        const ShiftTemplate& tpl = setup.templates[key.first];
        if (tpl.minAgentsPerDay <= 0 && !tpl.maxAgentsPerDay)
            continue;
        const int row = p.addRow(tpl.minAgentsPerDay, tpl.maxAgentsPerDay ? *tpl.maxAgentsPerDay : kInf);
        for (const int j : js)
            p.set(row, shiftCol[j], 1);
    }
    // breaks, placed implicitly (Bechtold & Jacobs, "Implicit modeling of flexible break assignments in
    // optimal shift scheduling", Management Science 36(11) 1990 1339-1351): per template, day and break, w_t =
    // agents of that template's shifts taking the break at time t, whatever their start.  Because the break
    // windows move with the start, the agents can be matched to break times exactly when
    //   sum_t w_t = sum_i x_i,
    //   sum of x_i' over shifts starting at or after s_i  <= sum of w_t at t >= s_i + earliest   (forward),
    //   sum of x_i' over shifts starting at or before s_i <= sum of w_t at t <= s_i + latest     (backward);
    // the k-th agent in order of start then takes the k-th break time.  Far fewer columns than one per shift
    // and placement (Aykin's explicit model), with the same optimum.
    struct BreakColumn
    {
        int group, breakIndex, col;
        double start;
    };
    std::vector<BreakColumn> breakCols;
    std::vector<const std::vector<int>*> groups;
    struct BreakSet
    {
        int group;
        double earliest, latest; ///< seconds after the shift's start
        std::vector<std::pair<double, int>> times; ///< (break start, column)
    };
    std::vector<BreakSet> breakSets;
    for (const auto& [key, js] : perTemplateDay) {
        const ShiftTemplate& tpl = setup.templates[key.first];
        const int group = static_cast<int>(groups.size());
        groups.push_back(&js);
        const double startStep = tpl.startStepMin * 60.0;
        const double step = std::gcd(static_cast<long long>(std::max(300.0, std::min(length, startStep))),
                                     static_cast<long long>(startStep));
        double upper = 0; // no more breaks than agents
        for (const int j : js)
            upper += shiftUpper[j];
        for (std::size_t b = 0; b < tpl.breaks.size(); ++b) {
            const BreakRule& br = tpl.breaks[b];
            const double earliest = br.earliestAfterStartMin * 60.0, latest = br.latestAfterStartMin * 60.0;
            const double first = shifts[js.front()].start + earliest, last = shifts[js.back()].start + latest;
            std::vector<std::pair<double, int>> times; // (break start, column)
            for (double at = first; at <= last + 1e-6; at += step) {
                const int col = p.addColumn(0, upper, true);
                addCover(col, at, at + br.minutes * 60.0, -1);
                times.emplace_back(at, col);
                breakCols.push_back({group, static_cast<int>(b), col, at});
            }
            breakSets.push_back({group, earliest, latest, times});
            const int total = p.addRow(0, 0);
            for (const int j : js)
                p.set(total, shiftCol[j], -1);
            for (const auto& [at, col] : times)
                p.set(total, col, 1);
            for (std::size_t i = 0; i < js.size(); ++i) {
                const double start = shifts[js[i]].start;
                if (i > 0) { // forward
                    const int row = p.addRow(-kInf, 0);
                    for (std::size_t k = i; k < js.size(); ++k)
                        p.set(row, shiftCol[js[k]], 1);
                    for (const auto& [at, col] : times)
                        if (at >= start + earliest - 1e-6)
                            p.set(row, col, -1);
                }
                if (i + 1 < js.size()) { // backward
                    const int row = p.addRow(-kInf, 0);
                    for (std::size_t k = 0; k <= i; ++k)
                        p.set(row, shiftCol[js[k]], 1);
                    for (const auto& [at, col] : times)
                        if (at <= start + latest + 1e-6)
                            p.set(row, col, -1);
                }
            }
        }
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

    bool stopped = false;
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count(); };
    // between the solver's own reports: tell the caller how far we are, and whether to stop
    std::optional<double> bestSoFar, boundSoFar;
    auto keepGoing = [&] {
        if (stopped)
            return false;
        if (options.progress && !options.progress({bestSoFar, boundSoFar, elapsed()}))
            stopped = true;
        return !stopped;
    };
    // one branch-and-cut run of CBC (its standard driver: presolve, cuts, heuristics), from `start` if given
    struct Outcome
    {
        std::vector<double> solution;
        double objective = kInf, bound = -kInf;
        bool optimal = false, infeasible = false;
    };
    auto runCbc = [&](const OsiClpSolverInterface& problem, double seconds, const Outcome* start) {
        Outcome out;
        CbcModel model(problem);
        CbcSolverUsefulData data;
        CbcMain0(model, data);
        ProgressHandler handler(&options, begin, &stopped);
        model.passInEventHandler(&handler);
        model.messageHandler()->setLogLevel(0);
        model.solver()->messageHandler()->setLogLevel(0);
        if (start && !start->solution.empty())
            model.setBestSolution(start->solution.data(), static_cast<int>(start->solution.size()), start->objective,
                                  true);
        const std::string secondsText = std::to_string(std::max(0.1, seconds));
        const std::string gapText = std::to_string(std::max(0.0, options.relativeGap));
        const char* argv[] = {"staffplan", "-log", "0", "-seconds", secondsText.c_str(), "-ratioGap",
                              gapText.c_str(), "-solve", "-quit"};
        CbcMain1(static_cast<int>(std::size(argv)), argv, model, [](CbcModel*, int) { return 0; }, data);
        if (const double* x = model.bestSolution()) {
            out.solution.assign(x, x + problem.getNumCols());
            out.objective = model.getObjValue();
        }
        out.bound = model.getBestPossibleObjValue();
        out.optimal = model.isProvenOptimal();
        out.infeasible = model.isProvenInfeasible();
        return out;
    };

    // the cover each column gives (interval, share; negative for breaks)
    std::vector<int> rowInterval(p.rowLower.size(), -1);
    for (int i = 0; i < n; ++i)
        if (coverRow[i] >= 0)
            rowInterval[coverRow[i]] = i;
    std::vector<std::vector<std::pair<int, double>>> colCover(p.objective.size());
    for (std::size_t k = 0; k < p.values.size(); ++k)
        if (rowInterval[p.rows[k]] >= 0)
            colCover[p.cols[k]].emplace_back(rowInterval[p.rows[k]], p.values[k]);
    // a whole plan from shift counts: breaks placed agent by agent, the shortfall as under-cover
    auto complete = [&](const std::vector<double>& xs, std::vector<double>& work) {
        Outcome out;
        out.solution.assign(p.objective.size(), 0.0);
        work.assign(n, 0.0);
        for (std::size_t j = 0; j < shifts.size(); ++j) {
            out.solution[shiftCol[j]] = xs[j];
            for (const auto& [i, a] : colCover[shiftCol[j]])
                work[i] += xs[j] * a;
        }
        // each agent's break where the cover has most to spare, then passes that move each break again knowing
        // where all the others fell, until none moves (three at most)
        struct Placement
        {
            const BreakSet* set;
            int shift, col;
        };
        std::vector<Placement> placed;
        auto bestColumn = [&](const BreakSet& set, int j) {
            int bestCol = -1;
            double bestSurplus = -kInf;
            for (const auto& [at, col] : set.times) {
                if (at < shifts[j].start + set.earliest - 1e-6 || at > shifts[j].start + set.latest + 1e-6)
                    continue;
                double surplus = kInf;
                for (const auto& [i, c] : colCover[col])
                    surplus = std::min(surplus, work[i] - plan.target[i]);
                if (surplus > bestSurplus) {
                    bestSurplus = surplus;
                    bestCol = col;
                }
            }
            return bestCol;
        };
        auto place = [&](int col, double sign) {
            out.solution[col] += sign;
            for (const auto& [i, c] : colCover[col])
                work[i] += sign * c;
        };
        for (const BreakSet& set : breakSets)
            for (const int j : *groups[set.group])
                for (int k = 0; k < static_cast<int>(xs[j]); ++k)
                    if (const int col = bestColumn(set, j); col >= 0) {
                        place(col, 1);
                        placed.push_back({&set, j, col});
                    }
        for (int pass = 0; pass < 3; ++pass) {
            bool moved = false;
            for (Placement& b : placed) {
                place(b.col, -1);
                const int col = bestColumn(*b.set, b.shift);
                moved = moved || col != b.col;
                b.col = col;
                place(b.col, 1);
            }
            if (!moved)
                break;
        }
        double objective = 0;
        for (int i = 0; i < n; ++i) {
            const double missing = coverRow[i] >= 0 ? std::max(0.0, plan.target[i] - work[i]) : 0.0;
            if (missing > 1e-9) {
                if (underCol[i] < 0)
                    return Outcome{}; // hard mode: not a plan
                out.solution[underCol[i]] = missing;
            }
        }
        for (std::size_t c = 0; c < out.solution.size(); ++c)
            objective += p.objective[c] * out.solution[c];
        out.objective = objective;
        return out;
    };
    auto roundedPlan = [&](const std::vector<double>& lpSolution) {
        std::vector<double> xs(shifts.size());
        for (std::size_t j = 0; j < shifts.size(); ++j)
            xs[j] = std::clamp(std::round(lpSolution[shiftCol[j]]), 0.0, shiftUpper[j]);
        // the caps per template and day
        for (const auto& [key, js] : perTemplateDay) {
            const ShiftTemplate& tpl = setup.templates[key.first];
            auto sum = [&] {
                double total = 0;
                for (const int j : js)
                    total += xs[j];
                return total;
            };
            while (tpl.maxAgentsPerDay && sum() > *tpl.maxAgentsPerDay) {
                const int j = *std::max_element(js.begin(), js.end(), [&](int a, int b) {
                    return xs[a] - lpSolution[shiftCol[a]] < xs[b] - lpSolution[shiftCol[b]];
                });
                xs[j] -= 1;
            }
            while (sum() < tpl.minAgentsPerDay) {
                const int j = *std::max_element(js.begin(), js.end(), [&](int a, int b) {
                    return lpSolution[shiftCol[a]] - xs[a] < lpSolution[shiftCol[b]] - xs[b];
                });
                xs[j] += 1;
            }
        }
        std::map<std::pair<int, long long>, double> dayTotal;
        for (std::size_t j = 0; j < shifts.size(); ++j)
            dayTotal[{shifts[j].templateIndex, shifts[j].day}] += xs[j];
        std::vector<double> work;
        auto shortfallOf = [&](const std::vector<double>& w) {
            double total = 0;
            for (int i = 0; i < n; ++i)
                if (coverRow[i] >= 0)
                    total += std::max(0.0, plan.target[i] - w[i]);
            return total;
        };
        Outcome current = complete(xs, work);
        for (int round = 0; round < 100000 && shortfallOf(work) > 1e-9; ++round) {
            if (round % 64 == 63 && !keepGoing())
                break;
            int pick = -1;
            double bestRatio = 0;
            for (std::size_t j = 0; j < shifts.size(); ++j) {
                const ShiftTemplate& tpl = setup.templates[shifts[j].templateIndex];
                if (xs[j] + 1 > shiftUpper[j] ||
                    (tpl.maxAgentsPerDay && dayTotal[{shifts[j].templateIndex, shifts[j].day}] + 1 > *tpl.maxAgentsPerDay))
                    continue;
                double gain = 0;
                for (const auto& [i, a] : colCover[shiftCol[j]])
                    gain += std::min(std::max(0.0, plan.target[i] - work[i]), a);
                const double ratio = gain / std::max(shifts[j].cost, 1e-9);
                if (gain > 1e-9 && ratio > bestRatio && (options.hard || shifts[j].cost < penalty * hours * gain)) {
                    bestRatio = ratio;
                    pick = static_cast<int>(j);
                }
            }
            if (pick < 0)
                break;
            xs[pick] += 1;
            dayTotal[{shifts[pick].templateIndex, shifts[pick].day}] += 1;
            current = complete(xs, work);
        }
        // drop agents the cover does not need, the dearest shifts first
        std::vector<int> order(shifts.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return shifts[a].cost > shifts[b].cost; });
        const double before = shortfallOf(work);
        for (const int j : order) {
            const ShiftTemplate& tpl = setup.templates[shifts[j].templateIndex];
            while (xs[j] > 0 && dayTotal[{shifts[j].templateIndex, shifts[j].day}] - 1 >= tpl.minAgentsPerDay) {
                xs[j] -= 1;
                std::vector<double> trial;
                Outcome candidate = complete(xs, trial);
                if (candidate.solution.empty() || shortfallOf(trial) > before + 1e-9 ||
                    candidate.objective > current.objective - 1e-9) {
                    xs[j] += 1;
                    break;
                }
                dayTotal[{shifts[j].templateIndex, shifts[j].day}] -= 1;
                current = std::move(candidate);
                work = std::move(trial);
            }
        }
        return current;
    };

    // 1. the LP relaxation: its optimum bounds every plan's cost from below
    solver.setHintParam(OsiDoDualInInitial, true, OsiHintTry);
    solver.initialSolve();
    // CBC's root work (presolve, the LP again, cuts) does not watch the clock: a run is started only with
    // about one LP's time to spare, so that the time limit holds
    const double lpSeconds = elapsed();
    auto budget = [&] { return options.timeLimitSec - elapsed() - lpSeconds; };
    if (!solver.isProvenOptimal()) {
        plan.status = solver.isProvenPrimalInfeasible() ? ShiftSolveStatus::Infeasible : ShiftSolveStatus::NoPlan;
        plan.seconds = elapsed();
        result.plan = std::move(plan);
        return result;
    }
    const double lpBound = solver.getObjValue();
    boundSoFar = lpBound;
    const std::vector<double> lp(solver.getColSolution(), solver.getColSolution() + solver.getNumCols());

    // 2. a first plan by rounding the LP's shift counts, placing every agent's breaks where the cover is
    // thickest, adding the shift that covers most shortfall per cost while any is left, then removing agents
    // whose absence leaves no shortfall (most expensive first)
    Outcome best = roundedPlan(lp);
    if (!best.solution.empty())
        bestSoFar = best.objective;
    // ... and again after an LP dive: shift counts the LP wants well above their floor are fixed up, one
    // batch a round, and the LP solved again from where it was, until few counts are fractional
    {
        OsiClpSolverInterface dive(solver);
        std::vector<double> current = lp;
        const bool goodEnough =
            !best.solution.empty() && best.objective - lpBound <= options.relativeGap * best.objective + 1e-9;
        for (int round = 0; round < 30 && !goodEnough && keepGoing() && elapsed() < options.timeLimitSec * 0.4;
             ++round) {
            int fixed = 0, fractional = 0;
            int most = -1;
            double mostFraction = 0;
            for (const int col : shiftCol) {
                const double v = current[col], fraction = v - std::floor(v + 1e-6);
                if (fraction < 1e-6 || fraction > 1 - 1e-6)
                    continue;
                ++fractional;
                if (fraction >= 0.6) {
                    dive.setColLower(col, std::ceil(v));
                    ++fixed;
                }
                if (fraction > mostFraction) {
                    mostFraction = fraction;
                    most = col;
                }
            }
            if (fractional == 0)
                break;
            if (fixed == 0)
                dive.setColLower(most, std::ceil(current[most]));
            dive.resolve();
            if (!dive.isProvenOptimal())
                break;
            current.assign(dive.getColSolution(), dive.getColSolution() + dive.getNumCols());
        }
        if (!stopped && !goodEnough) {
            Outcome dived = roundedPlan(current);
            if (!dived.solution.empty() && dived.objective < best.objective - 1e-9)
                best = std::move(dived);
        }
    }

    // 2. RENS (Berthold, "RENS: the optimal rounding", Math. Prog. Comp. 6 (2014) 33-54): the MILP with each
    // shift count held to the floor and ceiling of its LP value (zero where the LP uses none), far smaller,
    // and in small problems often the optimum itself
    OsiClpSolverInterface restricted(solver);
    for (const int col : shiftCol) {
        restricted.setColLower(col, std::floor(lp[col] + 1e-6));
        restricted.setColUpper(col, std::ceil(lp[col] - 1e-6));
    }
    if (!stopped && budget() > 0.5 &&
        (best.solution.empty() || (best.objective - lpBound) > options.relativeGap * best.objective + 1e-9)) {
        const Outcome rens = runCbc(restricted, budget() * 0.5, best.solution.empty() ? nullptr : &best);
        if (!rens.solution.empty() && rens.objective < best.objective - 1e-9)
            best = rens;

    }
    double bound = lpBound;
    auto gapOf = [&](double objective) { return objective > 0 ? std::max(0.0, (objective - bound) / objective) : 0.0; };
    bool proven = false;
    // 3. the full MILP from that plan, while the gap to the bound is above the one asked and time is left
    if (!stopped && (best.solution.empty() || gapOf(best.objective) > options.relativeGap + 1e-9) &&
        budget() > 0.5) {
        const Outcome full = runCbc(solver, budget(), best.solution.empty() ? nullptr : &best);
        if (!full.solution.empty() && full.objective < best.objective - 1e-9)
            best = full;
        if (std::isfinite(full.bound))
            bound = std::max(bound, std::min(full.bound, best.objective));
        proven = full.optimal && !full.solution.empty() && full.objective <= best.objective + 1e-9;
        if (full.infeasible && best.solution.empty()) {
            plan.status = ShiftSolveStatus::Infeasible;
            plan.seconds = elapsed();
            result.plan = std::move(plan);
            return result;
        }
    }
    plan.seconds = elapsed();
    if (best.solution.empty()) {
        plan.status = ShiftSolveStatus::NoPlan;
        result.plan = std::move(plan);
        return result;
    }
    const double* x = best.solution.data();
    plan.gap = proven ? 0.0 : gapOf(best.objective);
    if (*plan.gap <= options.relativeGap + 1e-9)
        plan.status = ShiftSolveStatus::Solved;
    else
        plan.status = stopped ? ShiftSolveStatus::Stopped : ShiftSolveStatus::TimeLimit;

    // the plan: agents per shift, and their breaks: per template, day and break, the k-th agent in order of
    // start takes the k-th earliest break time (feasible by the forward and backward rows)
    std::vector<std::vector<std::vector<double>>> breakStarts(shifts.size()); // [shift][break] per agent
    for (std::size_t j = 0; j < shifts.size(); ++j)
        breakStarts[j].resize(setup.templates[shifts[j].templateIndex].breaks.size());
    std::map<std::pair<int, int>, std::vector<double>> timesOf; // (group, break) -> break starts, one per agent
    for (const BreakColumn& b : breakCols)
        for (long k = std::lround(x[b.col]); k > 0; --k)
            timesOf[{b.group, b.breakIndex}].push_back(b.start);
    for (auto& [key, times] : timesOf) {
        std::sort(times.begin(), times.end());
        std::size_t next = 0;
        for (const int j : *groups[key.first])
            for (long k = std::lround(x[shiftCol[j]]); k > 0 && next < times.size(); --k)
                breakStarts[j][key.second].push_back(times[next++]);
    }
    plan.atWork.assign(n, 0.0);
    for (std::size_t j = 0; j < shifts.size(); ++j) {
        const int agents = static_cast<int>(std::lround(x[shiftCol[j]]));
        if (agents <= 0)
            continue;
        const Shift& s = shifts[j];
        plan.cost += agents * s.cost;
        plan.paidHours += agents * s.paidHours;
        plan.agents += agents;
        std::map<std::vector<double>, int> byBreaks;
        for (int k = 0; k < agents; ++k) {
            std::vector<double> mine;
            for (const auto& list : breakStarts[j])
                mine.push_back(k < static_cast<int>(list.size()) ? list[k] : s.start);
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
        if (plan.shortfall[i] > 0) {
            plan.shortAgentHours += plan.shortfall[i] * hours;
            ++plan.shortIntervals;
        }
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
