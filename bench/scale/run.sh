#!/usr/bin/env bash
# run.sh - CPU and memory of a VRRP master and backup at 1, 100 and 500 instances, a keepalived pair
# and a jkeepalived pair side by side in one run; with --soak, the false-takeover soak.
#
#   bench/scale/run.sh                 CONFIGS="1:2:1 100:2:1 500:2:1 500:3:0.1", about 6 min
#   bench/scale/run.sh --soak          500 instances, VRRPv3 advert_int 0.1, DURATION=600 s window
#   DURATION=120 bench/scale/run.sh --soak
#   SIDES=b DURATION=600 bench/scale/run.sh --soak      jkeepalived pair only
#   SIDES="a b c" C_CMD="..." bench/scale/run.sh        a third pair (say the jkeepalived before a
#                                                        change) in the same run, 198.18.79.0/24
#
# Per side s (a, b) two namespaces jkbns${s}1 (node1: priority 150, MASTER) and jkbns${s}2 (node2:
# priority 100, BACKUP), built by shared/lab/netns-lab.sh, plus ceil(N/PER_IF) veth pairs
# jkbns${s}1sK <-> jkbns${s}2sK, each its own L2 segment (VRIDs 1..PER_IF repeat per pair).
# Instance j: interface sK (K = j / PER_IF), VRID j % PER_IF + 1, VIP 198.18.NET.(100+VRID)/32 with
# NET 77 (side a) or 78 (side b); interface addresses 198.18.NET.(240+K) and .(248+K).
#
# For each config (instances:version:advert) both pairs start together; once every VIP is on
# node1 of both sides the script waits SETTLE_S (warm-up: JIT, first GCs), then measures over one
# window of SAMPLE_S (DURATION with --soak), the four daemons at the same time:
#   cpu_pct    utime+stime of the daemon's whole process tree (/proc/PID/stat, all threads) / window
#   rss_kb     VmRSS summed over the tree at the end of the window; pss_kb (smaps_rollup) likewise
#   to_master  "Entering MASTER STATE" lines the node logged in the window; on node2 (the backup)
#              every one is a false takeover (the master never stopped)
#   to_backup  "Entering BACKUP STATE" lines in the window (node1 losing mastership)
#   gc_*       jkeepalived only (-Xlog:gc,safepoint to {run}/gc.log): pauses in the window, the
#              longest GC pause and the longest safepoint in the window and over the whole run
#   max_gap_ms node2 rows: the longest gap between node1's adverts of VRID 1 on each veth pair, as
#              node2's interfaces received them (dumpcap in node2's namespace, VRID 1 only so that
#              a 600 s soak stays small): over Master_Down_Interval - Master_Adver_Interval means
#              the master itself went silent, not the backup that misjudged
#
# Environment: CONFIGS, PER_IF (=100), SETTLE_S (=15), SAMPLE_S (=30), DURATION (=600, --soak),
#   SIDES (="a b"; "a b c" with C_CMD), A_CMD / B_CMD / C_CMD (lab-lib.sh node templates),
#   A_NAME / B_NAME / C_NAME, NS_PREFIX (=jkbns: namespaces and veths), JAVA_GC_LOG (=1),
#   GAPS (=1, the VRID-1 capture), THREADS (=1: $OUT/threads-<node>.txt, CPU % and voluntary context
#   switches a second (wake-ups) of every thread over the window, from /proc/PID/task/*/schedstat|status), OUT (=bench/scale/results/<timestamp>), LAB_DIR (shared/lab, found upwards if unset).
# Output: $OUT/scale.csv, $OUT/summary.md (summarize.py), node logs and gc logs under $OUT/run/.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
if [[ -z ${LAB_DIR:-} ]]; then
  for d in "$TOP" "$TOP/.." "$TOP/../.." "$TOP/../../.."; do
    [[ -x $d/shared/lab/netns-lab.sh ]] && { LAB_DIR=$(cd "$d/shared/lab" && pwd); break; }
  done
fi
[[ -n ${LAB_DIR:-} && -f $LAB_DIR/lab-lib.sh ]] || { echo "run.sh: shared/lab not found; set LAB_DIR" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "run.sh: needs root (network namespaces)" >&2; exit 2; }

