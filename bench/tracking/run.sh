#!/usr/bin/env bash
# bench/tracking/run.sh - CPU cost of vrrp_script tracking, jkeepalived against keepalived, side
# by side in one run.
#
#   sudo bench/tracking/run.sh
#
# Two namespaces, one per side (jkts71: jkeepalived, jkts72: keepalived 2.2.7), each with a veth
# pair s0/p0 (198.18.71.250/24 or 198.18.72.250/24 on s0). Both daemons read the same generated
# config: N vrrp_instances VI_1..VI_N on s0 (VRID i, priority 100, advert_int 1, VIP
# 198.18.X.i/32), each tracking its own vrrp_script chk_i = "/usr/bin/test -f <dir>/ok" with
# interval 1, so each side starts N script processes a second. Both sides run at the same time so
# they see the same machine load. After WARMUP seconds (JIT, every instance MASTER), the CPU time
# of each daemon's whole process tree is sampled from /proc/<pid>/stat (utime + stime of every
# live process of the tree, plus cutime + cstime: the script children it reaped) at the start and
# the end of a WINDOW-second window. Then the ok file is removed and the bench checks that every
# instance of both sides enters FAULT (the scripts really ran), and stops both daemons.
#
# Env: N (=200) WARMUP (=30) WINDOW (=60) OUT (=bench/tracking/results/<timestamp>)
#      MASTER_WAIT (=300): how long to wait for every instance to become MASTER
#      JK_CMD: the jkeepalived command ({conf} {run} substituted), default bin/jkeepalived
#      MEASURED: also write bench/tracking/measured/<date>.md (=1)
# Output: $OUT/cpu.csv (side, impl, cpu_s, wall_s, cpu_pct), $OUT/summary.md, configs and logs.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
N=${N:-200} WARMUP=${WARMUP:-30} WINDOW=${WINDOW:-60} MEASURED=${MEASURED:-1}
OUT=${OUT:-$HERE/results/$(date -u +%Y%m%d-%H%M%S)}
JK_CMD=${JK_CMD:-"$TOP/bin/jkeepalived -n -l -D -f {conf} -p {run}/jk.pid"}
KA_CMD="keepalived -n -l -D -f {conf} -p {run}/ka.pid -r {run}/vrrp.pid -c {run}/check.pid -b {run}/bfd.pid"
declare -A NS=([jk]=jkts71 [ka]=jkts72) NET=([jk]=71 [ka]=72) CMD=([jk]=$JK_CMD [ka]=$KA_CMD)
declare -A NAME=([jk]=jkeepalived [ka]=keepalived) PID=()
SIDES="jk ka"
HZ=$(getconf CLK_TCK)

[[ $(id -u) == 0 ]] || { echo "run.sh: needs root (network namespaces)" >&2; exit 2; }
for t in keepalived java ip awk; do
  command -v "$t" >/dev/null || { echo "run.sh: missing $t" >&2; exit 2; }
done
[[ -x /usr/bin/test ]] || { echo "run.sh: /usr/bin/test missing" >&2; exit 2; }
if [[ ! -f $TOP/agent/target/jkeepalived-all.jar ]]; then
  (cd "$TOP" && ./mvnw -q -B -o -DskipTests package -pl agent -am) || exit 1
fi

