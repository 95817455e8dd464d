#!/usr/bin/env bash
# run.sh - VRRP takeover time, a keepalived pair and a jkeepalived pair side by side.
#
#   bench/failover/run.sh              both sides, RUNS=10 per (config, method, side)
#   bench/failover/run.sh --validate   side B is keepalived too, RUNS=3 (checks the bench itself)
#
# Two labs, one per side (namespaces jkbnfa* and jkbnfb*, each two routers on a bridge, built by
# shared/lab/netns-lab.sh): node1 priority 150 (MASTER), node2 priority 100, VIP .100 of
# 198.18.75.0/24 (side A) or 198.18.76.0/24 (side B). For each config (v2 advert_int 1, v3
# advert_int 0.1) and method (kill9: SIGSTOP+SIGKILL of node1's whole tree; sigterm: clean stop,
# priority-0 advert), runs alternate A, B, A, B... so both sides see the same machine load. Each run
# waits a random 1.5..2.5 advert intervals in steady state, fails node1, and measures
#   vip_ms   failure -> VIP present on node2 (ip addr polled every 10 ms)
#   garp_ms  failure -> first gratuitous ARP for the VIP from node2's MAC, from a dumpcap
#            capture on the bridge (kernel timestamps, same clock as the script's)
#   and, from the same capture, the phase-free figures (summarize.py):
#   adv_garp_ms  node1's last advert on the wire -> node2's first gratuitous ARP
#   adv_adv_ms   node1's last advert on the wire -> node2's first advert
#            (after kill -9 the lower bound is exactly Master_Down_Interval; after a clean stop the
#            last advert is the priority-0 one and the bound is Skew_Time)
#   sig_p0_ms    (sigterm) the signal -> node1's priority-0 advert on the wire
# then restarts node1 (removing the VIP a crashed host would have lost) and waits for preemption.
# Two methods keep node1 running and measure its own latency instead:
#   sighup  SIGHUP with the configuration unchanged (a kept master); from the capture
#           (summarize.py): hup_adv_ms, the signal -> node1's first advert; hup_gap_ms, the largest
#           gap between its adverts around the reload (an engine paused by the reload shows here)
#   start   node1 stopped cleanly (node2 takes over), then started again: state_ms, exec -> its
#           first "Entering BACKUP/MASTER STATE" log line; vip_ms, exec -> VIP back on node1
#           (preempt); start_adv_ms, exec -> its first advert on the wire (capture)
#
# Environment: RUNS, CONFIGS (="2:1 3:0.1", version:advert_int),
#   METHODS (="kill9 sigterm sighup start"),
#   A_CMD / B_CMD   node command templates ({conf} {run} {ns} {name}, foreground), default
#                   keepalived (lab-lib.sh KA_CMD) and "$TOP/bin/jkeepalived -n -l -f {conf} -p {run}/jk.pid"
#   A_NAME / B_NAME labels;  OUT  result folder (default bench/failover/results/<timestamp>)
#   LAB_DIR         shared/lab (found upwards from the project if unset)
# Output: $OUT/runs.csv (one row per measurement), $OUT/summary.md (medians, B/A ratios and the
# protocol bounds), node logs under $OUT/run/, captures $OUT/side-a.pcapng, side-b.pcapng.
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

# bash reports every node it started that dies by a signal ("Killed"): that is the point here
exec 2> >(grep --line-buffered -v -E '^[^ ]+: line [0-9]+: +[0-9]+ Killed ' >&2)

