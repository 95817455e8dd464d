#!/bin/sh
# Captures keepalived 2.2.7 programming IPVS for a varied configuration (schedulers and flags,
# persistence and the sip engine, NAT/DR/TUN with ipip/gue/gre, IPv6, fwmark, SCTP, thresholds,
# lvs_timeouts, lvs_sync_daemon), then ipvsadm read-backs whose kernel replies are in the same capture.
modprobe dummy; ip link add lbdummy0 type dummy; ip link set lbdummy0 multicast on; ip link set lbdummy0 up
ip addr add 198.18.3.1/24 dev lbdummy0
modprobe ip_vs
modprobe nlmon; ip link add lbnlmon0 type nlmon; ip link set lbnlmon0 up
tcpdump -Z root -U -i lbnlmon0 -w /lbio/keepalived-varied.pcap >/lbio/tcpdump.log 2>&1 & TD=$!
i=0; until grep -q listening /lbio/tcpdump.log; do sleep 0.1; i=$((i+1)); [ $i -gt 100 ] && break; done
keepalived --dont-fork --log-console --log-detail --no-syslog \
  --use-file=/lbio/keepalived.conf --pid=/run/ka.pid --vrrp_pid=/run/kv.pid --checkers_pid=/run/kc.pid \
  >/lbio/keepalived.log 2>&1 & KA=$!
i=0; until grep -q "Entering MASTER STATE" /lbio/keepalived.log; do sleep 0.2; i=$((i+1)); [ $i -gt 100 ] && break; done
sleep 3
echo "=== ipvsadm -Sn"; ipvsadm -Sn
echo "=== ipvsadm -Ln --stats"; ipvsadm -Ln --stats
echo "=== ipvsadm -Ln --daemon"; ipvsadm -Ln --daemon
echo "=== ipvsadm -L --timeout"; ipvsadm -L --timeout
kill $KA
i=0; while kill -0 $KA 2>/dev/null; do sleep 0.1; i=$((i+1)); [ $i -gt 300 ] && break; done
echo "=== after exit: ipvsadm -Sn"; ipvsadm -Sn
echo "=== ipvsadm -Ln --daemon"; ipvsadm -Ln --daemon
echo "=== ipvsadm -L --timeout"; ipvsadm -L --timeout
sleep 1; kill $TD; wait $TD 2>/dev/null
