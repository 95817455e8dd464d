#!/usr/bin/env python3
"""Summary of a run.sh result folder: medians per (config, method, side), B/A ratios, bounds.

  summarize.py OUT_DIR     reads runs.csv, packets.tsv, backup-macs.txt; writes runs-full.csv

Two families of figures per run:
  from the failure (the script's clock): vip_ms (VIP seen on the backup), garp_ms (first
    gratuitous ARP from the backup on the wire);
  phase-free, all from the bridge capture: adv_garp_ms / adv_adv_ms, from the master's last
    advert on the wire to the backup's first gratuitous ARP / first advert. After kill -9 the
    backup's Master_Down_Timer was last restarted by that advert, so the lower bound is exactly
    Master_Down_Interval (RFC 5798 section 6.4.2); after a clean stop that advert is the
    priority-0 one and the bound is Skew_Time (section 6.4.2, "If the Priority in the ADVERTISEMENT
    is zero"). phase_ms is the last advert -> failure, the part of vip_ms the bench cannot control.
"""
import csv
import os
import statistics
import sys

out = sys.argv[1]
nodes = {}  # side -> (backup mac, node1 ip, node2 ip)
for line in open(os.path.join(out, "backup-macs.txt")):
    f = line.split()
    if len(f) >= 4:
        nodes[f[0]] = (f[1].lower(), f[2], f[3])

garps, adverts = {}, {}  # side -> sorted [(t_us, mac)], side -> sorted [(t_us, ip, prio)]
for line in open(os.path.join(out, "packets.tsv")):
    f = line.rstrip("\n").split("\t") + [""] * 6
    side, t, mac, ip, prio, arp_src = f[:6]
    if not t:
        continue
    t_us = round(float(t) * 1e6)
    if prio:
        adverts.setdefault(side, []).append((t_us, ip, int(prio.split(",")[0])))
    elif arp_src:
        garps.setdefault(side, []).append((t_us, mac.lower()))
for d in (garps, adverts):
    for v in d.values():
        v.sort()

LIMIT_US = 30e6
EXTRA = ("sig_p0_ms", "hup_adv_ms", "hup_due_ms", "hup_gap_ms", "start_adv_ms")


def node1_figures(r, t0, ip1):
    """The figures of node1's own adverts around the signal (or the start) at t0."""
    a_us = float(r["advert"]) * 1e6
    mine = [(t, prio) for t, ip, prio in adverts.get(r["side"], []) if ip == ip1]
    after = [(t, prio) for t, prio in mine if t0 <= t < t0 + LIMIT_US]
    m = r["method"]
    if m == "sigterm":
        p0 = next((t for t, prio in after if prio == 0), None)
        if p0 is not None:
            r["sig_p0_ms"] = f"{(p0 - t0) / 1000:.1f}"
    elif m == "sighup" and after:
        r["hup_adv_ms"] = f"{(after[0][0] - t0) / 1000:.1f}"
        before = [t for t, _ in mine if t < t0]
        if before:
            # when the advert timer would have sent anyway: a first advert well before this
            # is the reload's own (keepalived's masters advertise at once after a reload)
            r["hup_due_ms"] = f"{(before[-1] + a_us - t0) / 1000:.1f}"
            # the window the bench waits after the signal (run.sh: 10 intervals, at least 2 s)
            end = t0 + max(2e6, 10 * a_us)
            ts = [before[-1]] + [t for t, _ in after if t <= end]
            if len(ts) > 1:
                r["hup_gap_ms"] = f"{max(b - a for a, b in zip(ts, ts[1:])) / 1000:.1f}"
    elif m == "start" and after:
        r["start_adv_ms"] = f"{(after[0][0] - t0) / 1000:.1f}"