VALIDATE=0
[[ ${1:-} == --validate ]] && VALIDATE=1
RUNS=${RUNS:-$([[ $VALIDATE == 1 ]] && echo 3 || echo 10)}
CONFIGS=${CONFIGS:-"2:1 3:0.1"}
METHODS=${METHODS:-"kill9 sigterm sighup start"}
OUT=${OUT:-$HERE/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT/run" "$OUT/conf"
LAB_RUN=$OUT/run
source "$LAB_DIR/lab-lib.sh"

A_CMD=${A_CMD:-$KA_CMD}; A_NAME=${A_NAME:-keepalived}
if [[ $VALIDATE == 1 ]]; then
  B_CMD=${B_CMD:-$KA_CMD}; B_NAME=${B_NAME:-keepalived-B}
else
  B_CMD=${B_CMD:-"$TOP/bin/jkeepalived -n -l -f {conf} -p {run}/jk.pid"}; B_NAME=${B_NAME:-jkeepalived}
fi
declare -A CMD=([a]=$A_CMD [b]=$B_CMD) NAME=([a]=$A_NAME [b]=$B_NAME) NET=([a]=75 [b]=76) MAC2=()
SIDES="a b"
CAP_PIDS=()

p() { echo "jkbnf$1"; }                      # namespace prefix of side $1
ns() { echo "jkbnf$1$2"; }                    # router $2 of side $1
ifc() { echo "jkbnf$1$2e0"; }
vip() { echo "198.18.${NET[$1]}.100"; }
node_ip() { echo "198.18.${NET[$1]}.$((10 + $2))"; }   # netns-lab.sh's address of router $2

cleanup() {
  local s i
  for s in $SIDES; do for i in 1 2; do node_stop "$s$i"; done; done
  for pid in "${CAP_PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  CAP_PIDS=()
  for s in $SIDES; do "$LAB_DIR/netns-lab.sh" down "$(p "$s")" >/dev/null 2>&1; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

lab_up() {  # side
  local s=$1
  "$LAB_DIR/netns-lab.sh" down "$(p "$s")" >/dev/null 2>&1
  "$LAB_DIR/netns-lab.sh" up 2 "$(p "$s")" "198.18.${NET[$s]}.0/24" "fd00:${NET[$s]}::/64" >/dev/null || exit 1
  MAC2[$s]=$(ip -n "$(ns "$s" 2)" -br link show dev "$(ifc "$s" 2)" | awk '{print $3}')
  ip netns exec "$(p "$s")br" dumpcap -q -i "$(p "$s")br0" -f "arp or ip proto 112" \
    -w "$OUT/side-$s.pcapng" 2>"$OUT/dumpcap-$s.err" &
  CAP_PIDS+=($!)
  wait_until 15 test -s "$OUT/side-$s.pcapng" >/dev/null || { echo "dumpcap did not start" >&2; exit 1; }
}

gen_conf() {  # side node version advert -> path
  local s=$1 i=$2 v=$3 a=$4 f="$OUT/conf/$1$2-v$3-adv$4.conf"
  local prio=100 state=BACKUP
  [[ $i == 1 ]] && prio=150 state=MASTER
  "$LAB_DIR/gen-keepalived-conf.py" --router-id "$(ns "$s" "$i")" --iface "$(ifc "$s" "$i")" \
    --priority $prio --state $state --version "$v" --advert "$a" --vrid 51 --vip "$(vip "$s")/24" >"$f"
  echo "$f"
}

start_node() { node_start "$1$2" "$(ns "$1" "$2")" "$3" "${CMD[$1]}"; }
n1_master() { has_vip "$(ns "$1" 1)" "$(ifc "$1" 1)" "$(vip "$1")" && ! has_vip "$(ns "$1" 2)" "$(ifc "$1" 2)" "$(vip "$1")"; }
n2_has() { has_vip "$(ns "$1" 2)" "$(ifc "$1" 2)" "$(vip "$1")"; }

ms_since() {  # t0_us -> "ms.us" elapsed since t0
  local ms=$(( $(now_us) - $1 )); printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# the node's log from byte $2 on has a VRRP state line (keepalived's and jkeepalived's words)
log_has_state() { tail -c +"$2" "$1" 2>/dev/null | grep -q -E 'Entering (BACKUP|MASTER) STATE'; }

# start: node1 stopped cleanly, node2 master; node1's process is started (t = right before the
# exec) and the script polls, every 10 ms, its log for the first state line (state_ms) and its
# interface for the VIP it takes back by preempting (vip_ms); the first advert on the wire comes
# from the capture (summarize.py, start_adv_ms)
measure_start() {  # side version advert run conf1
  local s=$1 v=$2 a=$3 r=$4 c1=$5 t0 log off state=NaN vip=NaN deadline
  node_stop "${s}1"
  ip -n "$(ns "$s" 1)" addr del "$(vip "$s")/24" dev "$(ifc "$s" 1)" 2>/dev/null
  wait_until 30 n2_has "$s" >/dev/null || echo "side $s: node2 did not take over" >&2
  msleep "$(awk -v a="$a" -v r=$RANDOM 'BEGIN{printf "%.3f", a + a*r/32768}')"
  log=$LAB_RUN/${s}1/node.log
  off=$(( $(stat -c %s "$log" 2>/dev/null || echo 0) + 1 ))
  t0=$(now_us)
  start_node "$s" 1 "$c1"
  deadline=$(( t0 + 30000000 ))
  while (( $(now_us) < deadline )); do
    [[ $state == NaN ]] && log_has_state "$log" "$off" && state=$(ms_since "$t0")
    [[ $vip == NaN ]] && n1_master "$s" && vip=$(ms_since "$t0")
    [[ $state != NaN && $vip != NaN ]] && break
    msleep "$POLL_S"
  done
  echo "$s,${NAME[$s]},$v,$a,start,$r,$t0,$vip,$state" >>"$OUT/runs.csv"
  printf '  %-4s %-8s run %2d %-13s state line after %s ms, VIP back (preempt) after %s ms\n' \
    "v$v/$a" start "$r" "${NAME[$s]}" "$state" "$vip"
}

measure() {  # side version advert method run conf1
  local s=$1 v=$2 a=$3 m=$4 r=$5 c1=$6 t_fail ms
  if ! wait_until 60 n1_master "$s" >/dev/null; then
    echo "$s,${NAME[$s]},$v,$a,$m,$r,,NaN," >>"$OUT/runs.csv"; echo "side $s: no steady state" >&2; return
  fi
  [[ $m == start ]] && { measure_start "$s" "$v" "$a" "$r" "$c1"; return; }
  msleep "$(awk -v a="$a" -v r=$RANDOM 'BEGIN{printf "%.3f", 1.5*a + a*r/32768}')"
  # the pids are looked up first so that t_fail is taken right before the signal (lab-lib's
  # node_kill9 forks a few processes first, tens of ms on a loaded machine)
  local pids main
  pids=$(node_pids "${s}1"); main=$(node_main_pid "${s}1")
  t_fail=$(now_us)
  case $m in
    kill9) kill -STOP $pids 2>/dev/null; kill -KILL $pids 2>/dev/null ;;
    sigterm) kill -TERM "$main" ;;
    sighup) kill -HUP "$main" ;;
  esac
  if [[ $m == sighup ]]; then
    # a reload keeps node1 master: its adverts around the signal come from the capture
    # (summarize.py: hup_adv_ms, hup_gap_ms); wait long enough for the gap to show
    msleep "$(awk -v a="$a" 'BEGIN{printf "%.3f", (10*a < 2) ? 2 : 10*a}')"
    echo "$s,${NAME[$s]},$v,$a,$m,$r,$t_fail,," >>"$OUT/runs.csv"
    printf '  %-4s %-8s run %2d %-13s reloaded\n' "v$v/$a" "$m" "$r" "${NAME[$s]}"
    return
  fi
  # measured from t_fail, not from wait_until's own start (its subshell fork can take as long)
  if wait_until 30 n2_has "$s" >/dev/null; then
    ms=$(( $(now_us) - t_fail )); ms=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
  else
    ms=NaN
  fi
  echo "$s,${NAME[$s]},$v,$a,$m,$r,$t_fail,$ms," >>"$OUT/runs.csv"
  printf '  %-4s %-8s run %2d %-13s VIP on backup after %s ms\n' "v$v/$a" "$m" "$r" "${NAME[$s]}" "$ms"
  node_stop "${s}1"
  # a crashed host takes its addresses down with it
  ip -n "$(ns "$s" 1)" addr del "$(vip "$s")/24" dev "$(ifc "$s" 1)" 2>/dev/null
  start_node "$s" 1 "$c1"
}