SOAK=0
[[ ${1:-} == --soak ]] && SOAK=1
if ((SOAK)); then
  CONFIGS=${CONFIGS:-"500:3:0.1"}; SAMPLE_S=${DURATION:-600}
else
  CONFIGS=${CONFIGS:-"1:2:1 100:2:1 500:2:1 500:3:0.1"}; SAMPLE_S=${SAMPLE_S:-30}
fi
NS_PREFIX=${NS_PREFIX:-jkbns}
[[ $NS_PREFIX =~ ^[a-z]{1,5}$ ]] || { echo "NS_PREFIX: 1-5 lower-case letters (interface names <= 15)" >&2; exit 2; }
PER_IF=${PER_IF:-100} SETTLE_S=${SETTLE_S:-15} SIDES=${SIDES:-"a b"} JAVA_GC_LOG=${JAVA_GC_LOG:-1} GAPS=${GAPS:-1} THREADS=${THREADS:-1}
OUT=${OUT:-$HERE/results/$(date +%Y%m%d-%H%M%S)$( ((SOAK)) && echo -soak)}
mkdir -p "$OUT/run" "$OUT/conf"
LAB_RUN=$OUT/run
source "$LAB_DIR/lab-lib.sh"
HZ=$(getconf CLK_TCK)

GC_OPTS=
((JAVA_GC_LOG)) && GC_OPTS="env JKEEPALIVED_JAVA_OPTS=-Xlog:gc,safepoint:file={run}/gc.log:uptime "
A_CMD=${A_CMD:-$KA_CMD}; A_NAME=${A_NAME:-keepalived}
B_CMD=${B_CMD:-"${GC_OPTS}$TOP/bin/jkeepalived -n -l -f {conf} -p {run}/jk.pid --control-socket {run}/control.sock"}; B_NAME=${B_NAME:-jkeepalived}
C_CMD=${C_CMD:-}; C_NAME=${C_NAME:-jk-before}
[[ $SIDES != *c* || -n $C_CMD ]] || { echo "run.sh: side c needs C_CMD" >&2; exit 2; }
declare -A CMD=([a]=$A_CMD [b]=$B_CMD [c]=$C_CMD) NAME=([a]=$A_NAME [b]=$B_NAME [c]=$C_NAME)
declare -A NET=([a]=77 [b]=78 [c]=79)
declare -A NODE=()   # side+index -> lab-lib node name of the current config
CAP_PIDS=()

p() { echo "${NS_PREFIX}$1"; }
ns() { echo "${NS_PREFIX}$1$2"; }

