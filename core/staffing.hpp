#pragma once
// Staffing search: the smallest whole number of agents that meets every target given.

#include "core/erlang.hpp"

#include <optional>
#include <string_view>

namespace staffplan {

enum class SlDefinition { Offered, Answered, Virtual };
std::string_view slDefinitionName(SlDefinition d); ///< "offered", "answered", "virtual"

/// Targets; an empty optional is "no target".  Fractions in [0, 1], times in seconds.
struct StaffingTargets
{
    std::optional<double> serviceLevel; ///< SL >= this, within QueueInput::thresholdSec
    SlDefinition slDefinition = SlDefinition::Offered;
    std::optional<double> maxAsaSec;    ///< ASA <= this
    std::optional<double> maxAbandon;   ///< p_abandon <= this (Erlang A; Erlang C never abandons)
    std::optional<double> maxOccupancy; ///< occupancy <= this
    double shrinkage = 0;               ///< in [0, 1): share of paid time not on the phones
};

enum class Binding {
    None,      ///< no calls: zero agents meet everything
    Stability, ///< Erlang C needs more agents than the load before any target can be met
    ServiceLevel,
    Asa,
    Abandon,
    Occupancy,
};
std::string_view
bindingName(Binding b); ///< "none", "stability", "service_level", "asa", "abandon", "occupancy"

enum class StaffingStatus {
    Ok,
    Impossible, ///< no number of agents meets the targets (e.g. abandonment 0 with finite patience)
    CapReached, ///< the search stopped at its agent or iteration cap without meeting the targets
};

struct StaffingResult
{
    StaffingStatus status = StaffingStatus::Ok;
    Binding binding = Binding::None; ///< for Impossible / CapReached: the target that cannot be met
    int requiredAgents = 0;          ///< on the phones
    int scheduledAgents = 0;         ///< ceil(required / (1 - shrinkage))
    QueueMeasures atRequired;        ///< measures at requiredAgents (Ok only)
    int evaluations = 0;             ///< model evaluations the search used
};

struct StaffingLimits
{
    int maxAgents = 10'000'000;
    int maxEvaluations = 400;
};

/// Search the smallest integer n >= 0 meeting every target (Erlang C: n > load).  `in.agents` is ignored;
/// `hintAgents`, when given, is where the search starts (a neighbouring interval's answer makes it faster).
/// Only Erlang C and A staff queues; Erlang B is refused (Parameter::Model, Problem::Unsupported).
Result<StaffingResult> requiredAgents(Model model, const QueueInput& in, const StaffingTargets& targets,
                                      std::optional<int> hintAgents = std::nullopt,
                                      const StaffingLimits& limits = {});

/// Where to start the search for an interval, from its neighbour's answer: the neighbour's safety staffing
/// (agents above the load) scaled by the square root of the load ratio (square-root staffing, Halfin & Whitt
/// 1981), rounded down, so that the answer is usually the start or one above it (2 evaluations). Empty when
/// there is nothing to scale from.
std::optional<int> nextStaffingHint(std::optional<int> previousAgents, double previousLoad, double load);

/// Checks the targets (fractions in [0, 1], ASA > 0 ..., at least one target).
std::optional<InputError> validateTargets(const StaffingTargets& t, const char* function);

/// ceil(required / (1 - shrinkage)), immune to the rounding of the division (10 / 0.8 is 12.5, 8 / 0.8 is
/// 10).
int scheduledAgents(int required, double shrinkage);

} // namespace staffplan
