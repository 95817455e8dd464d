#!/usr/bin/env python3
"""summarize.py OUT - bench/checkers' summary.md from host.csv, lateness.csv and guest.csv."""
import csv
import os
import sys

out = sys.argv[1]
lines = []


def rows(name):
    path = os.path.join(out, name)
    return list(csv.DictReader(open(path))) if os.path.exists(path) else []


hosts = rows("host.csv")
if hosts:
    h = hosts[0]
    lines += [f"Host: {h['tcp']} TCP_CHECK + {h['http']} HTTP_GET, delay_loop 1 s, window {h['window_s']} s", "",
              "| daemon | load before -> after | cpu_s | of it sys | cpu % | RSS MB | checks/s | us CPU per check | failure lines | stray dumps |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for h in hosts:
        lines.append(f"| {h['daemon']} | {h['load_before']} -> {h['load_after']} | {h['cpu_s']} | {h.get('sys_s', '?')} | {h['cpu_pct']} |"
                     f" {int(h['rss_kb']) / 1024:.0f} | {h['checks_per_s']} | {h['us_per_check']} | {h['failure_lines']} | {h.get('stray_dumps', '?')} |")
    if len(hosts) > 1:
        a, b = float(hosts[0]["us_per_check"]), float(hosts[-1]["us_per_check"])
        lines.append(f"\nCPU per check {hosts[-1]['daemon']} / {hosts[0]['daemon']}: {b / a if a else float('nan'):.2f}x")
    lines.append("")
late = rows("lateness.csv")
if late:
    lines += ["Lateness (gap between two SYNs to one real server - delay_loop):", "",
              "| daemon | port (check) | checks | p50 ms | p99 ms | max ms | over 50 ms |", "|---|---|---|---|---|---|---|"]
    kind = {"9000": "TCP_CHECK", "8080": "HTTP_GET"}
    for r in late:
        lines.append(f"| {r['daemon']} | {r['port']} ({kind.get(r['port'], '?')}) | {r['checks']} | {r['late_p50_ms']} |"
                     f" {r['late_p99_ms']} | {r['late_max_ms']} | {r['over_50ms']} |")
    lines.append("")
g = {r["daemon"]: r for r in rows("guest.csv")}
if g:
    lines += ["Guest (qemu TCG, kernel IPVS), same config, one after the other:", "",
              "| daemon | window s | cpu_s | of it sys | checks | checks per CPU-second | RSS MB | guest load |",
              "|---|---|---|---|---|---|---|---|"]
    per = {}
    for name, r in g.items():
        cpu, n = float(r["cpu_s"]), int(r["checks"])
        per[name] = n / cpu if cpu else float("inf")
        lines.append(f"| {name} | {float(r['window_s']):.1f} | {cpu:.2f} | {r.get('sys_s', '?')} | {n} | {per[name]:.0f} |"
                     f" {int(r['rss_kb']) / 1024:.0f} | {r['load_before']} -> {r['load_after']} |")
    if "keepalived" in per and "jkeepalived" in per and per["keepalived"]:
        lines += ["", f"jkeepalived / keepalived checks per CPU-second: {per['jkeepalived'] / per['keepalived']:.2f}x"]
print("\n".join(lines))
