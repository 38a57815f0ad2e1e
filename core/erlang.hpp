#pragma once
// Erlang B, C and A: the queueing core of StaffPlan.
//
//  Erlang B  M/M/n/n      calls that find every agent (line) busy are lost.
//  Erlang C  M/M/n        calls wait as long as it takes (no abandonment).
//  Erlang A  M/M/n+M      calls wait, each caller hangs up after an exponential patience with the given mean.
//
// Every model is evaluated in closed form through incomplete gamma functions, so one evaluation costs the
// same at 3 agents as at 50,000, and n may be fractional (the gamma-function continuation of the Erlang
// formulas; planners who add up several queues use it).  Sources:
//   - D. L. Jagerman, "Some properties of the Erlang loss function", Bell Syst. Tech. J. 53 (1974) 525-551:
//     1/B(n, a) = e^a a^-n Gamma(n+1, a) for real n >= 0.
//   - O. Garnett, A. Mandelbaum, M. Reiman, "Designing a call center with impatient customers",
//     M&SOM 4 (2002) 208-227: the M/M/n+M stationary distribution and its measures.
//   - A. Mandelbaum, S. Zeltyn, "The M/M/n+G queue: summary of performance measures" (Technion, 2007):
//     the density of the virtual wait, f_V(t) = pi_n n mu exp(lambda H(t) - n mu t), H(t) = int_0^t G-bar.
// The derivation in terms of scaled incomplete gammas is written out in erlang.cpp; the committed
// generator tests/reference/gen_erlang_reference.py checks it against a brute-force birth-death chain.

#include "core/errors.hpp"

#include <functional>
#include <optional>
#include <string_view>

namespace staffplan {

enum class Model { ErlangB, ErlangC, ErlangA };

std::string_view modelName(Model m); ///< "b", "c", "a"

/// One interval of one queue.  Times in seconds.
struct QueueInput
{
    double calls = 0; ///< offered calls in the interval
    double intervalSec = 1800;
    double ahtSec = 0;        ///< average handle time
    double patienceSec = 0;   ///< mean patience (Erlang A only; must be > 0 there)
    double agents = 0;        ///< may be fractional
    double thresholdSec = 20; ///< T of "answered within T"
};

/// Predicted measures.  Probabilities are fractions in [0, 1]; times are seconds.
/// Waits that do not exist (an unstable Erlang C queue, nobody answered) are empty, never NaN or inf.
struct QueueMeasures
{
    Model model = Model::ErlangC;
    double agents = 0;
    double offeredLoad = 0;       ///< Erlangs: calls * AHT / interval
    bool stable = true;           ///< false only for Erlang C with agents <= load (and load > 0)
    double pWait = 0;             ///< an arriving call finds every agent busy and waits > 0
    double pAbandon = 0;          ///< share of offered calls that abandon (Erlang A)
    double pBlock = 0;            ///< share of calls lost to all-busy (Erlang B)
    double slOffered = 1;         ///< answered within T / offered (abandons and blocks are misses)
    double slAnswered = 1;        ///< answered within T / answered
    double slVirtual = 1;         ///< P(virtual wait <= T): a caller who never hangs up is answered within T
    std::optional<double> asaSec; ///< mean wait of answered calls
    std::optional<double> meanWaitSec; ///< mean time in queue of all offered calls (abandons until they left)
    std::optional<double> avgQueue;    ///< mean number of calls waiting
    double occupancy = 0;              ///< carried load / agents
};

/// Validates the input (the function name and the offending value are in the error) and evaluates the model.
Result<QueueMeasures> evaluateQueue(Model model, const QueueInput& in);

/// The same, but Erlang A's ASA (a sum over the queue, the costliest part) is computed only when `wantAsa`,
/// shown every other measure, returns true; otherwise asaSec stays empty.  The staffing search uses this to
/// skip the ASA of staffings that already miss another target.
Result<QueueMeasures> evaluateQueue(Model model, const QueueInput& in,
                                    const std::function<bool(const QueueMeasures&)>& wantAsa);

/// The model's offered load in Erlangs (calls * AHT / interval), without validation.
inline double offeredLoad(const QueueInput& in)
{
    return in.calls * in.ahtSec / in.intervalSec;
}

/// Checks a QueueInput as evaluateQueue does (agents and threshold included).
std::optional<InputError> validateQueueInput(Model model, const QueueInput& in, const char* function);

} // namespace staffplan
