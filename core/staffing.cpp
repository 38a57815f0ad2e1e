#include "core/staffing.hpp"

#include <algorithm>
#include <cmath>

namespace staffplan {
namespace {

constexpr const char* kFunction = "requiredAgents";

class Search
{
  public:
    Search(Model model, QueueInput in, const StaffingTargets& t, const StaffingLimits& limits)
        : model_(model), in_(in), t_(t), limits_(limits)
    {
    }

    int evaluations() const { return evaluations_; }
    bool exhausted() const { return evaluations_ >= limits_.maxEvaluations; }

    /// The first target (in the order SL, ASA, abandonment, occupancy) that n agents miss, or None.
    Binding firstMissed(int n)
    {
        ++evaluations_;
        in_.agents = n;
        // Erlang A's ASA only where every other target is met (it is then needed to decide and to report).
        const auto m = evaluateQueue(
            model_, in_, [this](const QueueMeasures& q) { return checkAllButAsa(q) == Binding::None; });
        const Binding missed = check(*m);
        if (missed == Binding::None && (!best_ || best_->agents > n))
            best_ = *m; // the smallest staffing that meets everything so far: the answer, once bracketed
        return missed;
    }

    /// Measures at n, from the search's own evaluations where it made them.
    QueueMeasures measuresAt(int n)
    {
        if (best_ && best_->agents == n)
            return *best_;
        in_.agents = n;
        return *evaluateQueue(model_, in_);
    }

  private:
    /// The first target missed in the order SL, ASA, abandonment, occupancy (stability before all).
    Binding check(const QueueMeasures& m) const
    {
        const Binding other = checkAllButAsa(m);
        if (other == Binding::Stability || other == Binding::ServiceLevel)
            return other;
        if (t_.maxAsaSec && !asaMet(m))
            return Binding::Asa;
        return other;
    }
    Binding checkAllButAsa(const QueueMeasures& m) const
    {
        if (!m.stable)
            return Binding::Stability;
        if (t_.serviceLevel && serviceLevel(m) < *t_.serviceLevel)
            return Binding::ServiceLevel;
        if (t_.maxAbandon && m.pAbandon > *t_.maxAbandon)
            return Binding::Abandon;
        if (t_.maxOccupancy && m.occupancy > *t_.maxOccupancy)
            return Binding::Occupancy;
        return Binding::None;
    }

  public:
    double serviceLevel(const QueueMeasures& m) const
    {
        switch (t_.slDefinition) {
        case SlDefinition::Offered:
            return m.slOffered;
        case SlDefinition::Answered:
            return m.slAnswered;
        case SlDefinition::Virtual:
            return m.slVirtual;
        }
        return m.slOffered;
    }

  private:
    // No ASA where nobody is answered (Erlang A with 0 agents): the target is missed.
    bool asaMet(const QueueMeasures& m) const { return m.asaSec && *m.asaSec <= *t_.maxAsaSec; }

