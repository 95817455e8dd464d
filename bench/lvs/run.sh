#!/usr/bin/env bash
# run.sh - time from start to a fully programmed IPVS table of VS virtual servers with RS real
# servers each, and of a SIGHUP reload that changes the weights of 1% of the virtual servers,
# keepalived and jkeepalived in the same boot of the IPVS guest (shared/lab/ipvs-vm.sh: this
# machine's kernel has no ip_vs), as ratios.
#
#   bench/lvs/run.sh                    VS=1000 RS=10, one guest boot
#   VS=100 RS=10 bench/lvs/run.sh
#
# Each daemon in turn: start with checker-less real servers (always up, nothing is sent), poll
# `ipvsadm -Ln` every POLL_S (=0.5) until it holds VS services and VS*RS destinations (start_s),
# then rewrite the file with every real server of the first 1% of the services at weight 2 and
# SIGHUP, poll until `ipvsadm -Sn` shows all of them at weight 2 (reload_s), SIGTERM (stop_s: until
# the process has gone; what it left in the table is counted), flush. The times are the guest's
# (/proc/uptime) and include the poll's resolution; in software emulation Java runs 20-60x slower
# than on the host, keepalived's C much less so: these ratios are the emulated guest's, not a real
# machine's.
# jkeepalived starts through bin/jkeepalived, so with the launcher's options for its kind (a load
# balancer's: bin/jvm-flags lb) and the archive of that kind. JK_VARIANTS runs it again after that,
# once per ';'-separated "NAME OPTIONS..." (added to JKEEPALIVED_JAVA_OPTS, later options win;
# a first option launcher=PATH starts that launcher instead, e.g. a copy of the tree with an
# older jar and its archives dumped for that path), as rows jk-NAME of the same boot: an A/B of
# JVM options or code against the same keepalived.
# Before the daemons, the guest reads the jar, the archives and the JDK's modules and libjvm once
# (they come over 9p): every run then starts with them in the page cache, as the later runs of a
# boot would anyway (in three runs of 2026-12-07-session7.md the first Java start of a boot was
# the slowest).
# Output: $OUT/lvs.csv and $OUT/summary.md, the guest's logs under $OUT (OUT=bench/lvs/results/<ts>).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
VS=${VS:-1000} RS=${RS:-10} POLL_S=${POLL_S:-0.5}
VM=${JK_IPVS_VM:-}
if [[ -z $VM ]]; then
  for d in "$TOP/.." "$TOP/../.." "$TOP"; do
    [[ -f $d/shared/lab/ipvs-vm.sh ]] && { VM=$(cd "$d/shared/lab" && pwd)/ipvs-vm.sh; break; }
  done
fi
[[ -n $VM ]] || { echo "shared/lab/ipvs-vm.sh not found (set JK_IPVS_VM)" >&2; exit 2; }
JAR=$TOP/agent/target/jkeepalived-all.jar
[[ -f $JAR ]] || (cd "$TOP" && ./mvnw -q -B -ntp -DskipTests package -pl agent -am) >&2
OUT=${OUT:-$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"

# the two files: VS i is 198.18.(100 + i/250).(i%250+1):80, its real servers 198.19.(i/25).(...):80
gen() { # WEIGHT_OF_CHANGED
  awk -v vs="$VS" -v rs="$RS" -v w2="$1" 'BEGIN {
    print "global_defs {\n    router_id lbbench\n}"
    changed = int(vs / 100); if (changed < 1) changed = 1
    for (i = 0; i < vs; i++) {
      printf "virtual_server 198.18.%d.%d 80 {\n    lb_algo wrr\n    lb_kind DR\n    protocol TCP\n",
        100 + int(i / 250), i % 250 + 1
      for (j = 0; j < rs; j++) {
        n = i * rs + j
        printf "    real_server 198.19.%d.%d 80 {\n        weight %d\n    }\n", int(n / 250), n % 250 + 1,
          (i < changed ? w2 : 1)
      }
      print "}"
    }
  }'
}
gen 1 > "$OUT/lvs.conf"
gen 2 > "$OUT/lvs.reload.conf"
changed=$(( VS / 100 > 0 ? VS / 100 : 1 ))
readlink -f "$(command -v java)" > "$OUT/java.path"
echo "$JAR" > "$OUT/jar.path"
echo "$TOP/bin/jkeepalived" > "$OUT/launcher.path"
echo "${JK_OPTS:-}" > "$OUT/jk.opts"
echo "${JK_VARIANTS:-}" | tr ';' '\n' | sed '/^[[:space:]]*$/d' > "$OUT/jk.variants"
[[ $("$TOP/bin/cds-kind" -f "$OUT/lvs.conf") = lb ]] || echo "warning: cds-kind does not say lb" >&2
[[ -f $TOP/agent/target/jkeepalived-lb.jsa && $TOP/agent/target/jkeepalived-lb.jsa -nt $JAR ]] \
  || echo "warning: no CDS archive newer than the jar (agent/target/jkeepalived-lb.jsa)" >&2