cleanup() {
  local s p
  for s in $SIDES; do
    p=${PID[$s]:-}
    [[ -n $p ]] || continue
    kill -TERM "$p" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null
    wait "$p" 2>/dev/null
  done
  for s in $SIDES; do ip netns del "${NS[$s]}" 2>/dev/null; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

gen_conf() {  # side -> writes $OUT/<side>/keepalived.conf
  local s=$1 dir=$OUT/$1 i
  {
    printf 'global_defs {\n  router_id bench-%s\n  script_user root\n}\n\n' "$s"
    for ((i = 1; i <= N; i++)); do
      printf 'vrrp_script chk_%d {\n  script "/usr/bin/test -f %s/ok"\n  interval 1\n  timeout 2\n  fall 2\n  rise 2\n}\n\n' \
        "$i" "$dir"
    done
    for ((i = 1; i <= N; i++)); do
      printf 'vrrp_instance VI_%d {\n  state BACKUP\n  interface s0\n  virtual_router_id %d\n  priority 100\n  advert_int 1\n' "$i" "$i"
      printf '  virtual_ipaddress {\n    198.18.%d.%d/32 dev s0\n  }\n  track_script {\n    chk_%d\n  }\n}\n\n' \
        "${NET[$s]}" "$i" "$i"
    done
  } >"$dir/keepalived.conf"
}

lab_up() {  # side
  local s=$1 ns=${NS[$1]}
  ip netns del "$ns" 2>/dev/null
  ip netns add "$ns" || exit 1
  ip -n "$ns" link set lo up
  ip -n "$ns" link add s0 type veth peer name p0
  ip -n "$ns" addr add "198.18.${NET[$s]}.250/24" dev s0
  ip -n "$ns" link set s0 up
  ip -n "$ns" link set p0 up
}

start_side() {  # side
  local s=$1 dir=$OUT/$1 cmd
  cmd=${CMD[$s]//\{conf\}/$dir/keepalived.conf}
  cmd=${cmd//\{run\}/$dir/run}
  # shellcheck disable=SC2086 # the template is split into words on purpose
  ip netns exec "${NS[$s]}" $cmd >"$dir/daemon.log" 2>&1 </dev/null &
  PID[$s]=$!
}

tree_pids() {  # root pid -> the root and every descendant, one a line
  local todo=("$1") p c
  while ((${#todo[@]})); do
    p=${todo[0]}; todo=("${todo[@]:1}")
    echo "$p"
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do todo+=("$c"); done
  done
}

tree_ticks() {  # root pid -> CPU clock ticks of the tree (self + reaped children)
  local p sum=0 t
  for p in $(tree_pids "$1"); do
    # fields after the ") " that ends comm: utime is 14th of the line, i.e. 12th after it
    t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' /proc/"$p"/stat 2>/dev/null) || continue
    sum=$((sum + ${t:-0}))
  done
  echo "$sum"
}

thread_ticks() {  # pid -> "name ticks" per thread (digits in names folded: pools sum up)
  local t
  for t in /proc/"$1"/task/*; do
    awk '{ n = $0; sub(/^[^(]*\(/, "", n); sub(/\) .*$/, "", n); gsub(/[0-9]+/, "N", n)
           sub(/^.*\) /, ""); print n "\t" $12 + $13 }' "$t/stat" 2>/dev/null
  done | awk -F'\t' '{ s[$1] += $2 } END { for (n in s) print n "\t" s[n] }' | sort
}

skipped() {  # side -> how many script runs it skipped so far (the previous run still going)
  grep -c "is already running, expect idle - skipping run" "$OUT/$1/daemon.log"
}

count_state() {  # side state -> how many instances logged entering it
  grep -c -E "\(VI_[0-9]+\) Entering $2 STATE" "$OUT/$1/daemon.log"
}

wait_until() {  # seconds cmd... : poll every 0.5 s
  local end=$((SECONDS + $1)); shift
  until "$@"; do ((SECONDS < end)) || return 1; sleep 0.5; done
}
all_master() { (($(count_state "$1" MASTER) >= N)); }
all_fault() { (($(count_state "$1" FAULT) >= N)); }

mkdir -p "$OUT"
for s in $SIDES; do
  mkdir -p "$OUT/$s/run"
  : >"$OUT/$s/ok"
  gen_conf "$s"
  lab_up "$s"
done
echo "bench: N=$N scripts at 1/s per side, warm-up ${WARMUP}s, window ${WINDOW}s -> $OUT"
for s in $SIDES; do start_side "$s"; done
# alone on its segment every instance becomes MASTER; on a badly overloaded machine that can take
# minutes: measure anyway after MASTER_WAIT, and say so in the summary
for s in $SIDES; do
  wait_until "${MASTER_WAIT:-300}" all_master "$s" ||
    echo "side $s: only $(count_state "$s" MASTER) of $N instances MASTER, measuring anyway" >&2
done
sleep "$WARMUP"
declare -A M0=()
for s in $SIDES; do M0[$s]=$(count_state "$s" MASTER); done
declare -A T0=() T1=()
declare -A K0=() K1=()
for s in $SIDES; do
  T0[$s]=$(tree_ticks "${PID[$s]}"); thread_ticks "${PID[$s]}" >"$OUT/$s/threads0.tsv"
  K0[$s]=$(skipped "$s")
done
w0=$(date +%s.%N)
sleep "$WINDOW"
for s in $SIDES; do
  T1[$s]=$(tree_ticks "${PID[$s]}"); thread_ticks "${PID[$s]}" >"$OUT/$s/threads1.tsv"
  K1[$s]=$(skipped "$s")
done
w1=$(date +%s.%N)
wall=$(awk -v a="$w0" -v b="$w1" 'BEGIN { printf "%.1f", b - a }')
load=$(cut -d' ' -f1-3 /proc/loadavg)

# the scripts really ran: a missing ok file fails every instance (no weight: FAULT)
for s in $SIDES; do rm -f "$OUT/$s/ok"; done
verdict=ok
for s in $SIDES; do
  if ! wait_until 30 all_fault "$s"; then
    echo "side $s: only $(count_state "$s" FAULT) of $N instances entered FAULT" >&2
    verdict="FAILED: side $s did not fail every instance"
  fi
done

echo "side,impl,cpu_s,wall_s,cpu_pct,runs_skipped" >"$OUT/cpu.csv"
for s in $SIDES; do
  awk -v s="$s" -v n="${NAME[$s]}" -v t0="${T0[$s]}" -v t1="${T1[$s]}" -v hz="$HZ" -v w="$wall" \
    -v k=$((K1[$s] - K0[$s])) \
    'BEGIN { c = (t1 - t0) / hz; printf "%s,%s,%.2f,%s,%.1f,%d\n", s, n, c, w, 100 * c / w, k }' \
    >>"$OUT/cpu.csv"
done
# where each side's own CPU went (threads of the main process; keepalived's are its processes)
for s in $SIDES; do
  join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 "$OUT/$s/threads0.tsv" "$OUT/$s/threads1.tsv" |
    awk -F'\t' -v hz="$HZ" '{ d = ($3 - $2) / hz; if (d > 0) printf "%8.2f s  %s\n", d, $1 }' |
    sort -rn >"$OUT/$s/threads.txt"
done
cpu() { awk -F, -v s="$1" '$1 == s { print $3 }' "$OUT/cpu.csv"; }
pct() { awk -F, -v s="$1" '$1 == s { print $5 }' "$OUT/cpu.csv"; }
skip() { awk -F, -v s="$1" '$1 == s { print $6 }' "$OUT/cpu.csv"; }
ratio=$(awk -v a="$(cpu jk)" -v b="$(cpu ka)" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
{
  echo "# $(date -u +%F) bench/tracking/run.sh: $N instances, each tracking its own vrrp_script (interval 1 s)"
  echo
  echo "Both daemons in their own namespace at the same time; CPU of the whole process tree (daemon"
  echo "processes and the script children they reaped) over ${wall} s after a ${WARMUP} s warm-up."
  echo "Load average at the end: $load. Scripts verified: $verdict. Instances that had become"
  echo "MASTER before the window: jkeepalived ${M0[jk]}/$N, keepalived ${M0[ka]}/$N."
  echo
  echo "| impl | CPU s | CPU % of one core | runs skipped (previous still running) |"
  echo "|---|---:|---:|---:|"
  echo "| jkeepalived | $(cpu jk) | $(pct jk) | $(skip jk) of $((N * ${wall%.*})) |"
  echo "| keepalived 2.2.7 | $(cpu ka) | $(pct ka) | $(skip ka) of $((N * ${wall%.*})) |"
  echo "| ratio jk/ka | $ratio | | below 1: jkeepalived uses less |"
  echo
  echo "jkeepalived command: \`${CMD[jk]}\`${JKEEPALIVED_JAVA_OPTS:+ with JKEEPALIVED_JAVA_OPTS=$JKEEPALIVED_JAVA_OPTS}"
  echo
  echo "jkeepalived's own threads over the window (CPU s; the rest of its figure is the script"
  echo "children it reaped):"
  echo
  echo '```'
  head -8 "$OUT/jk/threads.txt"
  echo '```'
} >"$OUT/summary.md"
cat "$OUT/summary.md"
if [[ $MEASURED == 1 ]]; then
  mkdir -p "$HERE/measured"
  cp "$OUT/summary.md" "$HERE/measured/$(date -u +%F).md"
fi
[[ $verdict == ok ]]
