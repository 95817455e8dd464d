#!/usr/bin/env bash
# run.sh - BFD side by side with FRR's bfdd: detection of a killed peer, transmit intervals, CPU.
#
#   bench/bfd/run.sh            RUNS=5 kills per (timers, direction)
#
# One veth pair between namespaces jkbbfdj (jkeepalived, 198.18.77.1) and jkbbfdf (FRR bfdd
# started by shared/lab/frr-bfd-peer.sh, 198.18.77.2), one single-hop session. For each timer set
# (TIMERS="50:3 10:3", ms:multiplier):
#   jk_detect_ms   SIGKILL of bfdd -> jkeepalived's "(b1) Entering Down state" log stamp (ms)
#   frr_detect_ms  SIGKILL of jkeepalived -> bfdd's first State Down packet on the wire (dumpcap
#                  in bfdd's namespace, kernel stamps; poll_ms is how long one vtysh poll took)
# and, at the smallest interval, a dumpcap capture of 5 s of Up state on the veth:
#   tx_ms          gaps between consecutive packets from each side (median, p99, max)
# CPU: jkeepalived with SESSIONS sessions (one source address each, default 200) to one bfdd
#   holding SESSIONS peers, 50 ms x 3: CPU ms of each daemon over CPU_SECONDS of Up state
#   (/proc/PID/stat utime+stime; bin/jkeepalived execs java, so JK_PID is the JVM).
# Soak (PARTS="soak"): one session per SOAK_TIMERS entry (default "10:3"; the issue's target is
#   "50:3") for SOAK_SECONDS (600) each, downs on each side.
# PARTS (default "detect tx cpu") picks the parts; RT=N runs both at SCHED_RR N: bfdd with chrt,
# jkeepalived's BFD threads with keepalived's bfd_rt_priority N (RT_ALL=N: its whole JVM, chrt).
# Not part of any test suite. Needs root, FRR (bfdd, vtysh), dumpcap, tshark, python3.
# Output: $OUT/runs.csv, $OUT/summary.txt, logs under $OUT.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
if [[ -z ${LAB_DIR:-} ]]; then
  for d in "$TOP" "$TOP/.." "$TOP/../.." "$TOP/../../.."; do
    [[ -x $d/shared/lab/frr-bfd-peer.sh ]] && { LAB_DIR=$(cd "$d/shared/lab" && pwd); break; }
  done
fi
[[ -n ${LAB_DIR:-} ]] || { echo "run.sh: shared/lab not found; set LAB_DIR" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "run.sh: needs root (network namespaces)" >&2; exit 2; }
exec 2> >(grep --line-buffered -v -E '^[^ ]+: line [0-9]+: +[0-9]+ Killed ' >&2)

