#!/usr/bin/python3
"""High-precision reference values for StaffPlan's Erlang B / C / A core.

Run:  /usr/bin/python3 tests/reference/gen_erlang_reference.py > tests/reference/erlang_reference.csv
      (--skip-self-check skips the 3-minute brute-force check of the derivation)
Needs Debian's python3-mpmath.  Works at 60 significant digits.

Two independent computations are used:
  * the closed forms below (incomplete gamma functions, mpmath's own implementation), for every row;
  * for small integer n, a brute-force birth-death chain (state sums and a tagged-customer Markov chain),
    which must agree with the closed forms to 1e-30 or the script stops (self-check of the derivation).

Model (M/M/n+M, Erlang A): arrival rate lam, service rate mu = 1/AHT, abandonment rate th = 1/patience.
With a = lam/mu, x = n mu/th, y = lam/th, phi(t) = (lam/th)(1 - e^{-th t}) - n mu t:
  Erlang B (real n):  1/B = Gamma(n+1, a) e^a a^-n                    (Jagerman 1974)
  J = sum_j prod_{i<=j} lam/(n mu + i th) = n mu int_0^inf e^phi dt = x gamma(x, y) e^y y^-x
  pi_n = 1/(1/B - 1 + J)   (state "all n agents busy, queue empty")
  virtual wait V: P(V = 0) = 1 - pi_n J,  density f_V(t) = pi_n n mu e^phi(t) for t > 0
  p_abandon = E[1 - e^{-th V}],  sl_offered = P(V=0) + int_0^T e^{-th t} f_V,  sl_virtual = P(V <= T),
  asa = E[V e^{-th V}] / (1 - p_abandon),  mean_wait = p_abandon / th,  avg_queue = lam * mean_wait.
Erlang C is the th -> 0 limit: C = n B / (n - a + a B), P(W > T) = C e^{-(n - a) mu T}.
"""
import sys
import mpmath as mp

mp.mp.dps = 60


def inv_erlang_b(n, a):
    if n == 0:
        return mp.mpf(1)
    return mp.gammainc(n + 1, a) * mp.exp(a) * a ** (-n)


def erlang_b(n, a):
    return 1 / inv_erlang_b(n, a)


def erlang_c(n, a, aht, T):
    a, n = mp.mpf(a), mp.mpf(n)
    B = erlang_b(n, a)
    out = dict(p_block=0, p_abandon=0)
    if n <= a:
        out.update(p_wait=1, sl_offered=0, sl_answered=0, sl_virtual=0, asa_sec=None,
                   mean_wait_sec=None, avg_queue=None, occupancy=1)
        return out
    C = n * B / (n - a + a * B)
    sl = 1 - C * mp.exp(-(n - a) * T / aht)
    asa = C * aht / (n - a)
    out.update(p_wait=C, sl_offered=sl, sl_answered=sl, sl_virtual=sl, asa_sec=asa, mean_wait_sec=asa,
               avg_queue=C * a / (n - a), occupancy=a / n)
    return out


def erlang_b_measures(n, a):
    B = erlang_b(n, a)
    return dict(p_block=B, p_wait=0, p_abandon=0, sl_offered=1 - B, sl_answered=1, sl_virtual=1 - B,
                asa_sec=0, mean_wait_sec=0, avg_queue=0, occupancy=a * (1 - B) / n)


