#!/usr/bin/env bash
# On-CPU profile of the jkeepalived pair of one bench/scale run (issue 15: where a 500-instance
# backup's CPU goes). Runs run.sh with SIDES=b and the JVM flags perf needs
# (-XX:+PreserveFramePointer: Java frames keep their frame pointer, so perf's call graphs walk
# through compiled code), and once the window opens, records each node of side B with
# `perf record -g` for PROFILE_S seconds, writes the JIT's symbol map (`jcmd PID Compiler.perfmap`,
# /tmp/perf-PID.map, which perf report reads), then counts each node's system calls per thread with
# `strace -c -f` for STRACE_S seconds (strace slows the traced threads a lot: it runs after perf,
# and its counts, not its times, are what to read).
#
#   sudo CONFIGS=500:3:0.1 SETTLE_S=30 SAMPLE_S=50 bench/scale/profile.sh
#
# Output in OUT (run.sh's result directory): perf-<node>.data, perf-<node>-threads.txt (samples by
# thread and shared object), perf-<node>-symbols.txt (by thread and symbol, self),
# perf-<node>-callers.txt (call graph of the top entries), strace-<node>.txt.
# Needs perf (linux-perf) and strace (bin/install-deps).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
PROFILE_S=${PROFILE_S:-20} STRACE_S=${STRACE_S:-5} FREQ=${FREQ:-999}
export OUT=${OUT:-$HERE/results/$(date +%Y%m%d-%H%M%S)-profile}
export SIDES=${SIDES:-b} CONFIGS=${CONFIGS:-500:3:0.1} GAPS=${GAPS:-0}
# lab-lib splits the command at spaces: one option per variable (JDK_JAVA_OPTIONS: the java launcher's)
export B_CMD=${B_CMD:-"env JDK_JAVA_OPTIONS=-XX:+PreserveFramePointer JKEEPALIVED_JAVA_OPTS=-Xlog:gc,safepoint:file={run}/gc.log:uptime $TOP/bin/jkeepalived -n -l -f {conf} -p {run}/jk.pid --control-socket {run}/control.sock"}
mkdir -p "$OUT"
"$HERE/run.sh" >"$OUT/run.out" 2>&1 &
bench=$!
until grep -q '^window of' "$OUT/run.out" 2>/dev/null; do
  kill -0 "$bench" 2>/dev/null || { cat "$OUT/run.out"; exit 1; }
  sleep 1
done
declare -A PID=()
for f in "$OUT"/run/b*-n*/jk.pid; do
  node=$(basename "$(dirname "$f")"); PID[$node]=$(cat "$f")
done
for node in "${!PID[@]}"; do
  perf record -F "$FREQ" -g -p "${PID[$node]}" -o "$OUT/perf-$node.data" -- sleep "$PROFILE_S" \
    >"$OUT/perf-$node.log" 2>&1 &
done
wait_perf() { local j; for j in $(jobs -p); do [[ $j == "$bench" ]] || wait "$j"; done; }
wait_perf
for node in "${!PID[@]}"; do
  jcmd "${PID[$node]}" Compiler.perfmap >/dev/null 2>&1 || true
  timeout -s INT "$STRACE_S" strace -c -f -S calls -p "${PID[$node]}" -o "$OUT/strace-$node.txt" \
    >/dev/null 2>&1 || true
done
wait "$bench" || true
for node in "${!PID[@]}"; do
  d=$OUT/perf-$node.data
  perf report -i "$d" --no-children --sort comm,dso --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' \
    | head -40 >"$OUT/perf-$node-threads.txt" || true
  perf report -i "$d" --no-children --sort comm,sym --stdio -g none 2>/dev/null | grep -v '^#' \
    | grep -v '^$' | head -150 >"$OUT/perf-$node-symbols.txt" || true
  perf report -i "$d" --children --sort sym --stdio -g caller,0.5,callee --percent-limit 3 2>/dev/null \
    | head -600 >"$OUT/perf-$node-callers.txt" || true
done
cat "$OUT/run.out"
echo "profile: $OUT"
