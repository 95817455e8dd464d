#!/usr/bin/env python3
"""Summary of a bench/scale/run.sh result folder: per config, keepalived vs jkeepalived side by side.

  summarize.py OUT_DIR     reads OUT_DIR/scale.csv, prints markdown

Ratios are B/A (jkeepalived / keepalived) for the same node role in the same window. With a
third pair (side c, say the jkeepalived before a change), a second table compares B with C.
"""
import csv
import os
import sys

rows = list(csv.DictReader(open(os.path.join(sys.argv[1], "scale.csv"))))
names = {r["side"]: r["impl"] for r in rows}
A, B, C = names.get("a", "A"), names.get("b", "B"), names.get("c")


def get(cfg, side, node):
    return next((r for r in rows if (r["instances"], r["version"], r["advert"], r["side"], r["node"])
                 == cfg + (side, node)), None)


def num(r, k):
    try:
        return float(r[k]) if r and r.get(k) is not None else None
    except ValueError:
        return None


def ratio(a, b):
    return f"{b / a:.2f}" if a and b is not None and a > 0 else "-"


def cell(r, k, div=1.0, fmt="{:.1f}"):
    x = num(r, k)
    return "-" if x is None else fmt.format(x / div)


cfgs = []
for r in rows:
    c = (r["instances"], r["version"], r["advert"])
    if c not in cfgs:
        cfgs.append(c)

print(f"# CPU and memory, A = {A}, B = {B} (node1 MASTER priority 150, node2 BACKUP 100)\n")
print("CPU: utime+stime of the daemon's process tree over the window / window (100 = one core). "
      "RSS/PSS at the end of the window, MB. to_master on node2 = false takeovers. "
      "Advert gap (backup rows): longest gap between the master's VRID-1 adverts received by the "
      "backup in the window.\n")
print(f"| instances | VRRP | advert s | node | window s | A cpu % | B cpu % | B/A | A RSS | B RSS | B/A "
      f"| A PSS | B PSS | B/A | B threads | A to_master | B to_master | B GC pauses | B max GC ms "
      f"| B max safepoint ms | A advert gap ms | B advert gap ms | host idle % |")
print("|" + "---|" * 23)
for c in cfgs:
    for node in ("1", "2"):
        a, b = get(c, "a", node), get(c, "b", node)
        ref = a or b
        print(f"| {c[0]} | v{c[1]} | {c[2]} | {node} ({'master' if node == '1' else 'backup'}) "
              f"| {cell(ref, 'window_s', fmt='{:.0f}')} "
              f"| {cell(a, 'cpu_pct', fmt='{:.2f}')} | {cell(b, 'cpu_pct', fmt='{:.2f}')} "
              f"| {ratio(num(a, 'cpu_pct'), num(b, 'cpu_pct'))} "
              f"| {cell(a, 'rss_kb', 1024)} | {cell(b, 'rss_kb', 1024)} | {ratio(num(a, 'rss_kb'), num(b, 'rss_kb'))} "
              f"| {cell(a, 'pss_kb', 1024)} | {cell(b, 'pss_kb', 1024)} | {ratio(num(a, 'pss_kb'), num(b, 'pss_kb'))} "
              f"| {cell(b, 'threads', fmt='{:.0f}')} | {cell(a, 'to_master', fmt='{:.0f}')} "
              f"| {cell(b, 'to_master', fmt='{:.0f}')} | {cell(b, 'gc_pauses', fmt='{:.0f}')} "
              f"| {cell(b, 'gc_max_ms', fmt='{:.2f}')} | {cell(b, 'safepoint_max_ms', fmt='{:.2f}')} "
              f"| {cell(a, 'max_gap_ms')} | {cell(b, 'max_gap_ms')} "
              f"| {cell(ref, 'host_idle_pct')} |")
if C:
    print(f"\n## B = {B} against C = {C} (same run)\n")
    print("| instances | VRRP | advert s | node | C cpu % | B cpu % | B/C | C RSS | B RSS | B/C | C PSS | B PSS "
          "| C threads | B threads | C to_master | C GC pauses | B GC pauses | C max GC ms | B max GC ms |")
    print("|" + "---|" * 19)
    for c in cfgs:
        for node in ("1", "2"):
            b, x = get(c, "b", node), get(c, "c", node)
            print(f"| {c[0]} | v{c[1]} | {c[2]} | {node} ({'master' if node == '1' else 'backup'}) "
                  f"| {cell(x, 'cpu_pct', fmt='{:.2f}')} | {cell(b, 'cpu_pct', fmt='{:.2f}')} "
                  f"| {ratio(num(x, 'cpu_pct'), num(b, 'cpu_pct'))} "
                  f"| {cell(x, 'rss_kb', 1024)} | {cell(b, 'rss_kb', 1024)} | {ratio(num(x, 'rss_kb'), num(b, 'rss_kb'))} "
                  f"| {cell(x, 'pss_kb', 1024)} | {cell(b, 'pss_kb', 1024)} "
                  f"| {cell(x, 'threads', fmt='{:.0f}')} | {cell(b, 'threads', fmt='{:.0f}')} "
                  f"| {cell(x, 'to_master', fmt='{:.0f}')} "
                  f"| {cell(x, 'gc_pauses', fmt='{:.0f}')} | {cell(b, 'gc_pauses', fmt='{:.0f}')} "
                  f"| {cell(x, 'gc_max_ms', fmt='{:.2f}')} | {cell(b, 'gc_max_ms', fmt='{:.2f}')} |")
false = [(r["impl"], r["instances"], r["advert"], r["to_master"]) for r in rows
         if r["node"] == "2" and r["to_master"] not in ("0", "")]
print("\nFalse takeovers (backup entering MASTER in the window): "
      + (", ".join(f"{i} {n} x {a} s: {t}" for i, n, a, t in false) if false else "none"))
runmax = [(r["impl"], r["instances"], r["advert"], r["node"], r["gc_max_ms_run"], r["safepoint_max_ms_run"])
          for r in rows if r["gc_max_ms_run"] not in ("-", "")]
if runmax:
    print("\nWhole run including start-up (jkeepalived), longest GC pause / safepoint ms: "
          + ", ".join(f"{n}x{a}s node{nd} {g}/{s}" for _, n, a, nd, g, s in runmax))
