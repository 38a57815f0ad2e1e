#!/usr/bin/python3
"""The pandas side of the import benchmark (BENCHMARKS.md): read a generic call log and aggregate 30-minute KPIs
per queue (offered, answered, abandoned, service level within 20 s, ASA, AHT, patience MLE), as staffplan-cli kpi
does.  Debian's python3-pandas.   /usr/bin/python3 tests/bench/pandas_kpi.py /tmp/calls-1m.csv > /dev/null"""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], parse_dates=["arrival"])
df["period"] = df["arrival"].dt.floor("30min")
answered = df["outcome"] == "answered"
df["answered"] = answered
df["abandoned"] = ~answered
df["within"] = answered & (df["wait_sec"] <= 20)
df["wait_answered"] = df["wait_sec"].where(answered, 0.0)
df["handle"] = (df["talk_sec"] + df["hold_sec"] + df["acw_sec"]).where(answered, 0.0)
g = df.groupby(["period", "queue"]).agg(offered=("outcome", "size"), answered=("answered", "sum"),
                                        abandoned=("abandoned", "sum"), within=("within", "sum"),
                                        wait_answered=("wait_answered", "sum"), handle=("handle", "sum"),
                                        queue_time=("wait_sec", "sum"), agents_seen=("agent", "nunique"))
g["service_level"] = g["within"] / g["offered"]
g["abandon_rate"] = g["abandoned"] / g["offered"]
g["asa_sec"] = g["wait_answered"] / g["answered"]
g["aht_sec"] = g["handle"] / g["answered"]
g["patience_mle_sec"] = g["queue_time"] / g["abandoned"]
g.to_csv(sys.stdout)
