#!/usr/bin/env bash
# bench/snmp/run.sh - SNMP read speed, jkeepalived's built-in agent against keepalived + snmpd
# (AgentX), side by side, with 1 / 100 / 500 vrrp_instances.
#
#   ns jkbs1: the jkeepalived agent (BenchAgent.java: config -> object store -> SnmpAgent) on
#             udp:127.0.0.1:$PORT_JK
#   ns jkbs2: keepalived 2.2.7 (enable_snmp_*, no traps) + snmpd (master agentx) on
#             udp:127.0.0.1:$PORT_KA
# Each namespace has veth pairs s<k>/p<k> (100 instances per s<k>, VRID 1..100, one VIP each), as
# /work/shared/lab/scale-test.sh lays them out. Per count and side:
#   * whole KEEPALIVED-MIB snmpbulkwalk -v2c (hyperfine -N, median of WALK_RUNS, after warm-up)
#   * GETS single-OID GETs of vrrpInstanceState.1 from one process (snmpget-rtt.py: median RTT
#     and total time) so process start-up does not dominate
# Results: $OUT/results.csv and a table on stdout with the ratio keepalived/jkeepalived.
# Everything (namespaces, processes) is removed on exit.
#
# Env: COUNTS (="1 100 500") WALK_RUNS (=9) GETS (=1000) OUT (=bench/snmp/results)
#      JK_CMD: command template for the jkeepalived side ({conf} {ip} {port} {run} substituted);
#              default runs BenchAgent.java on the shaded jar. Once the daemon starts the agent:
#              JK_CMD='bin/jkeepalived -n -l -f {conf} -p {run}/jk.pid -x --snmp-listen=udp:{ip}:{port}'
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
LAB=/work/shared/lab
COUNTS=${COUNTS:-"1 100 500"} WALK_RUNS=${WALK_RUNS:-9} GETS=${GETS:-1000}
OUT=${OUT:-$HERE/results}
NS_JK=jkbs1 NS_KA=jkbs2 PORT_JK=16402 PORT_KA=16401 IP=127.0.0.1
WORK=/tmp/jkbs-bench
KA=.1.3.6.1.4.1.9586.100.5 STATE1=.1.3.6.1.4.1.9586.100.5.2.3.1.4.1
JAR=$TOP/agent/target/jkeepalived-all.jar
JK_CMD=${JK_CMD:-"java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp $JAR $HERE/BenchAgent.java {conf} {ip} {port} {run}"}
export SNMP_PERSISTENT_DIR=$WORK/persist

PIDS=()
stop_all() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    for p in "${PIDS[@]}"; do
        for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$p" 2>/dev/null; wait "$p" 2>/dev/null
    done
    PIDS=()
}
cleanup() {
    stop_all
    ip netns del "$NS_JK" 2>/dev/null; ip netns del "$NS_KA" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ $(id -u) == 0 ]] || { echo "run as root (namespaces)" >&2; exit 2; }
for t in hyperfine snmpbulkwalk snmpd keepalived java python3; do
    command -v "$t" >/dev/null || { echo "missing $t" >&2; exit 2; }
done
if [[ ! -f $JAR ]]; then
    (cd "$TOP" && ./mvnw -q -B -o -DskipTests package -pl agent -am) || exit 1
fi
mkdir -p "$OUT" "$WORK" "$SNMP_PERSISTENT_DIR"

wait_for() {  # SECONDS CMD... : poll every 0.2 s
    local end=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do ((SECONDS < end)) || return 1; sleep 0.2; done
}

maxn=0; for n in $COUNTS; do ((n > maxn)) && maxn=$n; done
S=$(( (maxn + 99) / 100 ))
IFACES=$(for ((k = 0; k < S; k++)); do printf 's%d,' "$k"; done); IFACES=${IFACES%,}
for ns in "$NS_JK" "$NS_KA"; do
    ip netns del "$ns" 2>/dev/null
    ip netns add "$ns" || exit 1
    ip -n "$ns" link set lo up
    for ((k = 0; k < S; k++)); do
        ip -n "$ns" link add "s$k" type veth peer name "p$k"
        ip -n "$ns" addr add "198.18.1.$((240 + k))/32" dev "s$k"
        ip -n "$ns" link set "s$k" up; ip -n "$ns" link set "p$k" up
    done
done

cat >"$WORK/snmpd.conf" <<CONF
agentaddress udp:$IP:$PORT_KA
master agentx
agentXSocket unix:$WORK/agentx.sock
agentXPerms 0600 0700
rocommunity public default
sysName jkbs2
CONF

median_ms() {  # hyperfine json -> median ms
    python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['median']*1000:.1f}\")" "$1"
}

