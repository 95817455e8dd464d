#!/usr/bin/env python3
"""jfr-top.py FILE.jfr [N] - where a JFR recording's CPU samples and allocation samples went.

Prints the N (=25) hottest methods by self samples, the N by inclusive samples (a method anywhere on
the stack), and the N allocation sites weighted by the sampled weight (jdk.ObjectAllocationSample).
Uses the JDK's `jfr print --json`.
"""
import collections
import json
import subprocess
import sys


def events(path, kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", kind, path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def name(frame):
    m = frame["method"]
    return f'{m["type"]["name"]}.{m["name"]}'


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    self_, incl, threads = collections.Counter(), collections.Counter(), collections.Counter()
    samples = events(path, "jdk.ExecutionSample")
    for e in samples:
        frames = (e["values"].get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        self_[name(frames[0])] += 1
        for f in set(name(f) for f in frames):
            incl[f] += 1
        threads[e["values"]["sampledThread"]["javaName"]] += 1
    total = max(1, len(samples))
    print(f"{len(samples)} CPU samples; by thread:")
    for t, c in threads.most_common(8):
        print(f"  {100 * c / total:5.1f}%  {t}")
    print("self:")
    for f, c in self_.most_common(n):
        print(f"  {100 * c / total:5.1f}%  {f}")
    print("inclusive:")
    for f, c in incl.most_common(n):
        print(f"  {100 * c / total:5.1f}%  {f}")
    alloc = collections.Counter()
    allocs = events(path, "jdk.ObjectAllocationSample")
    for e in allocs:
        frames = (e["values"].get("stackTrace") or {}).get("frames") or []
        site = " <- ".join(name(f) for f in frames[:3]) if frames else "?"
        alloc[(e["values"]["objectClass"]["name"], site)] += e["values"]["weight"]
    tw = max(1, sum(alloc.values()))
    print(f"allocation (sampled weight {tw / 1e6:.0f} MB):")
    for (cls, site), w in alloc.most_common(n):
        print(f"  {100 * w / tw:5.1f}%  {cls}  {site}")


main()