RUNS=${RUNS:-5}
TIMERS=${TIMERS:-"50:3 10:3"}
SESSIONS=${SESSIONS:-200}
(( SESSIONS <= 1000 )) || { echo "run.sh: SESSIONS at most 1000 (198.18.80.0/22)" >&2; exit 2; }
PARTS=${PARTS:-"detect tx cpu"}
SOAK_SECONDS=${SOAK_SECONDS:-600}
SOAK_TIMERS=${SOAK_TIMERS:-"10:3"}
CPU_SECONDS=${CPU_SECONDS:-30}
OUT=${OUT:-$HERE/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
FRR_PEER="$LAB_DIR/frr-bfd-peer.sh"
NJ=jkbbfdj; NF=jkbbfdf; J=198.18.77.1; F=198.18.77.2
JK_PID=""
RT_CMD=(); [[ -n ${RT_ALL:-} ]] && RT_CMD=(chrt -r "$RT_ALL")   # every JVM thread, GC's too

now_ms() { date +%s%3N; }

# The source address of session I of the many-session part: 198.18.80.1-250, .81.1-250, ... (at
# most 1,000 in 198.18.80.0/22, the prefix bfdd's namespace routes to jkeepalived's side). The
# 200-session run of 2026-12-07 used 198.18.78.0/22, which `ip route` refuses (78 is not on a /22
# boundary): bfdd had no route back, every session stayed Down/Init on its side.
many_src() { echo "198.18.$((80 + $1 / 250)).$(($1 % 250 + 1))"; }

cleanup() {
  [[ -n $JK_PID ]] && kill -9 "$JK_PID" 2>/dev/null
  "$FRR_PEER" stop "$NF" >/dev/null 2>&1
  ip netns del "$NJ" 2>/dev/null; ip netns del "$NF" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

lab_up() {
  ip netns add "$NJ"; ip netns add "$NF"
  ip -n "$NJ" link add jb0 type veth peer name jb1 netns "$NF"
  ip -n "$NJ" addr add "$J/24" dev jb0; ip -n "$NF" addr add "$F/24" dev jb1
  ip -n "$NJ" link set jb0 up; ip -n "$NF" link set jb1 up
  ip -n "$NJ" link set lo up; ip -n "$NF" link set lo up
}

jk_conf() {  # tx_ms mult [sessions]
  local n=${3:-1} i
  echo "global_defs {"; echo "  router_id jkb"
  [[ -n ${RT:-} ]] && echo "  bfd_rt_priority $RT"   # the BFD engine's loop and readers
  echo "}"
  for ((i = 0; i < n; i++)); do
    local src=$J; [[ $n -gt 1 ]] && src=$(many_src "$i")
    echo "bfd_instance b$i {"
    echo "  neighbor_ip $F"; echo "  source_ip $src"
    echo "  min_rx $1"; echo "  min_tx $1"; echo "  idle_tx 1000"; echo "  multiplier $2"; echo "}"
  done
}

jk_start() {  # tx mult
  jk_conf "$@" > "$OUT/jk.conf"
  ip netns exec "$NJ" "${RT_CMD[@]}" "$TOP/bin/jkeepalived" -n -l -D -f "$OUT/jk.conf" -p "$OUT/jk.pid" \
    >> "$OUT/jk.log" 2>&1 < /dev/null &
  JK_PID=$!
}

frr_start() {  # tx mult
  "$FRR_PEER" start "$NF" "$F" "$J" "$1" "$1" "$2" --no-zebra >> "$OUT/frr.out" 2>&1
  frr_rt
}

# RT=N: both daemons run SCHED_RR at priority N (every thread: the JVM's inherit it from chrt).
# FRR_RT=N: bfdd alone at SCHED_RR N, so that a soak counts the downs jkeepalived's own stalls
# cause on a busy machine rather than those of a peer that stops sending.
frr_rt() {
  local rt=${RT:-${FRR_RT:-}}
  [[ -n $rt ]] && chrt -r -a -p "$rt" "$(cat "/tmp/lb-frr/$NF/bfdd.pid")" >/dev/null
  return 0
}

frr_status() {
  "$FRR_PEER" json "$NF" 2>/dev/null | python3 -c 'import json,sys
try: print(json.load(sys.stdin)[0]["status"])
except Exception: print("none")'
}

wait_up() {  # seconds
  local end=$(( $(date +%s) + $1 ))
  while (( $(date +%s) < end )); do
    [[ $(frr_status) == up ]] && return 0
    sleep 0.2
  done
  return 1
}

# the first jk log line with TEXT stamped at or after EPOCH_MS, as epoch ms
jk_line_ms() {  # text epoch_ms
  python3 - "$OUT/jk.log" "$1" "$2" <<'PY'
import sys, datetime
log, text, after = sys.argv[1], sys.argv[2], int(sys.argv[3])
for l in open(log, errors="replace"):
    i = l.find(": ")
    if i < 0 or text not in l: continue
    try:
        t = datetime.datetime.strptime(l[:i], "%a %b %d %H:%M:%S.%f %Y")
    except ValueError:
        continue
    ms = int(t.timestamp() * 1000)
    if ms >= after - (after % 1):
        print(ms); break
PY
}

part() { [[ " $PARTS " == *" $1 "* ]]; }

# bfdd's session-down count summed over its peers ('show bfd peers counters json')
frr_downs() {
  "$FRR_PEER" show "$NF" show bfd peers counters json 2>/dev/null | python3 -c 'import json,sys
try: print(sum(p.get("session-down", 0) for p in json.load(sys.stdin)))
except Exception: print(-1)'
}
jk_downs() { local n; n=$(grep -c "Entering Down state" "$OUT/jk.log" 2>/dev/null); echo "${n:-0}"; }

echo "timers,direction,run,detect_ms,poll_ms" > "$OUT/runs.csv"
lab_up
part detect || TIMERS_DETECT=""
for tm in ${TIMERS_DETECT-$TIMERS}; do
  tx=${tm%:*}; mult=${tm#*:}
  for ((r = 1; r <= RUNS; r++)); do
    # jkeepalived detects a killed bfdd
    frr_start "$tx" "$mult"; jk_start "$tx" "$mult"
    wait_up 60 || { echo "no session up ($tm)" >&2; kill -9 "$JK_PID"; JK_PID=""; "$FRR_PEER" stop "$NF" >/dev/null 2>&1; continue; }
    sleep 1
    pid=$(cat "/tmp/lb-frr/$NF/bfdd.pid")
    t0=$(now_ms); kill -9 "$pid"
    for ((k = 0; k < 300; k++)); do
      d=$(jk_line_ms "(b0) Entering Down state" "$t0"); [[ -n $d ]] && break; sleep 0.02
    done
    [[ -n $d ]] && echo "$tm,jk_detects_killed_frr,$r,$((d - t0))," >> "$OUT/runs.csv"
    "$FRR_PEER" stop "$NF" >/dev/null 2>&1
    # bfdd detects a killed jkeepalived
    frr_start "$tx" "$mult"
    wait_up 60 || { echo "no session up ($tm)" >&2; }
    sleep 1
    cap="$OUT/kill-$tx-$r.pcapng"
    ip netns exec "$NF" dumpcap -q -i jb1 -f "udp port 3784" -w "$cap" >/dev/null 2>&1 &
    cap_pid=$!; sleep 2
    t0=$(now_ms); kill -9 "$JK_PID"; JK_PID=""
    polls=0; d=""
    while (( $(now_ms) - t0 < 5000 )); do
      polls=$((polls + 1))
      [[ $(frr_status) == down ]] && { d=$(now_ms); break; }
    done
    sleep 0.5; kill "$cap_pid" 2>/dev/null; wait "$cap_pid" 2>/dev/null
    # bfdd's first packet with State Down after the kill, kernel-stamped: the precise figure
    w=$(tshark -r "$cap" -Y "ip.src == $F && bfd.sta == 1" -T fields -e frame.time_epoch \
      2>/dev/null | awk -v t0="$t0" '$1 * 1000 >= t0 {printf "%d", $1 * 1000 - t0; exit}')
    [[ -n $w ]] && echo "$tm,frr_detects_killed_jk,$r,$w,$(( (d - t0) / polls ))" >> "$OUT/runs.csv"
    "$FRR_PEER" stop "$NF" >/dev/null 2>&1
  done
done

# transmit intervals at the smallest interval
tx=$(for tm in $TIMERS; do echo "${tm%:*}"; done | sort -n | head -1)
part tx && frr_start "$tx" 3 && jk_start "$tx" 3
if part tx && wait_up 60; then
  sleep 1
  ip netns exec "$NJ" timeout "${TX_SECONDS:-20}" dumpcap -q -i jb0 -f "udp port 3784" -w "$OUT/tx.pcapng" >/dev/null 2>&1
  tshark -r "$OUT/tx.pcapng" -T fields -e ip.src -e frame.time_epoch > "$OUT/tx.txt" 2>/dev/null
fi
[[ -n $JK_PID ]] && kill -9 "$JK_PID"; JK_PID=""; "$FRR_PEER" stop "$NF" >/dev/null 2>&1

# soak: one session per SOAK_TIMERS entry for SOAK_SECONDS on the machine as it is; false downs
if part soak; then
  : > "$OUT/soak.txt"
  for tm in $SOAK_TIMERS; do
    ms=${tm%:*}; mult=${tm#*:}
    frr_start "$ms" "$mult"; jk_start "$ms" "$mult"
    if wait_up 60; then
      sleep 2
      jd0=$(jk_downs); fd0=$(frr_downs); t0=$(now_ms)
      # the capture says which side went silent before each down (a sender's gap longer than
      # the detection time is the peer's stall, not a false detection)
      ip netns exec "$NJ" timeout "$((SOAK_SECONDS + 2))" dumpcap -q -i jb0 -f "udp port 3784" \
        -w "$OUT/soak-$ms.pcapng" >/dev/null 2>&1 &
      cap=$!
      sleep "$SOAK_SECONDS"
      jd1=$(jk_downs); fd1=$(frr_downs)
      wait "$cap" 2>/dev/null
      tshark -r "$OUT/soak-$ms.pcapng" -T fields -e ip.src -e frame.time_epoch -e bfd.sta \
        > "$OUT/soak-$ms.txt" 2>/dev/null
      python3 - "$OUT/soak-$ms.txt" "$J" "$F" "$((ms * mult))" >> "$OUT/soak.txt" <<'PY'
import sys
path, jk, frr, detect = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]) / 1000
# only gaps after a packet that said Up: once down, both sides slow to 1 s on purpose
last, gaps, top = {}, {jk: 0, frr: 0}, {jk: 0.0, frr: 0.0}
for line in open(path):
    f = line.split()
    if len(f) < 3 or f[0] not in gaps: continue
    t, up = float(f[1]), int(f[2], 0) == 3
    if f[0] in last and last[f[0]][1]:
        g = t - last[f[0]][0]
        top[f[0]] = max(top[f[0]], g)
        if g > detect: gaps[f[0]] += 1
    last[f[0]] = (t, up)
print(f"  on the wire: gaps longer than the detection time ({detect * 1000:.0f} ms):"
      f" jkeepalived's packets {gaps[jk]} (longest {top[jk] * 1000:.0f} ms),"
      f" bfdd's packets {gaps[frr]} (longest {top[frr] * 1000:.0f} ms)")
PY
      echo "soak $ms ms x $mult over $(( ($(now_ms) - t0) / 1000 ))s: jkeepalived downs $((jd1 - jd0))," \
        "bfdd downs $((fd1 - fd0)), load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/soak.txt"
    else
      echo "soak $ms ms x $mult: no session up" >> "$OUT/soak.txt"
    fi
    kill -9 "$JK_PID"; JK_PID=""; "$FRR_PEER" stop "$NF" >/dev/null 2>&1
    sleep 1
  done
fi

# CPU: SESSIONS sessions from jkeepalived's addresses to bfdd, 50 ms x 3
cpu_ticks() {  # pid: utime+stime of the process, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}
if part cpu && [[ $SESSIONS -gt 0 ]]; then
  for ((i = 0; i < SESSIONS; i++)); do
    ip -n "$NJ" addr add "$(many_src "$i")/32" dev jb0
  done
  ip -n "$NF" route add 198.18.80.0/22 dev jb1 || exit 1
  frr_start 50 3; "$FRR_PEER" stop "$NF" >/dev/null 2>&1   # makes bfdd's directory
  d=/tmp/lb-frr/$NF
  {
    echo "frr defaults traditional"; echo "hostname frr-$NF"; echo "!"; echo "bfd"
    for ((i = 0; i < SESSIONS; i++)); do
      echo " peer $(many_src "$i") local-address $F"
      echo "  detect-multiplier 3"; echo "  receive-interval 50"; echo "  transmit-interval 50"
      echo "  no shutdown"; echo " exit"; echo " !"
    done
    echo "exit"
  } > "$d/bfdd.conf"
  chown frr:frr "$d/bfdd.conf"
  ip netns exec "$NF" /usr/lib/frr/bfdd -d -u frr -g frr -P 0 --vty_socket "$d" \
    -z "$d/zserv.api" -f "$d/bfdd.conf" -i "$d/bfdd.pid" --bfdctl "$d/bfdd.sock" 2>>"$OUT/frr.out"
  sleep 0.5; frr_rt
  sleep 1
  jk_start 50 3 "$SESSIONS"
  up=0; end=$(( $(date +%s) + ${UP_WAIT:-90} ))   # bounded in time: one vtysh poll of 1,000
  while (( $(date +%s) < end )); do                # peers takes seconds on a loaded machine
    up=$("$FRR_PEER" json "$NF" 2>/dev/null | python3 -c 'import json,sys
try: print(sum(1 for p in json.load(sys.stdin) if p["status"] == "up"))
except Exception: print(0)')
    [[ $up -ge $SESSIONS ]] && break
    sleep 1
  done
  sleep 5
  fp=$(cat "$d/bfdd.pid"); hz=$(getconf CLK_TCK)
  jd0=$(jk_downs); fd0=$(frr_downs)
  j0=$(cpu_ticks "$JK_PID"); f0=$(cpu_ticks "$fp")
  sleep "$CPU_SECONDS"
  j1=$(cpu_ticks "$JK_PID"); f1=$(cpu_ticks "$fp")
  jd1=$(jk_downs); fd1=$(frr_downs)
  # downs during the window: a flapping session sends at 1 s while Down, so CPU falls with it
  echo "cpu sessions_up=$up/$SESSIONS at 50 ms x 3 over ${CPU_SECONDS}s:" \
    "jkeepalived $(( (j1 - j0) * 1000 / hz )) ms CPU, bfdd $(( (f1 - f0) * 1000 / hz )) ms CPU;" \
    "downs in the window: jkeepalived $((jd1 - jd0)), bfdd $((fd1 - fd0));" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT/cpu.txt"
  kill -9 "$JK_PID"; JK_PID=""; kill "$fp" 2>/dev/null
fi

python3 - "$OUT" "$J" "$F" <<'PY' | tee "$OUT/summary.txt"
import csv, sys, statistics, collections
out, j, f = sys.argv[1:4]
rows = list(csv.DictReader(open(out + "/runs.csv")))
by = collections.defaultdict(list)
for r in rows:
    by[(r["timers"], r["direction"])].append(int(r["detect_ms"]))
for k in sorted(by):
    v = sorted(by[k])
    print(f"{k[0]:>5} {k[1]:<24} n={len(v)} median={statistics.median(v)} ms min={v[0]} max={v[-1]}")
try:
    ts = collections.defaultdict(list)
    for l in open(out + "/tx.txt"):
        p = l.split()
        if len(p) == 2: ts[p[0]].append(float(p[1]))
    for src, name in ((j, "jkeepalived"), (f, "bfdd")):
        t = sorted(ts[src]); g = sorted((b - a) * 1000 for a, b in zip(t, t[1:]))
        if g:
            p99 = g[min(len(g) - 1, int(len(g) * 0.99))]
            print(f"tx {name:<12} n={len(g)} median={statistics.median(g):.2f} ms p99={p99:.2f} ms max={g[-1]:.2f} ms")
except FileNotFoundError:
    print("no transmit capture")
PY
cat "$OUT/cpu.txt" "$OUT/soak.txt" 2>/dev/null | tee -a "$OUT/summary.txt"
