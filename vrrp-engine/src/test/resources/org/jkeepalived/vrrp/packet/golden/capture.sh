#!/usr/bin/env bash
# capture.sh - regenerate the golden VRRP packets in this folder from the real keepalived 2.2.7.
#
# Two namespaces (jkvr1, jkvr2) joined by a veth pair: jkvr1e0 198.18.7.1/24 fd00:7::1/64,
# jkvr2e0 198.18.7.2/24 fd00:7::2/64. For each scenario keepalived runs alone in jkvr1 as
# MASTER (it starts in BACKUP and takes over after the master down interval; keepalived -n -l -D -f CONF -p ... as in /work/shared/lab/lab-lib.sh) for a few
# seconds and is then stopped with SIGTERM (so the capture ends with its priority-0 advert);
# dumpcap captures on jkvr2e0 with a bounded duration. extract.py turns every VRRP (or AH)
# packet into one hex line of the whole IP packet (IP header included, Ethernet stripped).
# Run as root: ./capture.sh OUTDIR   (everything is torn down on exit, also on failure)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}
WORK=$(mktemp -d /tmp/jkvr-cap.XXXXXX)
KA_PID= CAP_PID=
cleanup() {
  [[ -n $KA_PID ]] && kill "$KA_PID" 2>/dev/null && wait "$KA_PID" 2>/dev/null
  [[ -n $CAP_PID ]] && kill "$CAP_PID" 2>/dev/null && wait "$CAP_PID" 2>/dev/null
  ip netns del jkvr1 2>/dev/null; ip netns del jkvr2 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
ip netns del jkvr1 2>/dev/null; ip netns del jkvr2 2>/dev/null
for n in 1 2; do
  ip netns add jkvr$n
  ip netns exec jkvr$n sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
done
ip link add jkvr1e0 netns jkvr1 type veth peer name jkvr2e0 netns jkvr2
for n in 1 2; do
  ip -n jkvr$n link set lo up
  ip -n jkvr$n addr add 198.18.7.$n/24 dev jkvr${n}e0
  ip -n jkvr$n addr add fd00:7::$n/64 dev jkvr${n}e0 nodad
  ip -n jkvr$n link set jkvr${n}e0 up
done
sleep 1

# scenario NAME SECONDS INSTANCE-BODY [GLOBAL-DEFS]
scenario() {
  local name=$1 secs=$2 body=$3 glob=${4:-}
  local conf=$WORK/$name.conf pcap=$WORK/$name.pcap
  [[ -n ${ONLY:-} && " $ONLY " != *" $name "* ]] && return 0
  printf 'global_defs {\n  router_id jkvr1\n  %s\n}\nvrrp_instance VI_%s {\n  state MASTER\n  interface jkvr1e0\n%s\n}\n' \
    "$glob" "$name" "$body" >"$conf"
  timeout $((secs + 8)) ip netns exec jkvr2 dumpcap -q -P -i jkvr2e0 -w "$pcap" \
    -f "ip proto 112 or ip proto 51 or ip6 proto 112" -a duration:$((secs + 3)) 2>/dev/null &
  CAP_PID=$!
  sleep 1.5
  mkdir -p "$WORK/run-$name"
  ip netns exec jkvr1 keepalived -n -l -D -f "$conf" -p "$WORK/run-$name/ka.pid" \
    -r "$WORK/run-$name/vrrp.pid" -c "$WORK/run-$name/check.pid" -b "$WORK/run-$name/bfd.pid" \
    >"$WORK/$name.log" 2>&1 </dev/null &
  KA_PID=$!
  sleep "$secs"
  kill -TERM "$KA_PID"; timeout 10 tail --pid="$KA_PID" -f /dev/null; wait "$KA_PID" 2>/dev/null; KA_PID=
  wait "$CAP_PID"; CAP_PID=
  {
    echo "# keepalived 2.2.7 scenario '$name', captured by capture.sh on jkvr2e0 (veth peer of jkvr1e0)"
    echo "# keepalived.conf:"; sed 's/^/#   /' "$conf"
    echo "# one line per packet: whole IP packet in hex (IP header included, Ethernet header stripped)"
    python3 "$HERE/extract.py" "$pcap"
  } >"$OUT/$name.hex"
  echo "$name: $(grep -vc '^#' "$OUT/$name.hex") packets"
  [[ ${DEBUG:-0} == 1 ]] && tail -30 "$WORK/$name.log"
}

V4="  virtual_ipaddress {\n    198.18.7.100/24\n    198.18.7.101/24\n  }"
scenario v2-pass 6 "  virtual_router_id 51
  priority 150
  advert_int 1
  authentication {
    auth_type PASS
    auth_pass abc12
  }
$(printf "$V4")" "vrrp_version 2"
scenario v2-ah 6 "  virtual_router_id 52
  priority 151
  advert_int 1
  authentication {
    auth_type AH
    auth_pass jkvrahpw
  }
$(printf "$V4")" "vrrp_version 2"
scenario v2-noauth-unicast 9 "  virtual_router_id 53
  priority 152
  advert_int 2
  unicast_src_ip 198.18.7.1
  unicast_peer {
    198.18.7.2
  }
$(printf "$V4")" "vrrp_version 2"
scenario v3-ipv4 4 "  virtual_router_id 54
  priority 200
  advert_int 0.5
  virtual_ipaddress {
    198.18.7.110/24
    198.18.7.111/24
    198.18.7.112/24
  }" "vrrp_version 3"
scenario v3-ipv6 6 "  virtual_router_id 55
  priority 100
  advert_int 1
  virtual_ipaddress {
    fd00:7::100/64
    fd00:7::101/64
  }" "vrrp_version 3"
scenario v3-ipv4-unicast 6 "  virtual_router_id 56
  priority 120
  advert_int 1
  unicast_src_ip 198.18.7.1
  unicast_peer {
    198.18.7.2
  }
$(printf "$V4")" "vrrp_version 3"
scenario v3-ipv4-unicast-old-checksum 6 "  virtual_router_id 57
  priority 121
  advert_int 1
  old_unicast_checksum
  unicast_src_ip 198.18.7.1
  unicast_peer {
    198.18.7.2
  }
$(printf "$V4")" "vrrp_version 3"
scenario v3-ipv6-unicast 6 "  virtual_router_id 58
  priority 122
  advert_int 1
  unicast_src_ip fd00:7::1
  unicast_peer {
    fd00:7::2
  }
  virtual_ipaddress {
    fd00:7::100/64
  }" "vrrp_version 3"
