#!/usr/bin/env python3
"""lateness-by-time.py PCAP DELAY_LOOP_S [PORT [STEP_S]] - lateness.py's figures per time step.

The same SYN capture and the same lateness as lateness.py (gap between two SYNs to one real
server less DELAY_LOOP_S, retransmissions skipped), for the checks to PORT (default 9000, the
TCP_CHECKs) grouped by when they started, STEP_S (default 0.25) apart: whether a window's late
checks are spread over it (the daemon's own cost) or come in a stretch (a pause, or the CPU taken
by something else). One line per step: "start_s checks p50_ms p99_ms max_ms over50".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lateness import packets, pct  # noqa: E402


def main():
    path, loop = sys.argv[1], float(sys.argv[2])
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 9000
    step = float(sys.argv[4]) if len(sys.argv) > 4 else 0.25
    last, steps, t0 = {}, {}, None
    for t, dst, sport, dport in packets(path):
        if dport != port:
            continue
        t0 = t if t0 is None else t0
        prev = last.get(dst)
        if prev is not None and prev[1] == sport:
            continue  # a retransmitted SYN of the same connection
        if prev is not None:
            steps.setdefault(int((t - t0) / step), []).append((t - prev[0] - loop) * 1000)
        last[dst] = (t, sport)
    for k in sorted(steps):
        v = sorted(steps[k])
        over = sum(1 for x in v if x > 50)
        print(f"{k * step:.2f} {len(v)} {pct(v, 0.5):.2f} {pct(v, 0.99):.2f} {v[-1]:.2f} {over}")


main()
