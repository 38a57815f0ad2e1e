#include "core/erlang.hpp"

#include "core/incomplete_gamma.hpp"

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

// Derivation used below (Erlang A; Erlang B and C are its limits).
// Arrival rate lam, service rate mu = 1/AHT, abandonment rate th = 1/patience, a = lam/mu,
//   x = n mu / th,  y = lam / th,  R = scaled lower gamma, U = scaled upper gamma (incomplete_gamma.hpp).
// Birth-death chain: pi_k ~ a^k/k! for k <= n, pi_{n+j} = pi_n prod_{i=1..j} lam/(n mu + i th).
//   1/B(n, a) - 1 = n U(n, a)                      (Jagerman; B = Erlang B)
//   J := sum_j prod_{i<=j} lam/(n mu + i th) = x R(x, y)          (DLMF 8.7.1)
//   pi_n = 1 / (1/B - 1 + J),   P(wait) = pi_n J,   P(no wait) = pi_n (1/B - 1).
// Virtual wait V (the wait of a caller who never hangs up): for t > 0 its density is
//   f_V(t) = pi_n n mu e^phi(t),  phi(t) = y (1 - e^{-th t}) - n mu t     (Mandelbaum & Zeltyn 2007),
// and with u = e^{-th t} the integrals of e^phi reduce to incomplete gammas:
//   n mu int_T^inf e^phi dt          = x e^phi(T) R(x, y e^{-th T})          -> P(V > T)
//   n mu int_T^inf e^{-th t} e^phi dt = x e^{-th T} e^phi(T) R(x+1, y e^{-th T}) -> answered after T
// A caller with patience tau ~ Exp(th) is answered iff tau > V, so
//   P(answered) = P(V = 0) + pi_n x R(x+1, y)
//   P(abandon)  = E[1 - e^{-th V}] = pi_n x [(y - x) R(x, y) + 1] / y   (= th E[queue] / lam)
//   ASA         = E[V e^{-th V}] / P(answered)          (numerical integral, no closed form)
//   mean wait   = P(abandon) / th (Little), mean queue = lam * mean wait.
// In overload J is astronomically large (log J ~ y ~ 1e7 at a patience of 1e7 s), so nothing may be computed
// as a difference of such logs.  The identities R(x+1, y) = (x R(x, y) - 1)/y and
// e^phi(T) R(x, yT) / R(x, y) = P(x, yT) / P(x, y)  (P the regularised lower gamma, yT = y e^{-th T}) give
//   answered after waiting = (x/y)(P(wait) - pi_n),   P(abandon) = (1 - x/y) P(wait) + (x/y) pi_n,
//   P(V > T) = P(wait) P(x, yT)/P(x, y),   answered after T = (answered after waiting) P(x+1, yT)/P(x+1, y).
// Where a closed form would subtract nearly equal numbers, the same quantity is integrated numerically.

