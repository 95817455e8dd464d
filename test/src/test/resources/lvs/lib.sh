# Shell helpers for the IPVS guest scripts (sourced in /lbio; jvm() defined by the test).
ts() { cut -d' ' -f1 /proc/uptime; }
since() { echo "$(ts) - $1" | bc; }
step() { echo "=== [t=$(ts)] $*"; }

# settle MIN_LINES MAX_SECONDS: until `ipvsadm -Sn` has at least MIN_LINES lines and is the same
# two polls half a second apart; prints the seconds waited, 'timeout' when it never settled.
settle() {
  t0=$(ts); prev=""; i=0
  while [ $i -lt $(($2 * 4)) ]; do
    cur=$(ipvsadm -Sn 2>/dev/null)
    n=$(printf '%s' "$cur" | grep -c .)
    if [ "$n" -ge "$1" ] && [ -n "$cur" ] && [ "$cur" = "$prev" ]; then since "$t0"; return 0; fi
    prev=$cur; sleep 0.25; i=$((i + 1))
  done
  echo timeout; return 1
}

# stop PID MAX_SECONDS: SIGTERM and wait for the exit.
stop() {
  kill -TERM "$1" 2>/dev/null; i=0
  while kill -0 "$1" 2>/dev/null && [ $i -lt $(($2 * 10)) ]; do sleep 0.1; i=$((i + 1)); done
  if kill -0 "$1" 2>/dev/null; then echo "pid $1 did not stop"; kill -KILL "$1"; fi
  wait "$1" 2>/dev/null
}

start_keepalived() { # CONF LOG
  keepalived --dont-fork --log-console --log-detail --no-syslog --check --use-file="$1" \
    --pid=/run/ka.pid --checkers_pid=/run/ka-check.pid > "$2" 2>&1 &
  KA=$!
}

start_jkeepalived() { # CONF LOG [OPTIONS...]
  c=$1; l=$2; shift 2
  jvm org.jkeepalived.agent.Main -n -l -D -C -f "$c" -p /run/jk.pid -c /run/jk-check.pid \
    --lvs-dataplane=ipvs "$@" > "$l" 2>&1 &
  JK=$!
}
