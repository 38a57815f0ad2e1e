#pragma once
// Shift planning: how many agents to start on each shift (and when each takes its breaks) so that every open
// interval has its requirement on the phones, at the lowest cost, as a mixed-integer program solved by
// COIN-OR CBC; then the service the plan buys, interval by interval, through Erlang A or C.
//
// The model (Dantzig 1954's set covering for shift scheduling, with the breaks placed implicitly as in
// Bechtold & Jacobs 1990, "Implicit modeling of flexible break assignments in optimal shift scheduling",
// Management Science 36(11) 1339-1351):
//   x_j      agents on shift j (a template started at one of its start times on one day), integer
//   w_tdbp   agents of template t's shifts on day d taking break b at time p, integer
//   u_i      agents missing in interval i (soft mode), continuous
//   minimise sum_j cost_j x_j + penalty * hours(i) * sum_i u_i
//   subject to, for every open interval i:
//            sum_j a_ij x_j - sum c_i,p w_tdbp + u_i >= required_i / (1 - shrinkage)
//   a_ij, c_i,p: the share of interval i the shift (the break) overlaps;
//   per template, day and break: as many breaks as agents, and the forward and backward rows that let every
//   agent take the break inside their own window (see shift_plan.cpp);
//   per template and day: min_agents <= sum of its x_j that day <= max_agents.
// The default penalty of an uncovered agent-hour makes one uncovered interval dearer than any whole shift,
// so the plan covers every interval a shift can cover, and reports where the caps leave gaps.

#include "core/erlang.hpp"
#include "core/shift_templates.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace staffplan {

struct ShiftSolveProgress
{
    std::optional<double> bestCost; ///< objective of the best plan found so far
    std::optional<double> bound;    ///< no plan costs less than this
    double seconds = 0;
};

struct ShiftSolveOptions
{
    double timeLimitSec = 30;
    double relativeGap = 0.005; ///< stop once the best plan is proven within this of the optimum
    bool hard = false;          ///< no under-cover allowed: infeasible when the caps forbid a full cover
    double shrinkage = 0;       ///< share of time at work lost to what breaks do not model (absence, training)
    /// Called now and then from the solver's thread; returning false stops with the best plan so far.
    std::function<bool(const ShiftSolveProgress&)> progress;
};

enum class ShiftSolveStatus {
    Solved,     ///< within the asked gap of the optimum
    TimeLimit,  ///< the time limit came first: the best plan found, with its gap
    Stopped,    ///< stopped by the caller: the best plan found, with its gap
    Infeasible, ///< (hard mode) the templates and caps cannot cover every interval
    NoPlan,     ///< stopped or out of time before any plan was found
};

/// Agents on one shift who also take their breaks at the same times.
struct ShiftGroup
{
    int templateIndex = 0;
    double startSec = 0, endSec = 0; ///< wall clock
    int agents = 0;
    std::vector<double> breakStartsSec; ///< in the template's break order
};

struct ShiftPlan
{
    ShiftSolveStatus status = ShiftSolveStatus::NoPlan;
    double cost = 0;                ///< paid hours x cost per hour, over all shifts
    double paidHours = 0;
    int agents = 0;                 ///< agents starting a shift, over all groups
    double shortAgentHours = 0;     ///< the shortfall over all intervals, in agent-hours
    int shortIntervals = 0;         ///< intervals with a shortfall
    std::optional<double> gap;      ///< (best - bound) / best; 0 when proven optimal
    std::vector<ShiftGroup> groups; ///< sorted by start, then template
    // per interval of the requirement
    std::vector<bool> open;
    std::vector<double> target;    ///< required / (1 - shrinkage): agents at work needed
    std::vector<double> atWork;    ///< on shift and not on a break
    std::vector<double> onPhones;  ///< atWork x (1 - shrinkage)
    std::vector<double> shortfall; ///< target - atWork where positive (open intervals)
    int variables = 0, constraints = 0;
    double seconds = 0;
};

enum class ShiftInputProblem {
    NoIntervals,
    IrregularIntervals, ///< the starts are not evenly spaced (index: the first interval out of step)
    IntervalLength,     ///< not 15, 30 or 60 minutes
    BadRequirement,     ///< negative or not a number (index: the interval)
    BadShrinkage,       ///< outside [0, 1)
    NoShifts,           ///< no template has a shift inside the period
};

struct ShiftInputError
{
    ShiftInputProblem problem;
    int index = -1;
    double value = 0;
};

struct ShiftSolveResult
{
    std::optional<ShiftPlan> plan;
    std::optional<ShiftInputError> error;
};

/// `starts`: wall-clock starts of consecutive intervals; `required`: agents needed on the phones in each.
ShiftSolveResult solveShifts(const std::vector<double>& starts, const std::vector<double>& required,
                             const ShiftSetup& setup, const ShiftSolveOptions& options = {});

/// The service a plan buys: each interval evaluated at its agents on the phones (fractional agents allowed).
struct ServiceTotals
{
    double calls = 0;
    std::optional<double> serviceLevel, abandonRate, asaSec; ///< call-weighted
};

struct ServiceCheck
{
    std::vector<std::optional<QueueMeasures>> intervals; ///< empty where the input was refused
    std::vector<std::pair<double, ServiceTotals>> days;  ///< (start of day, totals)
    ServiceTotals total;
};

/// `inputs[i].agents` is replaced by `agentsOnPhones[i]`.
ServiceCheck checkService(Model model, std::vector<QueueInput> inputs, const std::vector<double>& starts,
                          const std::vector<double>& agentsOnPhones);

} // namespace staffplan
