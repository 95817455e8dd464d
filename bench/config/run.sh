#!/usr/bin/env bash
# bench/config: `jkeepalived -t` against `keepalived -t` on one generated configuration with
# 10,000 vrrp_instances and 2,000 virtual_servers (written with ~SEQ), whole process, side by side
# in one run, inside a namespace that has eth0..eth39 (VRIDs are unique per interface). Reports wall time (median of RUNS), the
# ratio, and peak RSS of each.  Usage: bench/config/run.sh [RUNS]   (root)
set -euo pipefail
top=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
runs=${1:-5}
ns=jkbcfg
work=$(mktemp -d /tmp/jk-bench-config.XXXXXX)
cleanup() { ip netns del "$ns" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$top/bin/install-deps"
[ -f "$top/agent/target/jkeepalived-all.jar" ] || "$top/bin/jkeepalived" -v >/dev/null

ip netns del "$ns" 2>/dev/null || true
ip netns add "$ns"
for i in $(seq 0 39); do
  ip -n "$ns" link add eth$i type veth peer name peer$i
  ip -n "$ns" link set eth$i up
done

conf=$work/keepalived.conf
cat >"$conf" <<'CONF'
global_defs {
    router_id BENCH
    vrrp_garp_master_delay 1
}

$VI= \
vrrp_instance VI_${A}_${B} { \
    state BACKUP \
    interface eth${A} \
    virtual_router_id ${B} \
    priority 100 \
    advert_int 1 \
    authentication { \
        auth_type PASS \
        auth_pass secret \
    } \
    virtual_ipaddress { \
        198.18.${A}.${B}/24 \
    } \
}

~SEQ(A,0,39) ~SEQ(B,1,250) $VI

$VS= \
virtual_server 198.19.${C}.${D} 80 { \
    delay_loop 6 \
    lb_algo wrr \
    lb_kind NAT \
    protocol TCP \
    real_server 198.18.200.${D} 8080 { \
        weight 1 \
        TCP_CHECK { \
            connect_timeout 3 \
        } \
    } \
}

~SEQ(C,1,8) ~SEQ(D,1,250) $VS
CONF

measure() {  # label cmd... -> prints "label median_ms peak_rss_kb exit"
  local label=$1; shift
  local times=() rss=0 code=0
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/rss" ip netns exec "$ns" "$@" >/dev/null 2>"$work/err" || code=$?
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    local r; r=$(tail -n1 "$work/rss" | tr -dc 0-9); [ -n "$r" ] && [ "$r" -gt "$rss" ] && rss=$r
  done
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$label $median $rss $code"
}

command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
ka=$(measure keepalived keepalived -t -f "$conf" -l -n)
jk=$(measure jkeepalived "$top/bin/jkeepalived" -t -f "$conf")
read -r _ ka_ms ka_rss ka_rc <<<"$ka"
read -r _ jk_ms jk_rss jk_rc <<<"$jk"
echo "config: 10,000 vrrp_instances + 2,000 virtual_servers ($(wc -l <"$conf") lines before expansion)"
printf '%-12s %10s %12s %6s\n' impl median_ms peak_rss_kb exit
printf '%-12s %10s %12s %6s\n' keepalived "$ka_ms" "$ka_rss" "$ka_rc"
printf '%-12s %10s %12s %6s\n' jkeepalived "$jk_ms" "$jk_rss" "$jk_rc"
awk -v a="$jk_ms" -v b="$ka_ms" 'BEGIN { printf "time ratio jkeepalived/keepalived: %.2f\n", a / b }'
