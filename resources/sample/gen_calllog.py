#!/usr/bin/python3
"""Synthetic call logs for benchmarks and the bundled sample (generic preset columns).

  /usr/bin/python3 resources/sample/gen_calllog.py --calls 1000000 --out /tmp/calls-1m.csv

The build runs it for the sample StaffPlan opens with one click (resources/CMakeLists.txt).

Arrivals follow a weekly and intraday pattern (two daily peaks, quiet nights, light weekends); AHT varies over the
day (longer at night); callers have exponential patience (mean 180 s by default) and hang up when the wait they
would face exceeds it; the wait grows with the load of the hour.  Deterministic for a given --seed.
"""
import argparse
import math
import random
from datetime import datetime, timedelta


def poisson(rng, mean):
    """A Poisson variate: Knuth's product of uniforms for small means, the normal approximation above 60."""
    if mean > 60:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=100000)
    ap.add_argument("--start", default="2026-01-05")
    ap.add_argument("--patience", type=float, default=180.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--noise", action="store_true",
                    help="Poisson counts per 15 minutes around the pattern and a slowly rising weekly level "
                         "(as real volume varies); without it, every week has exactly the same counts and the "
                         "total is exactly --calls")
    ap.add_argument("--weeks", type=int, default=0, help="spread the calls over this many weeks (default: as many as keep the busiest 15 minutes below ~260 calls)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    queues = ["sales", "support", "billing", "tech"]
    agents = [f"A{n:03d}" for n in range(120)]
    # relative call intensity per 15-minute slot of the week
    weights = []
    for day in range(7):
        dayf = [1.0, 0.97, 0.95, 0.93, 0.9, 0.45, 0.3][day]
        for slot in range(96):
            h = slot / 4
            w = 0.02 + (math.exp(-((h - 10.5) / 2.2) ** 2) + 0.8 * math.exp(-((h - 15) / 2.8) ** 2)) * (7 <= h < 22)
            weights.append(w * dayf)
    total = sum(weights)
    start = datetime.fromisoformat(a.start)
    weeks = max(a.weeks, 1)
    per_week = a.calls / weeks
    # spread the calls over as many weeks as keep the busiest slot below ~260 calls
    while a.weeks == 0 and per_week * max(weights) / total > 260:
        weeks += 1
        per_week = a.calls / weeks
    with open(a.out, "w", newline="") as f:
        f.write("arrival,wait_sec,talk_sec,hold_sec,acw_sec,outcome,queue,channel,agent,customer_id,transferred,"
                "resolved,csat\n")
        # calls per (week, slot): proportional to the weights, remainders handed out so the total is exact
        shares = [per_week * w / total for _ in range(weeks) for w in weights]
        if a.noise:
            # level: +1% a week, with a +-4% wobble; counts Poisson around it
            levels = [(1 + 0.01 * (wk - weeks / 2)) * (1 + 0.04 * math.sin(1.7 * wk)) for wk in range(weeks)]
            counts = [poisson(rng, x * levels[i // len(weights)]) for i, x in enumerate(shares)]
        else:
            counts = [int(x) for x in shares]
            for i in sorted(range(len(shares)), key=lambda i: counts[i] - shares[i])[:a.calls - sum(counts)]:
                counts[i] += 1
        written = 0
        for week in range(weeks):
            for s, w in enumerate(weights):
                n = counts[week * len(weights) + s]
                load = w / max(weights)
                base = start + timedelta(days=7 * week, minutes=15 * s)
                hour = (s % 96) / 4
                for _ in range(n):
                    t = base + timedelta(seconds=rng.random() * 900)
                    virtual = rng.expovariate(1 / (5 + 90 * load ** 3))
                    patience = rng.expovariate(1 / a.patience)
                    q = rng.choice(queues)
                    cust = f"C{rng.randrange(200000):06d}"
                    if patience < virtual:
                        f.write(f"{t:%Y-%m-%dT%H:%M:%S},{patience:.1f},0,0,0,abandoned,{q},voice,,{cust},,,\n")
                    else:
                        talk = rng.lognormvariate(math.log(200 + (60 if hour < 7 or hour >= 21 else 0)), 0.5)
                        hold = rng.expovariate(1 / 15) if rng.random() < 0.2 else 0
                        acw = rng.expovariate(1 / 40)
                        resolved = "1" if rng.random() < 0.75 else "0"
                        transferred = "1" if rng.random() < 0.08 else "0"
                        csat = str(rng.randint(1, 5)) if rng.random() < 0.3 else ""
                        f.write(f"{t:%Y-%m-%dT%H:%M:%S},{virtual:.1f},{talk:.0f},{hold:.0f},{acw:.0f},answered,{q},"
                                f"voice,{rng.choice(agents)},{cust},{transferred},{resolved},{csat}\n")
                written += n


if __name__ == "__main__":
    main()