stop_nodes() {
  local k
  for k in "${!NODE[@]}"; do node_stop "${NODE[$k]}"; done
  NODE=()
}
stop_caps() {
  local pid
  for pid in "${CAP_PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  CAP_PIDS=()
}
cleanup() {
  local s
  stop_caps
  stop_nodes
  for s in $SIDES; do "$LAB_DIR/netns-lab.sh" down "$(p "$s")" >/dev/null 2>&1; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

maxn=0
for c in $CONFIGS; do n=${c%%:*}; ((n > maxn)) && maxn=$n; done
S=$(((maxn + PER_IF - 1) / PER_IF))
((PER_IF <= 139 && S <= 7)) || { echo "PER_IF must be <= 139 and N/PER_IF <= 7 (address plan)" >&2; exit 2; }

lab_up() {  # side
  local s=$1 k a b
  "$LAB_DIR/netns-lab.sh" down "$(p "$s")" >/dev/null 2>&1
  "$LAB_DIR/netns-lab.sh" up 2 "$(p "$s")" "198.18.${NET[$s]}.0/24" >/dev/null || exit 1
  for ((k = 0; k < S; k++)); do
    a=$(p "$s")1s$k b=$(p "$s")2s$k
    ip link add "$a" netns "$(ns "$s" 1)" type veth peer name "$b" netns "$(ns "$s" 2)" || exit 1
    ip -n "$(ns "$s" 1)" addr add "198.18.${NET[$s]}.$((240 + k))/32" dev "$a"
    ip -n "$(ns "$s" 2)" addr add "198.18.${NET[$s]}.$((248 + k))/32" dev "$b"
    ip -n "$(ns "$s" 1)" link set "$a" up
    ip -n "$(ns "$s" 2)" link set "$b" up
  done
}

ifaces() {  # side node -> comma-separated scale interfaces
  local s=$1 i=$2 k l=()
  for ((k = 0; k < S; k++)); do l+=("$(p "$s")${i}s$k"); done
  local IFS=,; echo "${l[*]}"
}

gen_conf() {  # side node instances version advert -> path
  local s=$1 i=$2 n=$3 v=$4 a=$5 f="$OUT/conf/$1$2-n$3-v$4-adv$5.conf" prio=100 state=BACKUP
  [[ $i == 1 ]] && prio=150 state=MASTER
  "$LAB_DIR/gen-keepalived-conf.py" --router-id "$(ns "$s" "$i")" --priority $prio --state $state \
    --version "$v" --advert "$a" --scale "$n" --scale-per-if "$PER_IF" \
    --scale-ifaces "$(ifaces "$s" "$i")" --scale-vip-base "198.18.${NET[$s]}.100" >"$f" || exit 1
  echo "$f"
}

vip_count() {  # NS NET -> VIPs 198.18.NET.101-200/32 on the scale interfaces
  ip -n "$1" -o -4 addr show | awk -v net="$2" \
    '$2 ~ /s[0-9]+$/ && $4 ~ ("^198[.]18[.]" net "[.](1[0-9][0-9]|200)/32$")' | wc -l
}
all_master() {  # instances: every side's node1 holds all its VIPs
  local s
  for s in $SIDES; do [[ $(vip_count "$(ns "$s" 1)" "${NET[$s]}") -ge $1 ]] || return 1; done
}

pss_kb() {  # node -> sum of Pss over the tree
  local sum=0 p v
  for p in $(node_pids "$1"); do
    v=$(awk '/^Pss:/{print $2}' /proc/"$p"/smaps_rollup 2>/dev/null); sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}
threads() {  # node -> threads over the tree
  local sum=0 p v
  for p in $(node_pids "$1"); do
    v=$(awk '/^Threads:/{print $2}' /proc/"$p"/status 2>/dev/null); sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}
count_lines() {  # file pattern -> matching lines so far
  [[ -f $1 ]] || { echo 0; return; }
  grep -c -- "$2" "$1"
}
lines() { [[ -f $1 ]] && wc -l <"$1" || echo 0; }
gc_stats() {  # gc.log first_line -> "pauses max_pause_ms max_safepoint_ms" from line first_line+1 on
  [[ -f $1 ]] || { echo "- - -"; return; }
  tail -n +"$(($2 + 1))" "$1" | awk '
    / Pause / && match($0, /[0-9.]+ms$/) { n++; v = substr($0, RSTART, RLENGTH - 2) + 0; if (v > gc) gc = v }
    /Safepoint "/ && match($0, /Total: [0-9]+ ns/) { v = substr($0, RSTART + 7, RLENGTH - 10) / 1e6; if (v > sp) sp = v }
    END { printf "%d %.3f %.3f\n", n, gc, sp }'
}
start_gap_capture() {  # side tag: node1's VRID-1 adverts as node2's interfaces receive them
  local s=$1 k args=()
  # dumpcap applies a -f to the -i before it: one per interface
  for ((k = 0; k < S; k++)); do args+=(-i "$(p "$s")2s$k" -f "ip proto 112 and ip[21] == 1"); done
  ip netns exec "$(ns "$s" 2)" dumpcap -q "${args[@]}" -w "$OUT/gaps-$s-$2.pcapng" 2>>"$OUT/dumpcap.err" &
  CAP_PIDS+=($!)
}
max_gap_ms() {  # side tag t0_us t1_us -> longest gap between adverts on any interface in [t0, t1]
  [[ -f $OUT/gaps-$1-$2.pcapng ]] || { echo -; return; }
  # node1's adverts only (its scale interfaces are 198.18.NET.240-247), not node2's if it took over
  tshark -r "$OUT/gaps-$1-$2.pcapng" -Y "vrrp.virt_rtr_id == 1" -T fields -e frame.interface_id \
    -e frame.time_epoch -e ip.src 2>/dev/null |
    awk -v t0="$3" -v t1="$4" '$3 !~ /[.]24[0-7]$/ { next } { t = $2 * 1e6; if (t < t0 || t > t1) next
      if ($1 in last && t - last[$1] > g) g = t - last[$1]; last[$1] = t }
      END { printf "%.1f\n", g / 1000 }'
}
task_snap() {  # node -> "pid/tid comm run_ns vol_cs invol_cs" per thread of the tree
  local p t
  for p in $(node_pids "$1"); do
    for t in /proc/"$p"/task/*; do
      # schedstat: time on CPU in ns (stat's utime/stime are 10 ms ticks: too coarse at idle)
      printf '%s %s %s %s %s\n' "$p/${t##*/}" "$(tr ' ' _ <"$t"/comm)" "$(cut -d' ' -f1 "$t"/schedstat)" \
        "$(awk '/^voluntary_ctxt/{print $2}' "$t"/status)" "$(awk '/^nonvoluntary_ctxt/{print $2}' "$t"/status)"
    done
  done 2>/dev/null
}
task_report() {  # before after window_s -> per-thread CPU % and wake-ups/s, busiest first
  awk -v w="$3" 'NR == FNR { t[$1] = $3; v[$1] = $4; n[$1] = $5; next }
    { dt = $3 - t[$1]; dv = $4 - v[$1]; dn = $5 - n[$1]; T += dt; V += dv
      printf "%-28s %7.3f %% %8.2f wake/s %6.2f preempt/s\n", $2, dt / (1e7 * w), dv / w, dn / w }
    END { printf "%-28s %7.3f %% %8.2f wake/s (threads alive at both ends)\n", "TOTAL", T / (1e7 * w), V / w }' "$1" "$2" |
    sort -k2,2 -rn
}
sys_ticks() { awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8, $5+$6}' /proc/stat; }  # total idle

