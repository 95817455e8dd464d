#!/usr/bin/env bash
# run.sh - health checkers at scale: jkeepalived's CPU, RSS and check lateness with TCP TCP_CHECKs
# and HTTP HTTP_GETs at delay_loop 1 s on this host, then keepalived and jkeepalived side by side
# in the IPVS guest (shared/lab/ipvs-vm.sh) with GUEST_TCP TCP_CHECKs: CPU-seconds per check and
# their ratio. Run by hand; not part of any test suite.
#
#   bench/checkers/run.sh                      TCP=10000 HTTP=2000 on the host, GUEST_TCP=1000
#   TCP=1000 HTTP=200 GUEST_TCP=200 bench/checkers/run.sh      a small first run
#   GUEST=0 bench/checkers/run.sh              the host part only (no lock needed for the guest)
#   HOST=0 bench/checkers/run.sh               the guest part only
#
# Host part: a network namespace ($NS, default jkck) where 198.18.0.0/15 is routed local, so that
# one listening socket per port answers for every address of the range; haproxy (one thread)
# listens on 0.0.0.0:9000 for the TCP_CHECKs and on 0.0.0.0:8080 for the HTTP_GETs and answers
# every HTTP request with 200 "ok" (a TCP_CHECK sends none and closes first: a listener that reset
# at once could beat the checker to its own connect and fail it, keepalived's as well). Real servers: gen-conf.py's address
# plan, 100 per virtual server. jkeepalived (bin/jkeepalived -C, --lvs-dataplane=userspace: this
# kernel has no IPVS) runs in the namespace; after SETTLE_S (warm-up: JIT, first GCs) one window
# of WINDOW_S:
#   cpu_s, cpu_pct  utime+stime of the daemon (/proc/PID/stat, all threads) over the window; sys_s
#                   its stime (on loopback the kernel runs the listener's side of each handshake
#                   in the connecting thread's softirq, so part of the listener's cost lands here)
#   rss_kb          VmRSS at the end of the window
#   checks          TCP active opens of the namespace over the window (/proc/net/snmp; only the
#                   checkers open connections there), and per port from the capture
#   lateness        dumpcap captures the checker's SYNs on the namespace's lo during the window;
#                   lateness.py: gap between two SYNs to one real server less delay_loop (an upper
#                   bound: it includes the previous probe's duration, well under 1 ms on lo),
#                   p50/p99/max and how many over 50 ms
# Guest part (one boot, under 10 min): the same listener and
# route in the guest, kernel IPVS loaded; keepalived 2.2.7 (--check: its checker process) and
# then jkeepalived (--lvs-dataplane=ipvs), the same config with GUEST_TCP TCP_CHECKs, each for
# GUEST_SETTLE_S (keepalived) / GUEST_JK_SETTLE_S (jkeepalived: the emulated JVM warms up slowly)
# then a window of GUEST_WINDOW_S: CPU-seconds of the daemon's process tree and TCP active opens,
# checks per CPU-second, and jkeepalived's over keepalived's.
#
# Environment: TCP, HTTP, SETTLE_S (=20), WINDOW_S (=30), GUEST_TCP, GUEST_SETTLE_S (=20),
#   GUEST_JK_SETTLE_S (=60), GUEST_WINDOW_S (=60), HOST, GUEST, NS, PROFILE (=0; 1: a JFR recording
#   of the host window, $OUT/<daemon>/jk.jfr, summarized by jfr-top.py into profile.txt: it costs CPU,
#   so the figures of a profiled run are not the benchmark's), JK_CMD (the jkeepalived
#   command, default bin/jkeepalived), JK_BEFORE_CMD (another jkeepalived command, say a copy of
#   bin/ and agent/target/ from before a change: measured first, the same way, in the same lock
#   hold, as JK_BEFORE_NAME (=jk-before)), JK_JAVA_OPTS (extra JVM options), OUT.
# Output: $OUT/host.csv, $OUT/lateness.csv, $OUT/guest.csv, $OUT/summary.md; per daemon its log, GC
# log and SYN capture under $OUT/<daemon>/, the guest's under $OUT/guest/.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
TCP=${TCP:-10000} HTTP=${HTTP:-2000} SETTLE_S=${SETTLE_S:-20} WINDOW_S=${WINDOW_S:-30}
GUEST_TCP=${GUEST_TCP:-1000} GUEST_SETTLE_S=${GUEST_SETTLE_S:-20} GUEST_JK_SETTLE_S=${GUEST_JK_SETTLE_S:-60}
GUEST_WINDOW_S=${GUEST_WINDOW_S:-60} HOST=${HOST:-1} GUEST=${GUEST:-1} NS=${NS:-jkck} PROFILE=${PROFILE:-0}
JK_CMD=${JK_CMD:-$TOP/bin/jkeepalived}
OUT=${OUT:-$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)}
[[ $(id -u) == 0 ]] || { echo "run.sh: needs root (network namespace, capture)" >&2; exit 2; }
for p in haproxy dumpcap python3 ip; do
  command -v $p >/dev/null || { echo "run.sh: $p missing (bin/install-deps)" >&2; exit 2; }
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
HZ=$(getconf CLK_TCK)
JAR=$TOP/agent/target/jkeepalived-all.jar
[[ -f $JAR ]] || (cd "$TOP" && ./mvnw -q -B -ntp -DskipTests package -pl agent -am) >&2

