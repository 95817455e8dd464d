#!/usr/bin/env bash
# strace-probe.sh NAME JK_COMMAND N - system calls per TCP_CHECK probe: N TCP_CHECKs (gen-conf.py)
# against haproxy in a namespace as run.sh sets it up, 20 s to settle, 10 s of CPU and checks
# without strace, then 10 s of `strace -c -f` on the daemon (all its threads: futex and epoll
# waits are its idle loops, the rest its probes) with the checks counted alongside. strace slows
# the daemon: its window's figures are counts, not times. Run under the bench lock, e.g.
#   flock /tmp/jk-bench.lock bench/checkers/strace-probe.sh before results/x/bin/jkeepalived 2000
# Output in results/strace-NAME/ (summary, strace.txt, logs).
set -u
name=$1 cmd=$2 n=$3 NS=${NS:-jkckst}
HERE=$(cd "$(dirname "$0")" && pwd)
d=$HERE/results/strace-$name
mkdir -p "$d"
python3 "$HERE/gen-conf.py" "$n" 0 > "$d/conf"
ip netns del $NS 2>/dev/null
ip netns add $NS; ip -n $NS link set lo up; ip -n $NS route add local 198.18.0.0/15 dev lo
ip netns exec $NS sysctl -qw net.ipv4.tcp_tw_reuse=1 net.core.somaxconn=16384 \
  net.ipv4.ip_local_port_range="10000 65000"
sed -n '/^global/,/^EOF/p' "$HERE/run.sh" | sed '$d' > "$d/haproxy.cfg"  # run.sh's listener
ip netns exec $NS haproxy -f "$d/haproxy.cfg" -db > "$d/haproxy.log" 2>&1 9>&- &
hap=$!
sleep 1
ip netns exec $NS $cmd -n -l -C -f "$d/conf" -p "$d/jk.pid" -c "$d/jkc.pid" \
  --lvs-dataplane=userspace > "$d/jk.log" 2>&1 9>&- &
jk=$!
sleep 20
opens() { ip netns exec $NS awk '/^Tcp:/ { if (h) print $6; h = 1 }' /proc/net/snmp; }
ticks() { awk '{print $14 + $15}' /proc/$jk/stat; }
c0=$(ticks); a0=$(opens); sleep 10; c1=$(ticks); a1=$(opens)
if ((a1 == a0)); then  # a slow start (a loaded box, a niced daemon) has not reached the checks
  echo "$name: no checks in 10 s after the settle (see $d/jk.log)" >&2
  kill $jk; kill $hap; wait 2>/dev/null; ip netns del $NS; exit 1
fi
echo "$name: $((a1 - a0)) checks in 10 s, $(( (c1 - c0) * 1000000 / $(getconf CLK_TCK) / (a1 - a0) )) us CPU per check (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee "$d/summary"
a0=$(opens)
timeout -s INT 10 strace -qq -c -f -p "$jk" -o "$d/strace.txt"
a1=$(opens)
echo "$name under strace: $((a1 - a0)) checks" | tee -a "$d/summary"
kill $jk; sleep 2; kill -9 $jk 2>/dev/null; kill $hap; wait 2>/dev/null
ip netns del $NS
cat "$d/strace.txt"
