#!/usr/bin/env bash
# bench/forwarder/ceiling.sh - what any proxy on this machine can reach against HAProxy, measured.
#
# Issue 14's target is 1.2x HAProxy's requests per second with wrk -t2 -c50, every process on the
# same 2-core machine (the anchor, shared/lab/haproxy-anchor.sh). When the machine is saturated,
# requests per second = CPU-seconds available / CPU-seconds spent per request by *everything* (wrk,
# the backends, the balancer, the kernel under each of them). A balancer that makes the same system
# calls as HAProxy leaves the kernel's share unchanged; the most it can save is HAProxy's own user
# time. So the ceiling of any such balancer against HAProxy is
#     machine CPU per request / (machine CPU per request - HAProxy's user CPU per request)
# This script measures both terms side by side with the balancers themselves, in one run:
#   haproxy  TCP mode, nbthread 1 (the anchor's)
#   jk       jkeepalived's forwarder (StandaloneForwarder, as run.sh starts it), FWD_THREADS=1
#   sockmap  sockmap-probe.py: a proxy whose bytes never enter user space (keep-alive only)
# For each: req/s, p99, the machine's busy CPU per request (/proc/stat), the balancer's user and
# system CPU per request (/proc/PID/stat), and for haproxy the ceiling above.
#
# usage: bench/forwarder/ceiling.sh [DURATION_S=8] [REPEATS=3]   (root: own network namespace)
# env:   JK_CP (a classpath instead of agent/target/jkeepalived-all.jar), FWD_THREADS (=1),
#        JAVA_OPTS (as run.sh), WARMUP_S (=5), SOCKMAP (=1; 0 skips the probe)
set -euo pipefail
top=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
if [[ -z ${CEILING_INNER:-} ]]; then
  [[ $(id -u) == 0 ]] || { echo "ceiling.sh: needs root (a private network namespace)" >&2; exit 2; }
  for p in haproxy wrk java python3; do
    command -v "$p" >/dev/null || { echo "ceiling.sh: $p is not installed (bin/install-deps)" >&2; exit 2; }
  done
  jar="${JK_CP:-$top/agent/target/jkeepalived-all.jar}"
  if [[ -z ${JK_CP:-} && ! -f $jar ]]; then
    (cd "$top" && ./mvnw -q -B -ntp -DskipTests package -pl agent -am) >&2
  fi
  exec unshare --net --fork env CEILING_INNER=1 JAR="$jar" \
    bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi
DUR=${1:-8}
REPS=${2:-3}
FWD_THREADS=${FWD_THREADS:-1}
WARMUP_S=${WARMUP_S:-5}
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseParallelGC -Xms256m -Xmx256m"}
W=$(mktemp -d /tmp/jk-ceiling.XXXXXX)
TK=$(getconf CLK_TCK)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$W"; }
trap cleanup EXIT

# backends and HAProxy exactly as run.sh and the anchor configure them (haproxy-configs.sh)
# shellcheck source=haproxy-configs.sh
. "$top/bench/forwarder/haproxy-configs.sh"
backends_cfg > "$W/backends.cfg"
lb_cfg 1 18080 > "$W/lb.cfg"
cat > "$W/logback.xml" <<'CFG'
<configuration>
  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="out"/></root>
</configuration>
CFG
haproxy -D -f "$W/backends.cfg" -p "$W/backends.pid"; PIDS+=("$(cat "$W/backends.pid")")
haproxy -D -f "$W/lb.cfg" -p "$W/lb.pid"; PIDS+=("$(cat "$W/lb.pid")")
declare -A PID PORT
PID[haproxy]=$(cat "$W/lb.pid") PORT[haproxy]=18080
NAMES=(haproxy jk)
# shellcheck disable=SC2086
java $JAVA_OPTS -Dlogback.configurationFile="$W/logback.xml" -cp "$JAR" \
  org.jkeepalived.lvs.forward.StandaloneForwarder tcp 127.0.0.1:18090 rr \
  127.0.0.1:18081 127.0.0.1:18082 threads="$FWD_THREADS" > "$W/jk.log" 2>&1 &
PID[jk]=$! PORT[jk]=18090; PIDS+=("${PID[jk]}")
if [[ ${SOCKMAP:-1} == 1 ]]; then
  python3 "$top/bench/forwarder/sockmap-probe.py" 18095 18081 18082 > "$W/sockmap.log" 2>&1 &
  PID[sockmap]=$! PORT[sockmap]=18095; PIDS+=("${PID[sockmap]}"); NAMES+=(sockmap)
fi
for _ in $(seq 1 150); do grep -q '^forwarding' "$W/jk.log" && break; sleep 0.1; done
grep -q '^forwarding' "$W/jk.log" || { cat "$W/jk.log"; exit 1; }
sleep 1
for n in "${NAMES[@]}"; do
  got=$(curl -s "http://127.0.0.1:${PORT[$n]}/")$(curl -s "http://127.0.0.1:${PORT[$n]}/")
  [[ $got == *be1* && $got == *be2* ]] || { echo "$n does not balance: '$got'"; cat "$W"/*.log; exit 1; }
  wrk -t2 -c50 -d"${WARMUP_S}s" "http://127.0.0.1:${PORT[$n]}/" > /dev/null
done

cpu_of() { awk '{print $14 + $16, $15 + $17}' "/proc/$1/stat"; }   # user, system (with reaped children)
machine() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat; }
echo "wrk -t2 -c50 -d${DUR}s x$REPS, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-8s %9s %9s %10s %13s %11s %11s %s\n' workload lb req/s p99 'busy %' 'machine us/req' 'lb user' 'lb sys' 'ceiling vs haproxy'
for ((r = 1; r <= REPS; r++)); do
  for wl in keep-alive conn-close; do
    hdr=(); [[ $wl == conn-close ]] && hdr=(-H "Connection: close")
    for n in "${NAMES[@]}"; do
      [[ $n == sockmap && $wl == conn-close ]] && continue  # its connection set-up is Python's
      read -r u0 s0 < <(cpu_of "${PID[$n]}"); read -r b0 i0 < <(machine)
      wrk -t2 -c50 -d"${DUR}s" --latency "${hdr[@]}" "http://127.0.0.1:${PORT[$n]}/" > "$W/wrk.out" 2>&1
      read -r u1 s1 < <(cpu_of "${PID[$n]}"); read -r b1 i1 < <(machine)
      rps=$(awk '/Requests\/sec/ {print $2}' "$W/wrk.out"); p99=$(awk '$1 == "99%" {print $2}' "$W/wrk.out")
      errs=$(grep -E 'Socket errors|Non-2xx' "$W/wrk.out" | tr -s ' \n' ' ' || true)
      awk -v wl="$wl" -v n="$n" -v rps="$rps" -v p99="$p99" -v d="$DUR" -v tk="$TK" -v errs="$errs" \
        -v u=$((u1 - u0)) -v s=$((s1 - s0)) -v b=$((b1 - b0)) -v i=$((i1 - i0)) 'BEGIN {
        req = rps * d; m = b / tk / req * 1e6; lu = u / tk / req * 1e6; ls = s / tk / req * 1e6
        c = (n == "haproxy") ? sprintf("%.3fx", m / (m - lu)) : "-"
        printf "%-10s %-8s %9.0f %9s %9.1f%% %13.1f %11.1f %11.1f %s %s\n", wl, n, rps, p99, 100 * b / (b + i), m, lu, ls, c, errs }'
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(us/req: CPU microseconds per request; 'lb user/sys' the balancer process's own, all its threads)"