cat > "$OUT/haproxy.cfg" <<'EOF'
global
    maxconn 8000
    nbthread 1
defaults
    timeout client 5s
    timeout connect 2s
    timeout server 2s
frontend checks
    mode http
    bind 0.0.0.0:9000 backlog 16384
    bind 0.0.0.0:8080 backlog 16384
    http-request return status 200 content-type text/plain string "ok"
EOF

JK_PID= HAP_PID= CAP_PID=
cleanup() {
  local p
  for p in $CAP_PID $JK_PID $HAP_PID; do kill "$p" 2>/dev/null; done
  sleep 1
  for p in $CAP_PID $JK_PID $HAP_PID; do kill -KILL "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  ip netns del "$NS" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
sys_ticks() { awk '{print $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
active_opens() {  # the namespace's TCP ActiveOpens (netns exec: /proc/net is the caller's netns)
  ip netns exec "$NS" awk '/^Tcp:/ { if (h) print $6; h = 1 }' /proc/net/snmp
}

host_part() {  # NAME COMMAND: one daemon in a fresh namespace; appends to host.csv, lateness.csv
  local name=$1 cmd=$2 d=$OUT/$1
  mkdir -p "$d"
  ip netns del "$NS" 2>/dev/null
  ip netns add "$NS" || exit 1
  ip -n "$NS" link set lo up
  ip -n "$NS" route add local 198.18.0.0/15 dev lo
  # a probe's client side ends in TIME_WAIT; many checks a second reuse the 4-tuples freely
  ip netns exec "$NS" sysctl -qw net.ipv4.tcp_tw_reuse=1 net.core.somaxconn=16384 \
    net.ipv4.ip_local_port_range="10000 65000"
  ip netns exec "$NS" haproxy -f "$OUT/haproxy.cfg" -db > "$d/haproxy.log" 2>&1 9>&- &
  HAP_PID=$!
  sleep 1
  local opts="-Xlog:gc:file=$d/gc.log:uptime ${JK_JAVA_OPTS:-}"
  ((PROFILE)) && opts="$opts -XX:StartFlightRecording=delay=$((SETTLE_S + 2))s,duration=${WINDOW_S}s,filename=$d/jk.jfr,settings=profile"
  ip netns exec "$NS" env JKEEPALIVED_JAVA_OPTS="$opts" $cmd -n -l -C -f "$OUT/host.conf" \
    -p "$d/jk.pid" -c "$d/jk-check.pid" --lvs-dataplane=userspace > "$d/jkeepalived.log" 2>&1 9>&- &
  JK_PID=$!
  echo "host: $name pid $JK_PID, $TCP TCP_CHECK + $HTTP HTTP_GET, settle ${SETTLE_S}s, window ${WINDOW_S}s"
  sleep "$SETTLE_S"
  kill -0 "$JK_PID" 2>/dev/null || { echo "host: $name died (see $d/jkeepalived.log)"; return 1; }
  # the daemon is the java process itself (bin/jkeepalived execs it)
  local load0 load1 c0 c1 s0 s1 a0 a1 t0 t1
  ip netns exec "$NS" dumpcap -q -i lo -s 80 -B 64 -P \
    -f 'tcp[tcpflags] & (tcp-syn|tcp-ack) == tcp-syn' -w "$d/syn.pcap" > "$d/dumpcap.log" 2>&1 9>&- &
  CAP_PID=$!
  sleep 2
  load0=$(cut -d' ' -f1-3 /proc/loadavg)
  t0=$(date +%s.%N); c0=$(ticks "$JK_PID"); s0=$(sys_ticks "$JK_PID"); a0=$(active_opens)
  sleep "$WINDOW_S"
  t1=$(date +%s.%N); c1=$(ticks "$JK_PID"); s1=$(sys_ticks "$JK_PID"); a1=$(active_opens)
  load1=$(cut -d' ' -f1-3 /proc/loadavg)
  local rss; rss=$(awk '/^VmRSS:/{print $2}' "/proc/$JK_PID/status")
  kill -INT "$CAP_PID"; wait "$CAP_PID" 2>/dev/null; CAP_PID=
  local win cpu sys checks
  win=$(echo "$t1 - $t0" | bc -l)
  cpu=$(echo "($c1 - $c0) / $HZ" | bc -l)
  sys=$(echo "($s1 - $s0) / $HZ" | bc -l)
  checks=$((a1 - a0))
  local failed; failed=$(grep -c -E 'on service .*failed|[Tt]imeout|refused' "$d/jkeepalived.log")
  # a stats or data dump the daemon wrote: someone else signalled it (SIGUSR1/2) during the run
  local stray; stray=$(grep -c 'Wrote /' "$d/jkeepalived.log")
  if ((PROFILE)); then
    local i=0
    while [[ ! -s $d/jk.jfr ]] && ((i++ < 30)); do sleep 1; done
    sleep 2
  fi
  cleanup
  JK_PID= HAP_PID=
  python3 "$HERE/lateness.py" "$d/syn.pcap" 1 > "$d/lateness.txt"
  ((PROFILE)) && python3 "$HERE/jfr-top.py" "$d/jk.jfr" > "$d/profile.txt" 2>&1
  [[ -f $OUT/host.csv ]] || echo "daemon,tcp,http,window_s,cpu_s,sys_s,cpu_pct,rss_kb,checks,checks_per_s,us_per_check,failure_lines,stray_dumps,load_before,load_after" > "$OUT/host.csv"
  awk -v name="$name" -v tcp="$TCP" -v http="$HTTP" -v w="$win" -v c="$cpu" -v r="$rss" -v n="$checks" \
    -v f="$failed" -v l0="$load0" -v l1="$load1" -v sy="$sys" -v st="$stray" 'BEGIN {
      printf "%s,%d,%d,%.1f,%.2f,%.2f,%.1f,%d,%d,%.0f,%.1f,%d,%d,%s,%s\n", name, tcp, http, w, c, sy, c * 100 / w, r, n,
        n / w, n ? c * 1e6 / n : 0, f, st, l0, l1 }' >> "$OUT/host.csv"
  [[ -f $OUT/lateness.csv ]] || echo "daemon,port,checks,intervals,late_p50_ms,late_p99_ms,late_max_ms,over_50ms" > "$OUT/lateness.csv"
  sed "s/^/$name /" "$d/lateness.txt" | tr ' ' , >> "$OUT/lateness.csv"
  column -s, -t "$OUT/host.csv"; column -s, -t "$OUT/lateness.csv"
  grep -i 'dropped' "$d/dumpcap.log"
}

guest_part() {
  local vm=${JK_IPVS_VM:-} d
  if [[ -z $vm ]]; then
    for d in "$TOP/.." "$TOP/../.." "$TOP"; do
      [[ -f $d/shared/lab/ipvs-vm.sh ]] && { vm=$(cd "$d/shared/lab" && pwd)/ipvs-vm.sh; break; }
    done
  fi
  [[ -n $vm ]] || { echo "shared/lab/ipvs-vm.sh not found (set JK_IPVS_VM)" >&2; return 2; }
  local g=$OUT/guest
  mkdir -p "$g"
  python3 "$HERE/gen-conf.py" "$GUEST_TCP" 0 > "$g/guest.conf"
  cp "$OUT/haproxy.cfg" "$g/haproxy.cfg"
  cat > "$g/bench.sh" <<EOF
SETTLE=$GUEST_SETTLE_S JK_SETTLE=$GUEST_JK_SETTLE_S WINDOW=$GUEST_WINDOW_S JK="$JK_CMD" HZ=$HZ
EOF
  cat >> "$g/bench.sh" <<'EOF'
modprobe ip_vs; modprobe ip_vs_rr
ip route add local 198.18.0.0/15 dev lo
sysctl -qw net.ipv4.tcp_tw_reuse=1 net.core.somaxconn=16384 net.ipv4.ip_local_port_range="10000 65000"
haproxy -f /lbio/haproxy.cfg -db > /lbio/haproxy.log 2>&1 &
hap=$!
sleep 1
opens() { awk '/^Tcp:/ { if (h) print $6; h = 1 }' /proc/net/snmp; }
tree_sum() {  # PID FILE AWK: what AWK prints for /proc/P/FILE, summed over PID and its children
  s=0               # (keepalived: the parent and its checker process)
  for p in $1 $(cat /proc/$1/task/*/children 2>/dev/null); do
    v=$(awk "$3" /proc/$p/$2 2>/dev/null); s=$((s + ${v:-0}))
  done
  echo $s
}
tree_ticks() { tree_sum $1 stat '{print $14 + $15}'; }
tree_sys() { tree_sum $1 stat '{print $15}'; }
tree_rss() { tree_sum $1 status '/^VmRSS:/{print $2}'; }
echo "daemon,settle_s,window_s,cpu_s,sys_s,checks,rss_kb,load_before,load_after" > /lbio/guest.csv
run() {  # NAME SETTLE COMMAND...
  name=$1 settle=$2; shift 2
  "$@" > /lbio/$name.log 2>&1 &
  pid=$!
  sleep $settle
  l0=$(cut -d' ' -f1-3 /proc/loadavg)
  t0=$(cut -d' ' -f1 /proc/uptime); c0=$(tree_ticks $pid); s0=$(tree_sys $pid); a0=$(opens)
  sleep $WINDOW
  t1=$(cut -d' ' -f1 /proc/uptime); c1=$(tree_ticks $pid); s1=$(tree_sys $pid); a1=$(opens)
  l1=$(cut -d' ' -f1-3 /proc/loadavg)
  rss=$(tree_rss $pid)
  kill -TERM $pid
  i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
  kill -KILL $pid 2>/dev/null; wait $pid 2>/dev/null
  ipvsadm -C
  echo "$name,$settle,$(echo "$t1 - $t0" | bc),$(echo "scale=2; ($c1 - $c0) / $HZ" | bc),$(echo "scale=2; ($s1 - $s0) / $HZ" | bc),$((a1 - a0)),$rss,$l0,$l1" >> /lbio/guest.csv
  echo "$name done"
}
run keepalived $SETTLE keepalived --dont-fork --log-console --no-syslog --check \
  --use-file=/lbio/guest.conf --pid=/run/ka.pid --checkers_pid=/run/ka-check.pid
run jkeepalived $JK_SETTLE $JK -n -l -C -f /lbio/guest.conf -p /run/jk.pid -c /run/jk-check.pid \
  --lvs-dataplane=ipvs
kill $hap
EOF
  echo "guest: keepalived then jkeepalived, $GUEST_TCP TCP_CHECK, window ${GUEST_WINDOW_S}s (waiting for the bench lock)"
  LB_VM_IO=$g LB_VM_TIMEOUT=${LB_VM_TIMEOUT:-570} LB_VM_MEM=${LB_VM_MEM:-1536} \
    bash "$vm" run 'sh /lbio/bench.sh' 9>&- | tee "$g/guest.txt"
  cp "$g/guest.csv" "$OUT/guest.csv" 2>/dev/null
}

echo "host load before: $(cat /proc/loadavg)"
# the machine-wide bench lock, for each part in turn (no two benchmarks or guests overlap); no
# program started here inherits its descriptor (9>&-): one that outlived the run would hold the
# lock for everybody (a daemonized haproxy of another benchmark did, 2026-12-07)
exec 9> "${JK_BENCH_LOCK:-/tmp/jk-bench.lock}"
if ((HOST)); then
  python3 "$HERE/gen-conf.py" "$TCP" "$HTTP" > "$OUT/host.conf"
  flock 9
  # A/B in one run: the daemon before a change first, then this tree's
  [[ -n ${JK_BEFORE_CMD:-} ]] && host_part "${JK_BEFORE_NAME:-jk-before}" "$JK_BEFORE_CMD"
  host_part jkeepalived "$JK_CMD"
  flock -u 9
fi
if ((GUEST)); then flock 9; guest_part; flock -u 9; fi
echo "host load after: $(cat /proc/loadavg)"
python3 "$HERE/summarize.py" "$OUT" | tee "$OUT/summary.md"