namespace staffplan {
namespace {

using detail::logAddExp;
using detail::logScaledLowerGamma;
using detail::logScaledUpperGamma;
using detail::regularizedLowerGamma;

constexpr double kMaxLoadErlangs = 1e7;
constexpr double kMaxAgents = 1e7;
constexpr double kMaxPatienceSec = 1e10;
// A closed form that keeps less than this share of its leading term (i.e. loses more than two digits to
// cancellation: the incomplete gammas carry ~1e-12) is replaced by quadrature.
constexpr double kCancellationLimit = 1e-2;
// Adaptive Gauss-Kronrod: its error estimate bottoms out near 5e-13 relative (rounding in the 31-point sums),
// so asking for less makes it recurse to the depth limit for nothing; the results themselves are ~1e-15.
constexpr double kQuadratureTolerance = 1e-12;
constexpr unsigned kQuadratureDepth = 12;

// 1/(1 + e^-z), no overflow
double logistic(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

QueueMeasures measuresFor(Model model, const QueueInput& in, double load)
{
    QueueMeasures m;
    m.model = model;
    m.agents = in.agents;
    m.offeredLoad = load;
    return m;
}

QueueMeasures noCalls(Model model, const QueueInput& in)
{
    QueueMeasures m = measuresFor(model, in, 0.0);
    m.asaSec = 0.0;
    m.meanWaitSec = 0.0;
    m.avgQueue = 0.0;
    m.occupancy = 0;
    return m;
}

QueueMeasures erlangB(const QueueInput& in, double a)
{
    QueueMeasures m = measuresFor(Model::ErlangB, in, a);
    const double n = in.agents;
    double block = 1.0, carried = 0.0; // B and 1 - B
    if (n > 0) {
        const double logInvBm1 = std::log(n) + logScaledUpperGamma(n, a); // log(1/B - 1)
        block = logistic(-logInvBm1);
        carried = logistic(logInvBm1);
    }
    m.pBlock = block;
    m.pWait = 0;
    m.pAbandon = 0;
    m.slOffered = carried;
    m.slAnswered = 1;
    m.slVirtual = carried;
    m.asaSec = 0.0;
    m.meanWaitSec = 0.0;
    m.avgQueue = 0.0;
    m.occupancy = n > 0 ? a * carried / n : 1.0; // n -> 0: carried ~ n / a
    return m;
}

QueueMeasures erlangC(const QueueInput& in, double a)
{
    QueueMeasures m = measuresFor(Model::ErlangC, in, a);
    const double n = in.agents;
    if (n <= a) { // the queue grows without bound
        m.stable = false;
        m.pWait = 1;
        m.slOffered = m.slAnswered = m.slVirtual = 0;
        m.occupancy = 1;
        return m;
    }
    // C = n B / (n - a + a B) = 1 / (1 + (n - a)(1/B - 1) / n), computed as a logistic in log space.
    const double logInvBm1 = std::log(n) + logScaledUpperGamma(n, a);
    const double z = std::log(n - a) + logInvBm1 - std::log(n);
    const double c = logistic(-z), noWait = logistic(z);
    // P(W > T) = C exp(-(n - a) T / AHT)  (Erlang 1917; Kleinrock, Queueing Systems I, eq. 3.40)
    const double rate = (n - a) / in.ahtSec;
    const double sl = noWait + c * -std::expm1(-rate * in.thresholdSec);
    m.pWait = c;
    m.slOffered = m.slAnswered = m.slVirtual = sl;
    m.asaSec = c / rate;
    m.meanWaitSec = c / rate;
    m.avgQueue = c * a / (n - a);
    m.occupancy = a / n;
    return m;
}

// The M/M/n+M queue in the notation of the derivation above.
class ImpatientQueue
{
  public:
    ImpatientQueue(double lam, double mu, double th, double n)
        : lam_(lam), th_(th), nmu_(n * mu), x_(n * mu / th), y_(lam / th)
    {
    }
    double x() const { return x_; }
    double y() const { return y_; }
    double phi(double t) const { return y_ * -std::expm1(-th_ * t) - nmu_ * t; }

    /// The weights the measures need, each t^power (1 - e^{-th t})^[oneMinusDecay] e^{-rate t} with rate 0 or
    /// th.
    struct Weight
    {
        int power = 0;              ///< 0 or 1
        double rate = 0;            ///< extra exponential decay folded into the concave exponent
        bool oneMinusDecay = false; ///< the factor 1 - e^{-th t} (abandonment)
    };

    /// log of int_{t0}^{t1} w(t) e^phi(t) dt.  psi(t) = phi(t) - rate t is concave; the range is cut where
    /// psi has fallen 60 below its maximum (e^-60 ~ 1e-26), so the rule works where the integrand lives even
    /// when the weight decays a million times faster than phi (patience of a millisecond).
    double logIntegral(const Weight& w, double t0, double t1) const
    {
        return peakOf(w, t0, t1) + logIntegralScaled(w, t0, t1);
    }

    double peakOf(const Weight& w, double t0, double t1) const { return psi(w, peakTime(w, t0, t1)); }

    double peakTime(const Weight& w, double t0, double t1) const
    {
        const double drift = nmu_ + w.rate;
        const double mode = lam_ > drift ? std::log(lam_ / drift) / th_ : 0.0;
        return std::clamp(mode, t0, t1);
    }
    double psi(const Weight& w, double t) const { return phi(t) - w.rate * t; }

    /// log of int_{t0}^{t1} w(t) e^{phi(t) - peak} dt, peak = max of phi(t) - rate t on the range.
    double logIntegralScaled(const Weight& w, double t0, double t1) const
    {
        const double peak = peakTime(w, t0, t1);
        auto psi = [&](double t) { return this->psi(w, t); };
        const double psiPeak = psi(peak);
        const double floor = psiPeak - 60.0;
        const double hi = std::isinf(t1) || psi(t1) < floor ? fallPoint(psi, peak, +1.0, floor, t1) : t1;
        const double lo = (t0 < peak && psi(t0) < floor) ? fallPoint(psi, peak, -1.0, floor, t0) : t0;
        auto f = [&](double t) {
            double v = std::exp(psi(t) - psiPeak);
            if (w.power == 1)
                v *= t;
            if (w.oneMinusDecay)
                v *= -std::expm1(-th_ * t);
            return v;
        };
        using Rule = boost::math::quadrature::gauss_kronrod<double, 31>;
        double sum = 0;
        if (peak > lo)
            sum += Rule::integrate(f, lo, peak, kQuadratureDepth, kQuadratureTolerance);
        if (hi > peak)
            sum += Rule::integrate(f, peak, hi, kQuadratureDepth, kQuadratureTolerance);
        return std::log(sum);
    }

    /// int w1 e^phi / int w0 e^phi over [0, inf) for two weights with the same decay rate: the (possibly
    /// huge) peak of the exponent is common to both and cancels exactly.
    double ratioOfIntegrals(const Weight& w1, const Weight& w0) const
    {
        const double inf = std::numeric_limits<double>::infinity();
        return std::exp(logIntegralScaled(w1, 0.0, inf) - logIntegralScaled(w0, 0.0, inf));
    }

  private:
    // The point between `from` and `limit` (in direction dir) where the concave psi falls to `level`.
    template <class Psi>
    double fallPoint(const Psi& psi, double from, double dir, double level, double limit) const
    {
        double step = 1.0 / (nmu_ + lam_ + th_);
        double inside = from, outside = from;
        for (int i = 0; i < 2000; ++i) {
            outside = from + dir * step;
            if ((dir > 0 && outside >= limit) || (dir < 0 && outside <= limit))
                return limit;
            if (psi(outside) < level)
                break;
            inside = outside;
            step *= 2.0;
        }
        for (int i = 0; i < 200 && std::abs(outside - inside) > 1e-9 * std::abs(outside); ++i) {
            const double mid = 0.5 * (inside + outside);
            (psi(mid) < level ? outside : inside) = mid;
        }
        return outside;
    }

    double lam_, th_, nmu_, x_, y_;
};

// E[wait | answered after waiting] from the queue-length distribution, when the queue is short (y < x).
// A caller who finds j waiting (state n + j, probability ~ t_j = prod_{i<=j} y/(x+i)) is answered with
// probability x/(x + j + 1) and, if so, after a wait of mean sum_{k=1}^{j+1} 1/(th (x + k)) (each stage
// ends at rate n mu + k th, whichever event ends it; the product telescopes: Garnett et al. 2002, sec. 3).
//   E[V e^{-th V}] = pi_n sum_j t_j x/(x+j+1) H_j / th,   answered after waiting = pi_n sum_j t_j x/(x+j+1).
// Empty when too many terms would be needed (near or above the load); quadrature covers those.
std::optional<double> meanWaitOfWaitedBySum(double x, double y, double th)
{
    constexpr int kMaxTerms = 4000;
    double t = 1.0, harmonic = 0.0, weighted = 0.0, total = 0.0;
    double inv = 1.0 / (x + 1.0); // 1 / (x + j + 1)
    for (int j = 0; j < kMaxTerms; ++j) {
        if (j > 0) {
            t *= y * inv; // inv still holds 1 / (x + j)
            inv = 1.0 / (x + j + 1.0);
        }
        harmonic += inv;
        const double answeredShare = t * x * inv;
        total += answeredShare;
        weighted += answeredShare * harmonic;
        if (answeredShare < 1e-16 * total && y < x + j)
            return weighted / (total * th);
    }
    return std::nullopt;
}

QueueMeasures erlangA(const QueueInput& in, double a,
                      const std::function<bool(const QueueMeasures&)>* wantAsa)
{
    QueueMeasures m = measuresFor(Model::ErlangA, in, a);
    const double lam = in.calls / in.intervalSec, mu = 1.0 / in.ahtSec, th = 1.0 / in.patienceSec;
    const double n = in.agents, T = in.thresholdSec;
    if (n == 0) { // nobody answers: every caller waits until they hang up
        m.pWait = m.pAbandon = 1;
        m.slOffered = m.slAnswered = m.slVirtual = 0;
        m.meanWaitSec = in.patienceSec;
        m.avgQueue = lam * in.patienceSec;
        m.occupancy = 1; // the limit n -> 0 (answered ~ n / a), so that occupancy falls monotonically in n
        return m;
    }
    const ImpatientQueue q(lam, mu, th, n);
    const double x = q.x(), y = q.y();
    const double logNmu = std::log(n * mu), logX = std::log(x);

    constexpr double kTiny = 1e-290;
    // Boost computes P(x+1, .); P(x, .) follows by the (cancellation-free) recurrence.
    const double logPrefixXY = detail::logGammaPrefix(x, y);
    const double pX1 = regularizedLowerGamma(x + 1.0, y);
    const double pX = detail::regularizedLowerGammaBelow(x, pX1, logPrefixXY);
    const double logRxy = pX > kTiny ? std::log(pX) - logPrefixXY : logScaledLowerGamma(x, y);
    const double logJ = logX + logRxy;
    const double logInvBm1 = std::log(n) + logScaledUpperGamma(n, a);
    const double logPin = -logAddExp(logInvBm1, logJ);
    const double noWait = logistic(logInvBm1 - logJ); // pi_n (1/B - 1)
    m.pWait = logistic(logJ - logInvBm1);             // pi_n J

    const double pin = std::exp(logPin);
    // answered after waiting: pi_n x R(x+1, y) = (x/y)(P(wait) - pi_n) = (x/y) pi_n (J - 1)
    // (log R(x+1, y) = log P(x+1, y) - log prefix(x+1, y), and prefix(x+1, y) = prefix(x, y) y / x)
    const double logRx1y =
        pX1 > kTiny ? std::log(pX1) - (logPrefixXY + std::log(y) - logX) : logScaledLowerGamma(x + 1.0, y);
    const double answeredWaited =
        logJ > std::log(2.0) ? (x / y) * (m.pWait - pin) : std::exp(logPin + logX + logRx1y);
    const double answered = noWait + answeredWaited;

    double abandon;
    if (y >= x) {
        abandon = (1.0 - x / y) * m.pWait + (x / y) * pin;
    } else {
        const double kept = 1.0 - (x - y) * std::exp(logRxy); // sum_j j y^j/(x)_{j+1}, by difference
        if (kept > kCancellationLimit)
            abandon = std::exp(logPin + logX + std::log(kept) - std::log(y));
        else
            abandon = std::exp(logPin + logNmu +
                               q.logIntegral({0, 0.0, true}, 0.0, std::numeric_limits<double>::infinity()));
    }

    // Service levels at T.  yT = y e^{-th T}; the ratios of regularised gammas hold no large logarithms.
    const double yT = y * std::exp(-th * T), phiT = q.phi(T);
    // (yT itself underflows when th T > ~700, e.g. a patience of 1 ms: the log forms take R(x, 0) = 1/x.)
    const double pX1T = yT > kTiny ? regularizedLowerGamma(x + 1.0, yT) : 0.0;
    const double pXT =
        yT > kTiny ? detail::regularizedLowerGammaBelow(x, pX1T, detail::logGammaPrefix(x, yT)) : 0.0;
    const double waitsBeyondT = pX > kTiny && yT > kTiny
                                    ? m.pWait * (pXT / pX)
                                    : std::exp(logPin + logX + phiT + logScaledLowerGamma(x, yT));
    double slVirtual = 1.0 - waitsBeyondT;
    if (slVirtual < kCancellationLimit)
        slVirtual =
            T > 0 ? noWait + std::exp(logPin + logNmu + q.logIntegral({0, 0.0, false}, 0.0, T)) : noWait;
    const double answeredAfterT =
        pX1 > kTiny && yT > kTiny
            ? answeredWaited * (pX1T / pX1)
            : std::exp(logPin + logX - th * T + phiT + logScaledLowerGamma(x + 1.0, yT));
    double slOffered = answered - answeredAfterT;
    if (slOffered < kCancellationLimit * answered)
        slOffered =
            T > 0 ? noWait + std::exp(logPin + logNmu + q.logIntegral({0, th, false}, 0.0, T)) : noWait;

    m.pAbandon = std::min(abandon, 1.0);
    m.slOffered = std::clamp(slOffered, 0.0, 1.0);
    m.slAnswered = std::clamp(slOffered / answered, 0.0, 1.0);
    m.slVirtual = std::clamp(slVirtual, 0.0, 1.0);
    m.meanWaitSec = abandon * in.patienceSec;
    m.avgQueue = abandon * y;
    m.occupancy = std::min(a * answered / n, 1.0);
    if (!wantAsa || (*wantAsa)(m)) {
        // ASA = E[V e^{-th V}] / P(answered) = (answered after waiting / answered) * E[V | answered after
        // waiting]
        const double meanWaitOfWaited = y < x ? meanWaitOfWaitedBySum(x, y, th).value_or(-1.0) : -1.0;
        const double meanWaitOfWaitedFinal =
            meanWaitOfWaited >= 0 ? meanWaitOfWaited : q.ratioOfIntegrals({1, th, false}, {0, th, false});
        m.asaSec = answered > 0 ? answeredWaited / answered * meanWaitOfWaitedFinal : 0.0;
    }
    return m;
}

std::optional<InputError> check(const char* fn, Parameter p, double v, Problem rule)
{
    if (!std::isfinite(v))
        return InputError{fn, p, Problem::NotFinite, v};
    const bool bad = (rule == Problem::Negative && v < 0) || (rule == Problem::NotPositive && v <= 0);
    if (bad)
        return InputError{fn, p, rule, v};
    return std::nullopt;
}

} // namespace

std::string_view modelName(Model m)
{
    switch (m) {
    case Model::ErlangB:
        return "b";
    case Model::ErlangC:
        return "c";
    case Model::ErlangA:
        return "a";
    }
    return "?";
}

std::optional<InputError> validateQueueInput(Model model, const QueueInput& in, const char* fn)
{
    if (auto e = check(fn, Parameter::Calls, in.calls, Problem::Negative))
        return e;
    if (auto e = check(fn, Parameter::IntervalSec, in.intervalSec, Problem::NotPositive))
        return e;
    if (auto e = check(fn, Parameter::AhtSec, in.ahtSec, Problem::NotPositive))
        return e;
    if (model == Model::ErlangA) {
        if (auto e = check(fn, Parameter::PatienceSec, in.patienceSec, Problem::NotPositive))
            return e;
        if (in.patienceSec > kMaxPatienceSec)
            return InputError{fn, Parameter::PatienceSec, Problem::TooLarge, in.patienceSec};
    }
    if (auto e = check(fn, Parameter::Agents, in.agents, Problem::Negative))
        return e;
    if (in.agents > kMaxAgents)
        return InputError{fn, Parameter::Agents, Problem::TooLarge, in.agents};
    if (auto e = check(fn, Parameter::ThresholdSec, in.thresholdSec, Problem::Negative))
        return e;
    if (!(offeredLoad(in) <= kMaxLoadErlangs))
        return InputError{fn, Parameter::Calls, Problem::TooLarge, in.calls};
    return std::nullopt;
}

namespace {
Result<QueueMeasures> evaluate(Model model, const QueueInput& in,
                               const std::function<bool(const QueueMeasures&)>* wantAsa)
{
    if (auto e = validateQueueInput(model, in, "evaluateQueue"))
        return *e;
    const double a = offeredLoad(in);
    if (a == 0)
        return noCalls(model, in);
    switch (model) {
    case Model::ErlangB:
        return erlangB(in, a);
    case Model::ErlangC:
        return erlangC(in, a);
    case Model::ErlangA:
        return erlangA(in, a, wantAsa);
    }
    return noCalls(model, in);
}
} // namespace

Result<QueueMeasures> evaluateQueue(Model model, const QueueInput& in)
{
    return evaluate(model, in, nullptr);
}

Result<QueueMeasures> evaluateQueue(Model model, const QueueInput& in,
                                    const std::function<bool(const QueueMeasures&)>& wantAsa)
{
    return evaluate(model, in, &wantAsa);
}

std::string_view parameterName(Parameter p)
{
    switch (p) {
    case Parameter::Calls:
        return "calls";
    case Parameter::IntervalSec:
        return "interval_sec";
    case Parameter::AhtSec:
        return "aht_sec";
    case Parameter::PatienceSec:
        return "patience_sec";
    case Parameter::Agents:
        return "agents";
    case Parameter::ThresholdSec:
        return "threshold_sec";
    case Parameter::ServiceLevel:
        return "sl";
    case Parameter::AsaSec:
        return "asa_sec";
    case Parameter::Abandon:
        return "abandon";
    case Parameter::MaxOccupancy:
        return "max_occupancy";
    case Parameter::Shrinkage:
        return "shrinkage";
    case Parameter::Model:
        return "model";
    }
    return "?";
}

} // namespace staffplan