cat > "$OUT/bench.sh" <<EOF
VS=$VS RS=$RS POLL=$POLL_S CHANGED=$changed
EOF
cat >> "$OUT/bench.sh" <<'EOF'
ts() { cut -d' ' -f1 /proc/uptime; }
modprobe ip_vs; modprobe ip_vs_wrr
jar=$(cat /lbio/jar.path)
jdk=$(dirname "$(dirname "$(cat /lbio/java.path)")")
cat "$jar" "${jar%/*}"/*.jsa "$jdk/lib/modules" "$jdk/lib/server/libjvm.so" > /dev/null 2>&1
want_dest=$((VS * RS)); want_reload=$((CHANGED * RS))
echo "daemon,start_s,reload_s,stop_s,left_services,left_dests" > /lbio/lvs.csv
run() { # NAME COMMAND...
  name=$1; shift
  cp /lbio/lvs.conf /tmp/lvs.conf
  t0=$(ts)
  date +%T.%N > /lbio/$name.t0 # the wall clock of the start, to place the daemon's log lines
  "$@" > /lbio/$name.log 2>&1 &
  pid=$!
  i=0
  while :; do
    n=$(ipvsadm -Ln | grep -c ' -> [0-9]' || true); s=$(ipvsadm -Ln | grep -c '^TCP' || true)
    [ "$s" -ge "$VS" ] && [ "$n" -ge "$want_dest" ] && break
    i=$((i + 1)); [ $i -gt 7200 ] && { echo "$name: not programmed"; break; }
    sleep $POLL
  done
  t1=$(ts)
  cp /lbio/lvs.reload.conf /tmp/lvs.conf
  t2=$(ts)
  kill -HUP $pid
  i=0
  while [ "$(ipvsadm -Sn | grep -c -- ' -w 2$' || true)" -lt "$want_reload" ]; do
    i=$((i + 1)); [ $i -gt 3600 ] && { echo "$name: reload not applied"; break; }
    sleep $POLL
  done
  t3=$(ts)
  ipvsadm -Sn | sort > /lbio/$name.reloaded.txt
  t4=$(ts)
  kill -TERM $pid
  i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 6000 ]; do sleep 0.1; i=$((i + 1)); done
  t5=$(ts)
  kill -KILL $pid 2>/dev/null; wait $pid 2>/dev/null
  # what the stop left in the table (keepalived's parent kills a checker that takes over 5 s to
  # stop, in the middle of its deletes)
  left_s=$(ipvsadm -Ln | grep -c '^TCP' || true); left_d=$(ipvsadm -Ln | grep -c ' -> [0-9]' || true)
  ipvsadm -C
  echo "$name,$(echo "$t1 - $t0" | bc),$(echo "$t3 - $t2" | bc),$(echo "$t5 - $t4" | bc),$left_s,$left_d" >> /lbio/lvs.csv
}
run keepalived keepalived --dont-fork --log-console --no-syslog --check --use-file=/tmp/lvs.conf \
  --pid=/run/ka.pid --checkers_pid=/run/ka-check.pid
# through bin/jkeepalived, with its JVM options and the build's class-data sharing archive
# (agent/target/jkeepalived.jsa: the guest sees the host's JDK and jar at the same paths, so the
# archive maps; jkeepalived.cds.log says so); JK_OPTS adds options (JKEEPALIVED_JAVA_OPTS)
export PATH=$(dirname "$(cat /lbio/java.path)"):$PATH
export JKEEPALIVED_JAVA_OPTS="-Xlog:cds=info:file=/lbio/jkeepalived.cds.log $(cat /lbio/jk.opts)"
# -G as keepalived's --no-syslog above: both log to the console only (before, jkeepalived also
# sent every line to /dev/log, which nothing reads in the guest)
run jkeepalived "$(cat /lbio/launcher.path)" -n -l -G -C -f /tmp/lvs.conf -p /run/jk.pid \
  -c /run/jk-check.pid --lvs-dataplane=ipvs
while read -r vname vopts <&3; do
  launcher=$(cat /lbio/launcher.path)
  case $vopts in launcher=*) launcher=${vopts%% *}; launcher=${launcher#launcher=}
    case $vopts in *' '*) vopts=${vopts#* } ;; *) vopts= ;; esac ;; esac
  export JKEEPALIVED_JAVA_OPTS="-Xlog:cds=info:file=/lbio/jk-$vname.cds.log $(cat /lbio/jk.opts) $vopts"
  run "jk-$vname" "$launcher" -n -l -G -C -f /tmp/lvs.conf -p /run/jk.pid \
    -c /run/jk-check.pid --lvs-dataplane=ipvs
done 3< /lbio/jk.variants
cmp -s /lbio/keepalived.reloaded.txt /lbio/jkeepalived.reloaded.txt \
  && echo "reloaded tables identical" || echo "reloaded tables DIFFER"
EOF
LB_VM_IO=$OUT LB_VM_TIMEOUT=${LB_VM_TIMEOUT:-5400} LB_VM_MEM=${LB_VM_MEM:-2048} \
  bash "$VM" run 'sh /lbio/bench.sh' | tee "$OUT/guest.txt"
python3 - "$OUT" <<'PY'
import csv, sys
out = sys.argv[1]
rows = {r["daemon"]: r for r in csv.DictReader(open(out + "/lvs.csv"))}
k = rows["keepalived"]
lines = []
for name in [n for n in rows if n != "keepalived"]:
    j = rows[name]
    lines += [f"| | keepalived | {name} | {name} / keepalived |", "|---|---|---|---|"]
    for col in ("start_s", "reload_s", "stop_s"):
        a, b = float(k[col]), float(j[col])
        lines.append(f"| {col} | {a:.2f} | {b:.2f} | {b / a if a else float('nan'):.2f}x |")
    lines.append("")
    lines.append(f"left in the table after the stop: keepalived {k['left_services']} services "
                 f"{k['left_dests']} destinations, {name} {j['left_services']} services "
                 f"{j['left_dests']} destinations")
    lines.append("")
open(out + "/summary.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
