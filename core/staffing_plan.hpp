#pragma once
// A staffing plan: the requirement of every interval of a period under Erlang C and Erlang A, the plan's
// totals, and the curves planners read a single interval by (service level and abandonment against agents,
// service level against the threshold T).
//
// The per-interval search is requiredAgents() (staffing.hpp) with each interval started from its neighbour's
// answer (nextStaffingHint), so a week of 15-minute intervals takes a few milliseconds (BENCHMARKS.md).

#include "core/staffing.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace staffplan {

/// One interval's requirement by both models.  An input the core refuses leaves both empty and sets `error`.
struct PlanRow
{
    std::optional<StaffingResult> erlangC, erlangA;
    std::optional<InputError> error;
    /// The row under the plan's model (Erlang A when it has patience, see staffPlan()).
    const std::optional<StaffingResult>& chosen(Model model) const
    {
        return model == Model::ErlangA ? erlangA : erlangC;
    }
    /// The agents the model requires, or 0 where the targets cannot be met: what shift planning covers.
    double required(Model model) const
    {
        const auto& r = chosen(model);
        return r && r->status == StaffingStatus::Ok ? r->requiredAgents : 0.0;
    }
};

/// Every interval by both models.  An interval whose patience is 0 gets no Erlang A row (Erlang A needs a
/// patience); Erlang C ignores any abandonment target (its callers never hang up).
std::vector<PlanRow> staffPlan(const std::vector<QueueInput>& intervals, const StaffingTargets& targets);

struct PlanTotals
{
    double requiredAgentHours = 0;  ///< sum of required agents x interval length, on the phones
    double scheduledAgentHours = 0; ///< the same with shrinkage: paid hours
    double fte = 0;                 ///< scheduledAgentHours / (fteHoursPerWeek x weeks of the plan)
    int peakRequired = 0, peakScheduled = 0;
    int peakIndex = -1;              ///< the interval of the peak requirement (-1: no staffed interval)
    double calls = 0;                ///< offered in the staffed intervals
    std::optional<double> serviceLevel; ///< call-weighted SL (offered definition) at the requirement
    std::optional<double> abandonRate;  ///< call-weighted abandonment at the requirement (Erlang A)
    std::optional<double> asaSec;       ///< answered-call-weighted ASA
    int unmet = 0;                      ///< intervals whose targets cannot be met (or were refused)
};

/// Totals of a plan under `model`; `intervals` are the inputs staffPlan() was given.
PlanTotals planTotals(const std::vector<QueueInput>& intervals, const std::vector<PlanRow>& rows, Model model,
                      double fteHoursPerWeek = 40);

/// The agents a curve around an offered load shows: from well below the load (where Erlang C has no steady state
/// and Erlang A still answers some) to where service levels off (the load plus a square-root safety margin,
/// Halfin & Whitt 1981).
std::pair<int, int> agentCurveRange(double offeredLoad);

/// Measures at agents = from, from + 1, ..., to (the input's own `agents` is ignored).  Erlang C below the
/// load is unstable: its measures say so (stable = false, SL 0).  Empty on a refused input.
Result<std::vector<QueueMeasures>> agentCurve(Model model, QueueInput in, int from, int to);

/// Measures at thresholds T = 0, step, 2 step, ... up to maxThresholdSec, at the input's agents.
Result<std::vector<QueueMeasures>> thresholdCurve(Model model, QueueInput in, double maxThresholdSec,
                                                  double stepSec);

} // namespace staffplan