def erlang_a(n, lam, aht, patience, T):
    lam, n = mp.mpf(lam), mp.mpf(n)
    mu, th = 1 / mp.mpf(aht), 1 / mp.mpf(patience)
    a = lam / mu
    x, y = n * mu / th, lam / th

    def phi(t):
        return y * (-mp.expm1(-th * t)) - n * mu * t

    # scaled lower incomplete gamma R(s, z) = gamma(s, z) e^z z^-s
    def R(s, z):  # DLMF 8.5.1: gamma(s, z) = z^s e^-z 1F1(1; s+1; z) / s
        return mp.hyp1f1(1, s + 1, z, maxterms=10**8) / s

    invBm1 = inv_erlang_b(n, a) - 1
    J = x * R(x, y)
    pin = 1 / (invBm1 + J)
    p_wait = pin * J
    uT, yT = mp.exp(-th * T), y * mp.exp(-th * T)
    p_v_gt_T = pin * x * mp.exp(phi(T)) * R(x, yT)
    # int_0^inf (1 - e^{-th t}) e^phi dt = (R(x,y) - R(x+1,y))/th ; at 60 digits cancellation is harmless
    p_ab = pin * x * (R(x, y) - R(x + 1, y))
    # P(V <= T) and answered within T, as positive integrals over (0, T] (no subtraction, so a service level
    # of 1e-60 keeps all its digits); the closed-form complements must agree where they are well conditioned.
    def quad0T(weight):
        if T == 0:
            return mp.mpf(0)
        tpk = min(max(mp.log(lam / (n * mu)) / th, 0), T) if lam > n * mu else mp.mpf(0)
        ref = phi(tpk)
        pts = sorted(set([mp.mpf(0), tpk, mp.mpf(T)] + [mp.mpf(T) * k / 16 for k in range(1, 16)]))
        return mp.exp(ref) * mp.quad(lambda t: weight(t) * mp.exp(phi(t) - ref), pts)

    no_wait = pin * invBm1  # not 1 - p_wait: that is rounding noise when p_wait ~ 1
    sl_virt = no_wait + pin * n * mu * quad0T(lambda t: 1)
    sl_off = no_wait + pin * n * mu * quad0T(lambda t: mp.exp(-th * t))
    late_answered = pin * x * uT * mp.exp(phi(T)) * R(x + 1, yT)
    for closed, direct in ((1 - p_v_gt_T, sl_virt), (1 - p_ab - late_answered, sl_off)):
        if direct > mp.mpf('1e-20') and abs(closed - direct) > mp.mpf('1e-30') * direct:
            sys.exit(f"closed form and integral disagree: {closed} {direct}")
    # E[V e^{-th V}] = pi_n n mu int_0^inf t e^{-th t} e^phi dt  (integrate with breakpoints around the mode)
    tmode = mp.log(lam / (n * mu)) / th if lam > n * mu else mp.mpf(0)
    curv = lam * th * mp.exp(-th * tmode)
    slope = abs(lam - n * mu)
    scale = 1 / max(mp.sqrt(curv), slope / 8 if tmode == 0 else 0, mp.mpf(10) ** -30)
    pts = [mp.mpf(0)] + [tmode + k * scale for k in range(-40, 200) if tmode + k * scale > 0]
    phimax = phi(tmode)
    f = lambda t: t * mp.exp(-th * t) * mp.exp(phi(t) - phimax)
    pts = [p for p in pts if phi(p) - phimax > -400] + [mp.inf]
    num = pin * n * mu * mp.exp(phimax) * mp.quad(f, pts)
    return dict(p_block=0, p_wait=p_wait, p_abandon=p_ab, sl_offered=sl_off, sl_answered=sl_off / (1 - p_ab),
                sl_virtual=sl_virt, asa_sec=num / (1 - p_ab), mean_wait_sec=p_ab / th,
                avg_queue=lam * p_ab / th, occupancy=a * (1 - p_ab) / n)


def erlang_a_bruteforce(n, lam, aht, patience, T, jmax=400):
    """Birth-death chain with a truncated queue; tagged-customer chain for waiting-time measures."""
    lam, mu, th = mp.mpf(lam), 1 / mp.mpf(aht), 1 / mp.mpf(patience)
    w = [mp.mpf(1)]
    for k in range(1, n + 1):
        w.append(w[-1] * lam / (k * mu))
    for j in range(1, jmax + 1):
        w.append(w[-1] * lam / (n * mu + j * th))
    Z = mp.fsum(w)
    pi = [v / Z for v in w]
    p_wait = mp.fsum(pi[n:])
    EQ = mp.fsum(j * pi[n + j] for j in range(jmax + 1))
    p_ab = th * EQ / lam

    # Tagged customer who finds j waiting: states k = customers ahead (0..K), absorbing "served" and
    # "abandoned".  Ahead count falls at n mu + k th; the tagged caller hangs up at th (not the virtual one).
    # One matrix exponential gives P(served by T | start in k) for every k at once.
    K = 60

    def served_by_T(with_abandon):
        Q = mp.zeros(K + 3, K + 3)
        served, abandoned = K + 1, K + 2
        for k in range(K + 1):
            move = n * mu + k * th
            Q[k, k] -= move
            Q[k, (k - 1) if k > 0 else served] += move
            if with_abandon:
                Q[k, k] -= th
                Q[k, abandoned] += th
        P = mp.expm(Q * T)
        return [P[k, served] for k in range(K + 1)]

    tagged_sl, virtual_sl = served_by_T(True), served_by_T(False)
    sl_off = mp.fsum(pi[:n]) + mp.fsum(pi[n + j] * tagged_sl[j] for j in range(K + 1))
    sl_virt = mp.fsum(pi[:n]) + mp.fsum(pi[n + j] * virtual_sl[j] for j in range(K + 1))
    # E[W 1{served}] = sum_j pi_{n+j} * (n mu/(n mu+(j+1)th)) * sum_{k=1}^{j+1} 1/(n mu + k th)
    ew = mp.fsum(pi[n + j] * n * mu / (n * mu + (j + 1) * th) * mp.fsum(1 / (n * mu + k * th) for k in range(1, j + 2))
                 for j in range(jmax + 1))
    return dict(p_wait=p_wait, p_abandon=p_ab, sl_offered=sl_off, sl_virtual=sl_virt, asa_sec=ew / (1 - p_ab))