    Model model_;
    QueueInput in_;
    const StaffingTargets& t_;
    StaffingLimits limits_;
    int evaluations_ = 0;
    std::optional<QueueMeasures> best_;
};

std::optional<InputError> fraction(Parameter p, const std::optional<double>& v)
{
    if (!v)
        return std::nullopt;
    if (!std::isfinite(*v))
        return InputError{kFunction, p, Problem::NotFinite, *v};
    if (*v < 0 || *v > 1)
        return InputError{kFunction, p, Problem::NotFraction, *v};
    return std::nullopt;
}

// Targets that no finite number of agents reaches when calls arrive: every measure below approaches its
// bound only as n -> infinity (SL < 1, ASA > 0, abandonment > 0 with finite patience, occupancy > 0).
std::optional<Binding> unreachable(Model model, const StaffingTargets& t)
{
    if (t.serviceLevel && *t.serviceLevel >= 1.0)
        return Binding::ServiceLevel;
    if (t.maxAsaSec && *t.maxAsaSec <= 0.0)
        return Binding::Asa;
    if (model == Model::ErlangA && t.maxAbandon && *t.maxAbandon <= 0.0)
        return Binding::Abandon;
    if (t.maxOccupancy && *t.maxOccupancy <= 0.0)
        return Binding::Occupancy;
    return std::nullopt;
}

int defaultStart(Model model, double load, const StaffingTargets& t)
{
    // square-root staffing (Halfin & Whitt 1981) for Erlang C, the load itself for Erlang A
    double guess = model == Model::ErlangC ? load + std::sqrt(load) : load;
    if (t.maxOccupancy && *t.maxOccupancy > 0)
        guess = std::max(guess, load / *t.maxOccupancy);
    return static_cast<int>(std::min(std::ceil(guess), 1e9));
}

} // namespace

std::string_view slDefinitionName(SlDefinition d)
{
    switch (d) {
    case SlDefinition::Offered:
        return "offered";
    case SlDefinition::Answered:
        return "answered";
    case SlDefinition::Virtual:
        return "virtual";
    }
    return "?";
}

std::string_view bindingName(Binding b)
{
    switch (b) {
    case Binding::None:
        return "none";
    case Binding::Stability:
        return "stability";
    case Binding::ServiceLevel:
        return "service_level";
    case Binding::Asa:
        return "asa";
    case Binding::Abandon:
        return "abandon";
    case Binding::Occupancy:
        return "occupancy";
    }
    return "?";
}

std::optional<int> nextStaffingHint(std::optional<int> previousAgents, double previousLoad, double load)
{
    if (!previousAgents || !(previousLoad > 0) || !(load > 0))
        return std::nullopt;
    const double start = load + (*previousAgents - previousLoad) * std::sqrt(load / previousLoad);
    return static_cast<int>(std::clamp(std::floor(start), 0.0, 1e9));
}

int scheduledAgents(int required, double shrinkage)
{
    const double exact = required / (1.0 - shrinkage);
    return static_cast<int>(std::ceil(exact - 1e-9 * std::max(1.0, exact)));
}

std::optional<InputError> validateTargets(const StaffingTargets& t, const char* fn)
{
    if (auto e = fraction(Parameter::ServiceLevel, t.serviceLevel))
        return e;
    if (t.maxAsaSec && !std::isfinite(*t.maxAsaSec))
        return InputError{fn, Parameter::AsaSec, Problem::NotFinite, *t.maxAsaSec};
    if (t.maxAsaSec && *t.maxAsaSec < 0)
        return InputError{fn, Parameter::AsaSec, Problem::Negative, *t.maxAsaSec};
    if (auto e = fraction(Parameter::Abandon, t.maxAbandon))
        return e;
    if (auto e = fraction(Parameter::MaxOccupancy, t.maxOccupancy))
        return e;
    if (!std::isfinite(t.shrinkage))
        return InputError{fn, Parameter::Shrinkage, Problem::NotFinite, t.shrinkage};
    if (t.shrinkage < 0 || t.shrinkage >= 1)
        return InputError{fn, Parameter::Shrinkage, Problem::NotBelowOne, t.shrinkage};
    if (!t.serviceLevel && !t.maxAsaSec && !t.maxAbandon && !t.maxOccupancy)
        return InputError{fn, Parameter::ServiceLevel, Problem::NoTarget, 0.0};
    return std::nullopt;
}

Result<StaffingResult> requiredAgents(Model model, const QueueInput& input, const StaffingTargets& targets,
                                      std::optional<int> hintAgents, const StaffingLimits& limits)
{
    if (model == Model::ErlangB)
        return InputError{kFunction, Parameter::Model, Problem::Unsupported, 0.0};
    QueueInput in = input;
    in.agents = 0;
    if (auto e = validateQueueInput(model, in, kFunction))
        return *e;
    if (auto e = validateTargets(targets, kFunction))
        return *e;

    StaffingResult result;
    const double load = offeredLoad(in);
    if (load == 0) { // zero calls need zero agents
        result.atRequired = *evaluateQueue(model, in);
        return result;
    }
    if (auto b = unreachable(model, targets)) {
        result.status = StaffingStatus::Impossible;
        result.binding = *b;
        return result;
    }

    Search search(model, in, targets, limits);
    const int floorAgents = model == Model::ErlangC ? static_cast<int>(std::floor(load)) + 1 : 0;
    const int cap = limits.maxAgents;
    if (floorAgents > cap) {
        result.status = StaffingStatus::CapReached;
        result.binding = Binding::Stability;
        return result;
    }
    int start = std::clamp(hintAgents.value_or(defaultStart(model, load, targets)), floorAgents, cap);

    auto capReached = [&](Binding missed) {
        result.status = StaffingStatus::CapReached;
        result.binding = missed;
        result.evaluations = search.evaluations();
        return result;
    };
    // Gallop from the start to bracket the answer: `bad` misses a target (or is below the floor), `good`
    // meets all. Steps 1, 1, 2, 4, ...: a start that is one off (the usual case with a neighbour's answer)
    // costs 3 evaluations.
    int bad = floorAgents - 1, good = -1;
    Binding missed = search.firstMissed(start);
    // Evaluates n and moves `good` or `bad` (with what it missed) to it; true when n meets every target.
    auto probeAt = [&](int n) {
        const Binding b = search.firstMissed(n);
        if (b == Binding::None) {
            good = n;
            return true;
        }
        bad = n;
        missed = b;
        return false;
    };
    if (missed == Binding::None) {
        good = start;
        missed = model == Model::ErlangC ? Binding::Stability : Binding::None; // what floorAgents - 1 misses
        for (int step = 1, probes = 0; good - 1 > bad && !search.exhausted();
             step = ++probes < 2 ? 1 : step * 2)
            if (!probeAt(std::max(good - step, bad + 1)))
                break;
    } else {
        bad = start;
        for (int step = 1, probes = 0; good < 0; step = ++probes < 2 ? 1 : std::min(step * 2, 1 << 29)) {
            if (bad >= cap || search.exhausted())
                return capReached(missed);
            probeAt(static_cast<int>(std::min<long long>(static_cast<long long>(bad) + step, cap)));
        }
    }
    // Bisect: every target is monotone in n (SL rises, ASA, abandonment and occupancy fall).
    while (good - bad > 1) {
        if (search.exhausted())
            return capReached(missed);
        probeAt(bad + (good - bad) / 2);
    }
    result.requiredAgents = good;
    result.scheduledAgents = scheduledAgents(good, targets.shrinkage);
    result.binding = missed; // what good - 1 agents miss
    result.atRequired = search.measuresAt(good);
    result.evaluations = search.evaluations();
    return result;
}

} // namespace staffplan