echo "side,impl,version,advert,method,run,t_fail_us,vip_ms,state_ms" >"$OUT/runs.csv"
for s in $SIDES; do lab_up "$s"; done
echo "bench: A=${NAME[a]} B=${NAME[b]} runs=$RUNS configs='$CONFIGS' methods='$METHODS' -> $OUT"
for cfg in $CONFIGS; do
  v=${cfg%%:*} a=${cfg#*:}
  declare -A C1=()
  for s in $SIDES; do
    C1[$s]=$(gen_conf "$s" 1 "$v" "$a")
    start_node "$s" 2 "$(gen_conf "$s" 2 "$v" "$a")"
    start_node "$s" 1 "${C1[$s]}"
  done
  for m in $METHODS; do
    for ((r = 1; r <= RUNS; r++)); do
      for s in $SIDES; do measure "$s" "$v" "$a" "$m" "$r" "${C1[$s]}"; done
    done
  done
  for s in $SIDES; do node_stop "${s}1"; node_stop "${s}2"; done
done
for pid in "${CAP_PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
CAP_PIDS=()

# every gratuitous ARP for the VIP and every VRRP advert, per side: time, source MAC, source IP,
# priority (adverts) or ARP sender/target
for s in $SIDES; do
  tshark -r "$OUT/side-$s.pcapng" -Y "vrrp || (arp.src.proto_ipv4 == $(vip "$s") && arp.dst.proto_ipv4 == $(vip "$s"))" \
    -T fields -E separator=/t -e frame.time_epoch -e eth.src -e ip.src -e vrrp.prio -e arp.src.proto_ipv4 \
    2>/dev/null | awk -v s="$s" '{print s "\t" $0}'
done >"$OUT/packets.tsv"
printf '%s\n' "a ${MAC2[a]} $(node_ip a 1) $(node_ip a 2)" "b ${MAC2[b]} $(node_ip b 1) $(node_ip b 2)" >"$OUT/backup-macs.txt"
python3 "$HERE/summarize.py" "$OUT" | tee "$OUT/summary.md"
