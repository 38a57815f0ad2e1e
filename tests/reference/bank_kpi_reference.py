#!/usr/bin/python3
"""Independent KPIs of an Anonymous Bank log (shared/data/anonymous-bank-1999), for tst_bank_kpi.

Run:  /usr/bin/python3 tests/reference/bank_kpi_reference.py ../shared/data/anonymous-bank-1999/10_October.txt \
          > tests/reference/bank_october_kpi.json
Plain Python (csv module), written from SOURCE.md's description, sharing no code with StaffPlan:
  - PHANTOM rows are ignored; HANG rows that never entered the queue (q_start 0:00:00) left in the VRU;
  - arrival = date + q_start (queued) or ser_start / vru_exit (served at once); clocks that read earlier than
    vru_entry wrapped past midnight;
  - wait = q_time for queued calls, 0 otherwise; talk = ser_time; queue = type; agent = server (not NO_SERVER);
  - per day and queue, and per day for all queues ('*'), and in total.
"""
import csv
import json
import sys
from collections import defaultdict
from datetime import datetime, timedelta

T, SHORT, FCR_DAYS = 20, 5, 7


def clock(s):
    h, m, sec = (int(x) for x in s.split(":"))
    return h * 3600 + m * 60 + sec


def main(path):
    groups = defaultdict(lambda: dict(offered=0, answered=0, abandoned=0, short=0, within=0, wait_ans=0.0,
                                      wait_ab=0.0, talk=0.0, queue_time=0.0, agents=set(), max_wait=0.0))
    contacts = []  # (customer, queue, arrival, answered, keys)
    counts = dict(read=0, phantom=0, never_queued=0)
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            counts["read"] += 1
            if row["outcome"] == "PHANTOM":
                counts["phantom"] += 1
                continue
            queued = row["q_start"] != "0:00:00"
            if row["outcome"] == "HANG" and not queued:
                counts["never_queued"] += 1
                continue
            day = datetime.strptime(row["date"], "%y%m%d")
            if queued:
                at = clock(row["q_start"])
            elif row["ser_start"] != "0:00:00":
                at = clock(row["ser_start"])
            else:
                at = clock(row["vru_exit"])
            if at < clock(row["vru_entry"]):
                at += 86400
            arrival = day + timedelta(seconds=at)
            wait = float(row["q_time"]) if queued else 0.0
            answered = row["outcome"] == "AGENT"
            keys = [(arrival.strftime("%Y-%m-%d"), row["type"]), (arrival.strftime("%Y-%m-%d"), "*"),
                    ("total", row["type"]), ("total", "*")]
            for k in keys:
                g = groups[k]
                g["offered"] += 1
                g["queue_time"] += wait
                g["max_wait"] = max(g["max_wait"], wait)
                if answered:
                    g["answered"] += 1
                    g["wait_ans"] += wait
                    g["within"] += wait <= T
                    g["talk"] += float(row["ser_time"])
                    if row["server"] != "NO_SERVER":
                        g["agents"].add(row["server"])
                else:
                    g["abandoned"] += 1
                    g["wait_ab"] += wait
                    g["short"] += wait <= SHORT
            if row["customer_id"] != "0":
                contacts.append((row["customer_id"], row["type"], arrival, answered, keys))
    fcr = defaultdict(lambda: [0, 0])
    contacts.sort(key=lambda c: (c[0], c[1], c[2]))
    for i, c in enumerate(contacts):
        if not c[3]:
            continue
        nxt = contacts[i + 1] if i + 1 < len(contacts) else None
        repeated = nxt is not None and nxt[0] == c[0] and nxt[1] == c[1] and (nxt[2] - c[2]) <= timedelta(days=FCR_DAYS)
        for k in c[4]:
            fcr[k][0] += 1
            fcr[k][1] += 0 if repeated else 1
    rows = []
    for (period, queue), g in sorted(groups.items()):
        rows.append(dict(
            period_start=period, queue=queue, offered=g["offered"], answered=g["answered"],
            abandoned=g["abandoned"], short_abandoned=g["short"],
            abandon_rate=g["abandoned"] / g["offered"], service_level=g["within"] / g["offered"],
            asa_sec=g["wait_ans"] / g["answered"] if g["answered"] else None,
            mean_time_to_abandon_sec=g["wait_ab"] / g["abandoned"] if g["abandoned"] else None,
            max_wait_sec=g["max_wait"],
            aht_sec=g["talk"] / g["answered"] if g["answered"] else None,
            patience_mle_sec=g["queue_time"] / g["abandoned"] if g["abandoned"] else None,
            agents_seen=len(g["agents"]),
            fcr=fcr[(period, queue)][1] / fcr[(period, queue)][0] if fcr[(period, queue)][0] else None))
    json.dump(dict(counts=counts, rows=rows), sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