rows = list(csv.DictReader(open(os.path.join(out, "runs.csv"))))
for r in rows:
    r.setdefault("state_ms", "")
    for k in ("garp_ms", "adv_garp_ms", "adv_adv_ms", "phase_ms", "last_prio") + EXTRA:
        r[k] = "NaN"
    if not r["t_fail_us"] or r["side"] not in nodes:
        continue
    node1_figures(r, int(r["t_fail_us"]), nodes[r["side"]][1])
    if r["method"] not in ("kill9", "sigterm"):
        continue
    t0 = int(r["t_fail_us"])
    mac2, ip1, ip2 = nodes[r["side"]]
    garp = next((t for t, m in garps.get(r["side"], []) if t >= t0 and m == mac2), None)
    adv2 = next((t for t, ip, _ in adverts.get(r["side"], []) if t >= t0 and ip == ip2), None)
    if garp is not None and garp - t0 < LIMIT_US:
        r["garp_ms"] = f"{(garp - t0) / 1000:.1f}"
    took = min((t for t in (garp, adv2) if t is not None and t - t0 < LIMIT_US), default=None)
    if took is None:
        continue
    last1 = None
    for t, ip, prio in adverts.get(r["side"], []):
        if t >= took:
            break
        if ip == ip1:
            last1 = (t, prio)
    if last1 is None or took - last1[0] > LIMIT_US:
        continue
    r["last_prio"] = str(last1[1])
    r["phase_ms"] = f"{(t0 - last1[0]) / 1000:.1f}"
    if garp is not None and garp - t0 < LIMIT_US:
        r["adv_garp_ms"] = f"{(garp - last1[0]) / 1000:.1f}"
    if adv2 is not None and adv2 - t0 < LIMIT_US:
        r["adv_adv_ms"] = f"{(adv2 - last1[0]) / 1000:.1f}"
