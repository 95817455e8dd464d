#!/usr/bin/env python3
"""Summary of a run.sh result folder: medians per (config, method, side), B/A ratios, bounds.

  summarize.py OUT_DIR     reads runs.csv, garp.tsv, backup-macs.txt; writes runs-garp.csv
"""
import csv
import os
import statistics
import sys

out = sys.argv[1]
macs = dict(line.split() for line in open(os.path.join(out, "backup-macs.txt")) if line.strip())
garps = {}  # side -> sorted [(t_us, mac)]
for line in open(os.path.join(out, "garp.tsv")):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 3 and f[1]:
        garps.setdefault(f[0], []).append((round(float(f[1]) * 1e6), f[2].lower()))
for v in garps.values():
    v.sort()

rows = list(csv.DictReader(open(os.path.join(out, "runs.csv"))))
for r in rows:
    r["garp_ms"] = "NaN"
    if r["t_fail_us"]:
        t0 = int(r["t_fail_us"])
        mac = macs.get(r["side"], "").lower()
        first = next((t for t, m in garps.get(r["side"], []) if t >= t0 and m == mac), None)
        if first is not None and first - t0 < 30e6:
            r["garp_ms"] = f"{(first - t0) / 1000:.1f}"
with open(os.path.join(out, "runs-garp.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()) if rows else ["side"])
    w.writeheader()
    w.writerows(rows)


def med(vals):
    v = [float(x) for x in vals if x not in ("", "NaN")]
    return (statistics.median(v), min(v), max(v), len(v)) if v else None


def fmt(m):
    return "-" if m is None else f"{m[0]:.0f} ({m[1]:.0f}..{m[2]:.0f}, n={m[3]})"


def bounds(method, advert):
    a = float(advert) * 1000
    skew = (256 - 100) * a / 256  # backup priority 100, RFC 5798 section 6.1
    mdi = 3 * a + skew
    if method == "sigterm":
        return f"Skew_Time {skew:.0f}"
    return f"Master_Down_Interval {mdi:.0f} (window {mdi - a:.0f}..{mdi:.0f})"


names = {r["side"]: r["impl"] for r in rows}
print("# VRRP takeover, ms: median (min..max, n); backup priority 100, node1 150\n")
print(f"A = {names.get('a', '?')}, B = {names.get('b', '?')}\n")
print("| config | method | A: VIP on backup | B: VIP on backup | B/A | A: first GARP | B: first GARP | B/A | protocol bound |")
print("|---|---|---|---|---|---|---|---|---|")
keys = []
for r in rows:
    k = (r["version"], r["advert"], r["method"])
    if k not in keys:
        keys.append(k)
for v, adv, m in keys:
    sel = lambda side, col: med([r[col] for r in rows
                                 if (r["version"], r["advert"], r["method"], r["side"]) == (v, adv, m, side)])
    va, vb, ga, gb = sel("a", "vip_ms"), sel("b", "vip_ms"), sel("a", "garp_ms"), sel("b", "garp_ms")
    ratio = lambda x, y: f"{y[0] / x[0]:.2f}" if x and y and x[0] > 0 else "-"
    print(f"| v{v} advert {adv} s | {m} | {fmt(va)} | {fmt(vb)} | {ratio(va, vb)} | {fmt(ga)} | {fmt(gb)} "
          f"| {ratio(ga, gb)} | {bounds(m, adv)} |")
