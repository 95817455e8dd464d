#!/usr/bin/env bash
# floor.sh - what bench/lvs's start target leaves to work with, in the IPVS guest (one boot):
#   1. the JVM's own start (java -version) and the least a JVM on this project's stack does
#      before it can send a netlink message (JnrFloor: start, bind getpid through jnr-ffi, with
#      the build's load-balancer CDS archive, the launcher's JIT and GC options), with the number
#      of classes each loads;
#   2. keepalived's start to VS*RS destinations (as run.sh, polling every POLL_S) and the CPU its
#      two processes spent on it, user and system (/proc/PID/stat), with the guest's busy time.
# Issue 11 asks jkeepalived's start to be no slower than keepalived's: (1) is spent before any of
# the work keepalived does in (2), and (2)'s system time is the kernel's work on the same
# commands, which any implementation causes.
#   bench/lvs/floor.sh        (root; VS=1000 RS=10 as run.sh; OUT=bench/lvs/results/floor-<ts>)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
VS=${VS:-1000} RS=${RS:-10} POLL_S=${POLL_S:-0.5}
VM=${JK_IPVS_VM:-}
for d in "$TOP/.." "$TOP/../.." "$TOP"; do
  [[ -z $VM && -f $d/shared/lab/ipvs-vm.sh ]] && VM=$(cd "$d/shared/lab" && pwd)/ipvs-vm.sh
done
[[ -n $VM ]] || { echo "shared/lab/ipvs-vm.sh not found (set JK_IPVS_VM)" >&2; exit 2; }
JAR=$TOP/agent/target/jkeepalived-all.jar JSA=$TOP/agent/target/jkeepalived-lb.jsa
[[ -f $JAR && -f $JSA ]] || (cd "$TOP" && ./mvnw -q -B -ntp -DskipTests package -pl agent -am) >&2
OUT=${OUT:-$HERE/results/floor-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$JAR" "$HERE/JnrFloor.java"
awk -v vs="$VS" -v rs="$RS" 'BEGIN {
  print "global_defs {\n    router_id lbbench\n}"
  for (i = 0; i < vs; i++) {
    printf "virtual_server 198.18.%d.%d 80 {\n    lb_algo wrr\n    lb_kind DR\n    protocol TCP\n",
      100 + int(i / 250), i % 250 + 1
    for (j = 0; j < rs; j++) {
      n = i * rs + j
      printf "    real_server 198.19.%d.%d 80 {\n        weight 1\n    }\n", int(n / 250), n % 250 + 1
    }
    print "}"
  }
}' > "$OUT/lvs.conf"
JAVA=$(readlink -f "$(command -v java)")
JFFI=$TOP/agent/target/jffi/jni/x86_64-Linux
cat > "$OUT/floor.sh" <<EOF
JAVA=$JAVA JAR=$JAR JSA=$JSA JFFI=$JFFI CLASSES=$OUT/classes
WANT=$((VS * RS)) POLL=$POLL_S
EOF
cat >> "$OUT/floor.sh" <<'EOF'
ts() { cut -d' ' -f1 /proc/uptime; }
opts="-Xshare:auto -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData"
echo "what,seconds,classes"
for i in 1 2 3; do
  t0=$(ts); n=$($JAVA $opts -Xlog:class+load -version 2>/dev/null | grep -c 'class,load'); t1=$(ts)
  echo "java -version,$(echo "$t1 - $t0" | bc),$n"
done
for i in 1 2 3; do
  t0=$(ts)
  n=$($JAVA $opts -XX:SharedArchiveFile=$JSA -Djffi.boot.library.path=$JFFI -Xlog:class+load \
    -cp $JAR:$CLASSES JnrFloor | grep -c 'class,load')
  t1=$(ts)
  echo "jnr-ffi binds getpid,$(echo "$t1 - $t0" | bc),$n"
done
modprobe ip_vs; modprobe ip_vs_wrr
tk=$(getconf CLK_TCK 2>/dev/null || echo 100)
set -- $(awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat); b0=$1
t0=$(ts)
keepalived --dont-fork --log-console --no-syslog --check --use-file=/lbio/lvs.conf \
  --pid=/run/ka.pid --checkers_pid=/run/ka-check.pid > /lbio/keepalived.log 2>&1 &
pid=$!
i=0
while [ "$(ipvsadm -Ln | grep -c ' -> [0-9]' || true)" -lt "$WANT" ] && [ $i -lt 1200 ]; do
  sleep $POLL; i=$((i + 1))
done
t1=$(ts)
set -- $(awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat); b1=$1
set -- $(awk '{print $14, $15}' /proc/$pid/stat); pu=$1; ps=$2
set -- $(awk '{print $14, $15}' /proc/$(cat /run/ka-check.pid)/stat); cu=$1; cs=$2
echo "keepalived start to $WANT destinations,$(echo "$t1 - $t0" | bc),"
echo "keepalived user CPU (both processes),$(echo "scale=2; ($pu + $cu) / $tk" | bc),"
echo "keepalived system CPU (both processes),$(echo "scale=2; ($ps + $cs) / $tk" | bc),"
echo "guest busy CPU over that start (the poll included),$(echo "scale=2; ($b1 - $b0) / $tk" | bc),"
kill -TERM $pid; i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
kill -KILL $pid 2>/dev/null; ipvsadm -C
EOF
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/summary.txt"
LB_VM_IO=$OUT LB_VM_TIMEOUT=${LB_VM_TIMEOUT:-600} LB_VM_MEM=${LB_VM_MEM:-2048} \
  bash "$VM" run 'sh /lbio/floor.sh' | tee -a "$OUT/summary.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