csv=$OUT/scale.csv
echo "instances,version,advert,side,impl,node,window_s,cpu_pct,rss_kb,pss_kb,threads,to_master,to_backup,gc_pauses,gc_max_ms,safepoint_max_ms,gc_max_ms_run,safepoint_max_ms_run,max_gap_ms,all_master_s,host_idle_pct,loadavg" >"$csv"
for s in $SIDES; do lab_up "$s"; done
echo "bench/scale: sides='$SIDES' (a=${NAME[a]} b=${NAME[b]} c=${NAME[c]}) configs='$CONFIGS' settle=${SETTLE_S}s window=${SAMPLE_S}s -> $OUT"

for cfg in $CONFIGS; do
  IFS=: read -r n v adv <<<"$cfg"
  echo "=== $n instances, VRRPv$v, advert_int $adv"
  t0=$(now_us)
  for s in $SIDES; do
    for i in 2 1; do
      NODE[$s$i]="$s$i-n$n-v$v-adv$adv"
      node_start "${NODE[$s$i]}" "$(ns "$s" "$i")" "$(gen_conf "$s" "$i" "$n" "$v" "$adv")" "${CMD[$s]}"
    done
  done
  if ! wait_until 180 all_master "$n" >/dev/null; then
    for s in $SIDES; do echo "WARNING: side $s: $(vip_count "$(ns "$s" 1)" "${NET[$s]}") of $n VIPs on node1" >&2; done
  fi
  t_all=$(awk -v a="$t0" -v b="$(now_us)" 'BEGIN{printf "%.1f", (b-a)/1e6}')
  echo "every VIP on node1 after ${t_all} s; settling ${SETTLE_S} s"
  tag="n$n-v$v-adv$adv"
  if ((GAPS)); then for s in $SIDES; do start_gap_capture "$s" "$tag"; done; fi
  msleep "$SETTLE_S"

  declare -A C0=() M0=() B0=() G0=()
  for k in "${!NODE[@]}"; do
    log=$LAB_RUN/${NODE[$k]}/node.log
    C0[$k]=$(node_cpu_ticks "${NODE[$k]}")
    M0[$k]=$(count_lines "$log" "Entering MASTER STATE")
    B0[$k]=$(count_lines "$log" "Entering BACKUP STATE")
    G0[$k]=$(lines "$LAB_RUN/${NODE[$k]}/gc.log")
    ((THREADS)) && task_snap "${NODE[$k]}" >"$LAB_RUN/${NODE[$k]}/tasks-0.txt"
  done
  read -r sta sia < <(sys_ticks)
  w0=$(now_us)
  echo "window of ${SAMPLE_S} s from $(date +%T)"
  msleep "$SAMPLE_S"
  w1=$(now_us)
  read -r stb sib < <(sys_ticks)
  stop_caps
  win=$(awk -v a="$w0" -v b="$w1" 'BEGIN{printf "%.2f", (b-a)/1e6}')
  idle=$(awk -v a="$sta" -v b="$stb" -v c="$sia" -v d="$sib" 'BEGIN{printf "%.1f", (d-c)*100/(b-a)}')
  load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')
  # Every node's end-of-window figures first, the slow part (tshark over the captures) after:
  # taken row by row, the later rows counted CPU and state changes 10-150 s past the window, in
  # which tshark had a core and the pairs flapped (2026-12-07-session6-cpu.md).
  declare -A E=()
  for k in "${!NODE[@]}"; do
    nd=${NODE[$k]} log=$LAB_RUN/${NODE[$k]}/node.log gc=$LAB_RUN/${NODE[$k]}/gc.log
    c1=$(node_cpu_ticks "$nd")
    ((THREADS)) && task_snap "$nd" >"$LAB_RUN/$nd/tasks-1.txt"
    tm=$(($(count_lines "$log" "Entering MASTER STATE") - ${M0[$k]}))
    tb=$(($(count_lines "$log" "Entering BACKUP STATE") - ${B0[$k]}))
    E[$k]="$c1 $tm $tb $(node_rss_kb "$nd") $(pss_kb "$nd") $(threads "$nd") $(gc_stats "$gc" "${G0[$k]}")"
  done
  for k in $(printf '%s\n' "${!NODE[@]}" | sort); do
    s=${k:0:1} i=${k:1} nd=${NODE[$k]} log=$LAB_RUN/${NODE[$k]}/node.log gc=$LAB_RUN/${NODE[$k]}/gc.log
    read -r c1 tm tb rss pss thr gp gmax smax <<<"${E[$k]}"
    if ((THREADS)); then
      task_report "$LAB_RUN/$nd/tasks-0.txt" "$LAB_RUN/$nd/tasks-1.txt" "$win" >"$OUT/threads-$nd.txt"
    fi
    cpu=$(awk -v a="${C0[$k]}" -v b="$c1" -v hz="$HZ" -v w="$win" 'BEGIN{printf "%.2f", (b-a)*100/(hz*w)}')
    read -r _ gmaxr smaxr < <(gc_stats "$gc" 0)
    [[ -f $gc ]] || { gmaxr=- smaxr=-; }
    gap=-
    [[ $i == 2 ]] && gap=$(max_gap_ms "$s" "$tag" "$w0" "$w1")
    row="$n,$v,$adv,$s,${NAME[$s]},$i,$win,$cpu,$rss,$pss,$thr,$tm,$tb,$gp,$gmax,$smax,$gmaxr,$smaxr,$gap,$t_all,$idle,$load"
    echo "$row" >>"$csv"
    printf '  %-12s node%s cpu %6s%%  rss %7s kB  to_master %s  to_backup %s  gc pauses %s max %s ms  advert gap %s ms\n' \
      "${NAME[$s]}" "$i" "$cpu" "$rss" "$tm" "$tb" "$gp" "$gmax" "$gap"
    if [[ $i == 2 && $tm != 0 ]]; then
      echo "  FALSE TAKEOVER: ${NAME[$s]} backup entered MASTER $tm times in the window:" >&2
      grep -n "Entering MASTER STATE" "$log" | tail -5 >&2
    fi
  done
  stop_nodes
  msleep 2
done
python3 "$HERE/summarize.py" "$OUT" | tee "$OUT/summary.md"