with open(os.path.join(out, "runs-full.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()) if rows else ["side"])
    w.writeheader()
    w.writerows(rows)


def med(vals):
    v = [float(x) for x in vals if x not in ("", "NaN")]
    return (statistics.median(v), min(v), max(v), len(v)) if v else None


def fmt(m):
    return "-" if m is None else f"{m[0]:.0f} ({m[1]:.0f}..{m[2]:.0f}, n={m[3]})"


def fmt1(m):
    return "-" if m is None else f"{m[0]:.1f} ({m[1]:.1f}..{m[2]:.1f}, n={m[3]})"


def bound(method, version, advert):
    """(name, ms): the lower bound of the phase-free figure, backup priority 100."""
    a = float(advert) * 1000
    # RFC 3768 section 6.1: v2 Skew_Time is (256 - Priority) / 256 s whatever the advert interval
    skew = (256 - 100) * (1000 if version == "2" else a) / 256
    if method == "sigterm":
        return "Skew_Time", skew
    return "Master_Down_Interval", 3 * a + skew


names = {r["side"]: r["impl"] for r in rows}
keys, other = [], []  # failures (kill9, sigterm); signals and starts that keep node1 running
for r in rows:
    k = (r["version"], r["advert"], r["method"])
    dest = keys if r["method"] in ("kill9", "sigterm") else other
    if k not in dest:
        dest.append(k)


def sel(v, adv, m, side, col):
    return med([r[col] for r in rows
                if (r["version"], r["advert"], r["method"], r["side"]) == (v, adv, m, side)])


def ratio(x, y):
    return f"{y[0] / x[0]:.2f}" if x and y and x[0] > 0 else "-"


def diff(x, y):
    return f"{y[0] - x[0]:+.1f}" if x and y else "-"


print("# VRRP takeover, ms: median (min..max, n); backup priority 100, node1 150\n")
print(f"A = {names.get('a', '?')}, B = {names.get('b', '?')}\n")
print("## Phase-free: master's last advert on the wire -> backup's first GARP / first advert\n")
print("| config | method | bound | A: ->GARP | B: ->GARP | B-A | A-bound | B-bound "
      "| A: ->advert | B: ->advert | B-A |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for v, adv, m in keys:
    bn, bms = bound(m, v, adv)
    ga, gb = sel(v, adv, m, "a", "adv_garp_ms"), sel(v, adv, m, "b", "adv_garp_ms")
    aa, ab = sel(v, adv, m, "a", "adv_adv_ms"), sel(v, adv, m, "b", "adv_adv_ms")
    over = lambda x: f"{x[0] - bms:+.1f}" if x else "-"
    print(f"| v{v} advert {adv} s | {m} | {bn} {bms:.1f} | {fmt1(ga)} | {fmt1(gb)} | {diff(ga, gb)} "
          f"| {over(ga)} | {over(gb)} | {fmt1(aa)} | {fmt1(ab)} | {diff(aa, ab)} |")
print("\n## From the failure (includes the random phase of the advert timer after kill -9)\n")
print("| config | method | A: VIP on backup | B: VIP on backup | B/A | A: first GARP | B: first GARP "
      "| B/A | A: phase | B: phase | window |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for v, adv, m in keys:
    bn, bms = bound(m, v, adv)
    va, vb = sel(v, adv, m, "a", "vip_ms"), sel(v, adv, m, "b", "vip_ms")
    ga, gb = sel(v, adv, m, "a", "garp_ms"), sel(v, adv, m, "b", "garp_ms")
    pa, pb = sel(v, adv, m, "a", "phase_ms"), sel(v, adv, m, "b", "phase_ms")
    a = float(adv) * 1000
    window = f"{bms - a:.0f}..{bms:.0f}" if m == "kill9" else f">= {bms:.0f}"
    print(f"| v{v} advert {adv} s | {m} | {fmt(va)} | {fmt(vb)} | {ratio(va, vb)} | {fmt(ga)} | {fmt(gb)} "
          f"| {ratio(ga, gb)} | {fmt(pa)} | {fmt(pb)} | {window} |")
prios = sorted({(r["method"], r["side"], r["last_prio"]) for r in rows if r["last_prio"] != "NaN"})
print("\nPriority of the last advert before takeover (method, side, prio): "
      + ", ".join(f"{m}/{s}/{p}" for m, s, p in prios))


def side_table(cells, title, intro, cols):
    """One row per (config, method) cell: for each (label, column, with B-A) of cols, A's and B's
    medians (and B-A)."""
    if not cells:
        return
    print(f"\n## {title}\n")
    if intro:
        print(intro + "\n")
    head = ["config"]
    for label, _, with_diff in cols:
        head += [f"A: {label}", f"B: {label}"] + (["B-A"] if with_diff else [])
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for v, adv, m in cells:
        line = [f"v{v} advert {adv} s"]
        for _, col, with_diff in cols:
            a, b = sel(v, adv, m, "a", col), sel(v, adv, m, "b", col)
            line += [fmt1(a), fmt1(b)] + ([diff(a, b)] if with_diff else [])
        print("| " + " | ".join(line) + " |")


# (method, title, intro, columns) of the tables of the signal and start figures
TABLES = [
    ("sigterm", "SIGTERM -> the master's priority-0 advert on the wire (capture; the signal's time"
     " is the script's, same clock)", "", [("->prio 0", "sig_p0_ms", True)]),
    ("sighup", "SIGHUP to a kept master (same configuration): its adverts around the reload",
     "first advert = signal -> node1's first advert on the wire; due = when its advert timer"
     " would have sent one anyway (a first advert well before `due` is the reload's own);"
     " largest gap = between node1's adverts from the last one before the signal to 10"
     " intervals (at least 2 s) after it (the advert interval when nothing pauses)",
     [("first advert", "hup_adv_ms", True), ("due", "hup_due_ms", False),
      ("largest gap", "hup_gap_ms", False)]),
    ("start", "Start of node1 (process exec, JVM start included) while node2 is master",
     "state line = its first `Entering BACKUP/MASTER STATE` in the log (polled every 10 ms);"
     " first advert = its first advert on the wire (it preempts node2, priority 150 > 100:"
     " includes the wait for node2's next advert); VIP back = node1 has the VIP and node2"
     " not (polled)",
     [("state line", "state_ms", True), ("first advert", "start_adv_ms", True),
      ("VIP back", "vip_ms", False)]),
]
for method, title, intro, cols in TABLES:
    side_table([k for k in keys + other if k[2] == method], title, intro, cols)