def self_check():
    # small systems where the brute force converges (queue truncated where its mass is < 1e-60)
    for (n, lam, aht, pat, T) in [(1, 0.5, 1, 2, 0.7), (3, 0.01, 180, 120, 20), (5, 1 / 30, 240, 60, 15),
                                  (4, 0.05, 100, 300, 30), (2, 0.02, 200, 50, 10)]:
        ref = erlang_a(n, lam, aht, pat, T)
        bf = erlang_a_bruteforce(n, lam, aht, pat, T)
        for k, v in bf.items():
            # the tagged-customer sums stop at j = 60: their own truncation is far below 1e-25 here
            tol = mp.mpf(10) ** (-25 if k.startswith('sl_') else -30)
            if abs(v - ref[k]) > tol * abs(v):
                sys.exit(f"self-check failed: n={n} {k}: closed form {mp.nstr(ref[k], 30)} brute force {mp.nstr(v, 30)}")
    # Erlang B for integer n: the plain sum a^k/k!
    for (n, a) in [(1, 0.5), (10, 7.3), (57, 60.2), (300, 250)]:
        a = mp.mpf(a)
        direct = (a ** n / mp.factorial(n)) / mp.fsum(a ** k / mp.factorial(k) for k in range(n + 1))
        if abs(direct - erlang_b(n, a)) > mp.mpf(10) ** -40 * direct:
            sys.exit(f"self-check failed: Erlang B n={n}")


COLUMNS = ["p_block", "p_wait", "p_abandon", "sl_offered", "sl_answered", "sl_virtual",
           "asa_sec", "mean_wait_sec", "avg_queue", "occupancy"]


def cases():
    # (label, model, calls, interval_sec, aht_sec, patience_sec, agents, threshold_sec)
    rows = []
    # small help desk
    for m in "bca":
        rows += [("helpdesk-3", m, 10, 1800, 300, 120, 3, 20), ("helpdesk-2", m, 12, 3600, 420, 90, 2, 30)]
    # typical centre: 100 calls / 30 min, AHT 240 s  => 13.33 Erl
    for n in (10, 13, 14, 15, 16, 18, 20, 25, 30):
        for m in "bca":
            rows.append((f"typical-{n}", m, 100, 1800, 240, 180, 14 if n == 14 else n, 20))
    # fractional agents (planners summing queues)
    for n in (13.5, 14.25, 20.75, 0.5):
        for m in "bca":
            rows.append((f"fractional-{n}", m, 100, 1800, 240, 180, n, 20))
    # large and huge centres
    for (calls, aht, n, T) in [(2000, 300, 350, 20), (20000, 240, 2700, 20), (12000, 300, 1000, 30),
                               (88200, 1800, 50000, 20), (147000, 300, 50000, 10),
                               (84000, 1050, 49500, 20), (180000, 900, 50000, 60), (1470, 60000, 49500, 20)]:
        for m in "bca":
            rows.append((f"huge-{n}", m, calls, 1800, aht, 200, n, T))
    # Erlang A below the load, far below, and overload
    for n in (1, 5, 50, 200, 500):
        rows.append((f"below-load-{n}", "a", 4000, 1800, 300, 150, n, 20))
    # patience from 1 ms to 1e7 s
    for pat in (0.001, 0.1, 1, 30, 600, 1e4, 1e6, 1e7):
        for n in (12, 15, 30):
            rows.append((f"patience-{pat}-{n}", "a", 100, 1800, 240, pat, n, 20))
    for pat in (0.001, 1e5, 1e7):
        rows.append((f"patience-large-{pat}", "a", 20000, 1800, 240, pat, 2760, 20))
    # threshold extremes
    for T in (0, 1, 300, 3600):
        for m in "ca":
            rows.append((f"threshold-{T}", m, 100, 1800, 240, 180, 16, T))
    # tiny loads and a one-agent system
    for m in "bca":
        rows += [("tiny-load", m, 1, 3600, 60, 60, 1, 20), ("tiny-load-many-agents", m, 1, 3600, 60, 60, 40, 20)]
    # unstable Erlang C (n <= load)
    rows += [("unstable-equal", "c", 100, 1800, 180, 180, 10, 20), ("unstable-below", "c", 100, 1800, 240, 180, 8, 20)]
    return rows


def fmt(v):
    if v is None:
        return "null"
    return mp.nstr(mp.mpf(v), 25, min_fixed=-5, max_fixed=5) if v != 0 else "0"


def row(case):
    (label, m, calls, interval, aht, pat, n, T) = case
    lam = mp.mpf(calls) / interval
    a = lam * aht
    if m == "b":
        out = erlang_b_measures(mp.mpf(n), a)
    elif m == "c":
        out = erlang_c(n, a, mp.mpf(aht), mp.mpf(T))
    else:
        out = erlang_a(n, lam, aht, pat, T)
    return ",".join([label, m, str(calls), str(interval), str(aht), str(pat), str(n), str(T), fmt(a)]
                    + [fmt(out[c]) for c in COLUMNS])


def main():
    import multiprocessing
    if "--skip-self-check" not in sys.argv:
        self_check()
    print("# generated by tests/reference/gen_erlang_reference.py (mpmath, 60 digits); do not edit")
    print(",".join(["label", "model", "calls", "interval_sec", "aht_sec", "patience_sec", "agents",
                    "threshold_sec", "offered_load"] + COLUMNS))
    with multiprocessing.Pool() as pool:  # rows are independent; keep the order
        for line in pool.imap(row, cases()):
            print(line)
            sys.stdout.flush()


if __name__ == "__main__":
    main()