measure() {  # SIDE NS PORT N -> "varbinds walk_ms get_median_ms gets_total_ms"
    local side=$1 ns=$2 port=$3 n=$4 nv t0 t1 g
    nv=$(ip netns exec "$ns" snmpbulkwalk -v2c -c public -On -t 5 "$IP:$port" "$KA" 2>/dev/null | wc -l)
    ip netns exec "$ns" snmpbulkwalk -v2c -c public -On "$IP:$port" "$KA" >"$OUT/walk-$side-$n.txt" 2>&1
    for _ in 1 2 3 4 5; do  # warm-up (the JVM's JIT; snmpd's caches)
        ip netns exec "$ns" "$LAB/snmpget-rtt.py" -t "$IP:$port" --walk "$KA" --timeout 20 >/dev/null
    done
    ip netns exec "$ns" hyperfine -N --warmup 2 --runs "$WALK_RUNS" --export-json "$OUT/hf-walk-$side-$n.json" \
        "snmpbulkwalk -v2c -c public -On -t 20 $IP:$port $KA" >"$OUT/hf-walk-$side-$n.txt" 2>&1
    ip netns exec "$ns" "$LAB/snmpget-rtt.py" -t "$IP:$port" -n 200 "$STATE1" >/dev/null
    t0=$(date +%s%N)
    g=$(ip netns exec "$ns" "$LAB/snmpget-rtt.py" -t "$IP:$port" -n "$GETS" "$STATE1")
    t1=$(date +%s%N)
    echo "$side $n $g" >>"$OUT/gets.txt"
    echo "$nv $(median_ms "$OUT/hf-walk-$side-$n.json") $(sed -n 's/.*median=\([0-9.]*\).*/\1/p' <<<"$g") $(( (t1 - t0) / 1000000 ))"
}

CSV=$OUT/results.csv
echo "instances,jk_varbinds,ka_varbinds,jk_walk_ms,ka_walk_ms,walk_ratio,jk_get_ms,ka_get_ms,get_ratio,jk_gets_total_ms,ka_gets_total_ms,loadavg" >"$CSV"
: >"$OUT/gets.txt"
for n in $COUNTS; do
    echo "=== $n instances"
    "$LAB/gen-keepalived-conf.py" --router-id jkbs2 --priority 150 --state MASTER --version 2 --advert 1 \
        --scale "$n" --scale-per-if 100 --scale-ifaces "$IFACES" \
        --snmp-socket "unix:$WORK/agentx.sock" --no-traps >"$WORK/ka-$n.conf" || exit 1
    "$LAB/gen-keepalived-conf.py" --router-id jkbs1 --priority 150 --state MASTER --version 2 --advert 1 \
        --scale "$n" --scale-per-if 100 --scale-ifaces "$IFACES" >"$WORK/jk-$n.conf" || exit 1

    rm -f "$WORK/agentx.sock"
    ip netns exec "$NS_KA" snmpd -f -C -c "$WORK/snmpd.conf" -Lf "$WORK/snmpd.log" -p "$WORK/snmpd.pid" -m '' &
    PIDS+=($!)
    wait_for 10 test -S "$WORK/agentx.sock" || { echo "snmpd did not start" >&2; exit 1; }
    ip netns exec "$NS_KA" keepalived -n -l -D -f "$WORK/ka-$n.conf" -p "$WORK/ka.pid" -r "$WORK/vrrp.pid" \
        -c "$WORK/check.pid" -b "$WORK/bfd.pid" >"$WORK/keepalived-$n.log" 2>&1 &
    PIDS+=($!)
    run=$WORK/jk-run-$n; mkdir -p "$run"
    cmd=${JK_CMD//\{conf\}/$WORK/jk-$n.conf}; cmd=${cmd//\{ip\}/$IP}; cmd=${cmd//\{port\}/$PORT_JK}; cmd=${cmd//\{run\}/$run}
    # shellcheck disable=SC2086
    ip netns exec "$NS_JK" $cmd >"$WORK/jkeepalived-$n.log" 2>&1 &
    PIDS+=($!)
    last=.1.3.6.1.4.1.9586.100.5.2.3.1.2.$n   # vrrpInstanceName.N: every instance is registered
    ka_ok() { ip netns exec "$NS_KA" snmpget -v2c -c public -Oqv "$IP:$PORT_KA" "$last" | grep -q VI_; }
    jk_ok() { ip netns exec "$NS_JK" snmpget -v2c -c public -Oqv "$IP:$PORT_JK" "$last" | grep -q VI_; }
    wait_for 120 ka_ok || { echo "keepalived did not serve $n instances" >&2; exit 1; }
    wait_for 120 jk_ok || { echo "jkeepalived did not serve $n instances" >&2; tail "$WORK/jkeepalived-$n.log" >&2; exit 1; }
    sleep 4  # let keepalived's instances settle (MASTER after 3 adverts)

    read -r ka_nv ka_walk ka_get ka_tot < <(measure ka "$NS_KA" "$PORT_KA" "$n")
    read -r jk_nv jk_walk jk_get jk_tot < <(measure jk "$NS_JK" "$PORT_JK" "$n")
    wr=$(awk -v a="$ka_walk" -v b="$jk_walk" 'BEGIN{printf "%.2f", a/b}')
    gr=$(awk -v a="$ka_get" -v b="$jk_get" 'BEGIN{printf "%.2f", a/b}')
    echo "$n,$jk_nv,$ka_nv,$jk_walk,$ka_walk,$wr,$jk_get,$ka_get,$gr,$jk_tot,$ka_tot,$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/')" | tee -a "$CSV"
    stop_all
    sleep 1
done
echo
column -s, -t "$CSV"
