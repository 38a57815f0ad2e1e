#include "core/staffing_plan.hpp"

#include <algorithm>
#include <cmath>

namespace staffplan {

std::vector<PlanRow> staffPlan(const std::vector<QueueInput>& intervals, const StaffingTargets& targets)
{
    std::vector<PlanRow> rows(intervals.size());
    StaffingTargets targetsC = targets;
    targetsC.maxAbandon.reset(); // nobody abandons in Erlang C: the target is met by construction
    const bool cHasTarget = targetsC.serviceLevel || targetsC.maxAsaSec || targetsC.maxOccupancy;
    std::optional<int> previousC, previousA;
    double previousLoad = 0;
    for (std::size_t i = 0; i < intervals.size(); ++i) {
        const QueueInput& in = intervals[i];
        PlanRow& row = rows[i];
        const double load = offeredLoad(in);
        if (cHasTarget) {
            const auto c = requiredAgents(Model::ErlangC, in, targetsC,
                                          nextStaffingHint(previousC, previousLoad, load));
            if (!c) {
                row.error = c.error();
                previousC.reset();
                previousA.reset();
                continue;
            }
            row.erlangC = *c;
            previousC = c->status == StaffingStatus::Ok ? std::optional<int>(c->requiredAgents) : std::nullopt;
        }
        if (in.patienceSec > 0) {
            const auto a = requiredAgents(Model::ErlangA, in, targets,
                                          nextStaffingHint(previousA, previousLoad, load));
            if (!a) {
                row.error = a.error();
                row.erlangC.reset();
                previousA.reset();
                continue;
            }
            row.erlangA = *a;
            previousA = a->status == StaffingStatus::Ok ? std::optional<int>(a->requiredAgents) : std::nullopt;
        }
        previousLoad = load;
    }
    return rows;
}

PlanTotals planTotals(const std::vector<QueueInput>& intervals, const std::vector<PlanRow>& rows, Model model,
                      double fteHoursPerWeek)
{
    PlanTotals t;
    double slCalls = 0, sl = 0, abandon = 0, abandonCalls = 0, asa = 0, answered = 0, periodHours = 0;
    for (std::size_t i = 0; i < rows.size() && i < intervals.size(); ++i) {
        const QueueInput& in = intervals[i];
        const double hours = in.intervalSec / 3600.0;
        periodHours += hours;
        const auto& r = rows[i].chosen(model);
        if (!r || r->status != StaffingStatus::Ok) {
            ++t.unmet;
            continue;
        }
        t.requiredAgentHours += r->requiredAgents * hours;
        t.scheduledAgentHours += r->scheduledAgents * hours;
        if (r->requiredAgents > t.peakRequired || t.peakIndex < 0) {
            t.peakIndex = static_cast<int>(i);
            t.peakRequired = r->requiredAgents;
        }
        t.peakScheduled = std::max(t.peakScheduled, r->scheduledAgents);
        t.calls += in.calls;
        const QueueMeasures& m = r->atRequired;
        slCalls += in.calls;
        sl += in.calls * m.slOffered;
        if (model == Model::ErlangA) {
            abandon += in.calls * m.pAbandon;
            abandonCalls += in.calls;
        }
        if (m.asaSec) {
            const double a = in.calls * (1 - m.pAbandon);
            asa += a * *m.asaSec;
            answered += a;
        }
    }
    if (slCalls > 0)
        t.serviceLevel = sl / slCalls;
    if (abandonCalls > 0)
        t.abandonRate = abandon / abandonCalls;
    else if (model == Model::ErlangC && slCalls > 0)
        t.abandonRate = 0.0;
    if (answered > 0)
        t.asaSec = asa / answered;
    const double weeks = periodHours / (7 * 24);
    if (fteHoursPerWeek > 0 && weeks > 0)
        t.fte = t.scheduledAgentHours / (fteHoursPerWeek * weeks);
    return t;
}

std::pair<int, int> agentCurveRange(double load)
{
    return {std::max(0, static_cast<int>(std::floor(load * 0.6))),
            static_cast<int>(std::ceil(load * 1.4 + 3 * std::sqrt(load) + 3))};
}

Result<std::vector<QueueMeasures>> agentCurve(Model model, QueueInput in, int from, int to)
{
    std::vector<QueueMeasures> curve;
    from = std::max(from, 0);
    for (int n = from; n <= to; ++n) {
        in.agents = n;
        const auto m = evaluateQueue(model, in);
        if (!m)
            return m.error();
        curve.push_back(*m);
    }
    return curve;
}

Result<std::vector<QueueMeasures>> thresholdCurve(Model model, QueueInput in, double maxThresholdSec,
                                                  double stepSec)
{
    std::vector<QueueMeasures> curve;
    if (!(stepSec > 0) || !std::isfinite(maxThresholdSec))
        return InputError{"thresholdCurve", Parameter::ThresholdSec, Problem::NotPositive, stepSec};
    const int steps = static_cast<int>(std::floor(maxThresholdSec / stepSec + 1e-9));
    for (int k = 0; k <= steps; ++k) {
        in.thresholdSec = k * stepSec;
        const auto m = evaluateQueue(model, in);
        if (!m)
            return m.error();
        curve.push_back(*m);
    }
    return curve;
}

} // namespace staffplan
