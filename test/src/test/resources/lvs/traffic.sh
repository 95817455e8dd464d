# keepalived then jkeepalived on traffic.conf, with their SNMP walks of the check subtree; then in
# the one jkeepalived run: (b) HTTP through the VIP reaches both backends, snmpset of a weight,
# (c) a reload changing one weight keeps an established connection, (d) SIGTERM's table.
. /lbio/lib.sh
CHECK=.1.3.6.1.4.1.9586.100.5.3
modprobe ip_vs; modprobe ip_vs_rr; modprobe ip_vs_wrr; modprobe dummy
ip link add lbd0 type dummy; ip link set lbd0 up
for a in 198.18.2.10 198.18.2.21 198.18.2.22; do ip addr add $a/32 dev lbd0; done
for b in 1 2; do
  mkdir -p /tmp/www$b; echo "backend $b" > /tmp/www$b/index.html
  busybox httpd -f -p 198.18.2.2$b:8080 -h /tmp/www$b & eval H$b=\$!
done
# the long-lived backend (on every address: busybox nc binds no single one): one connection, held open
(sleep 900) | busybox nc -l -p 9000 > /lbio/held.in & NCS=$!
step "snmpd + keepalived"
printf 'master agentx\nagentXSocket unix:/run/agentx.sock\nrocommunity public 127.0.0.1\n' > /lbio/snmpd.conf
snmpd -f -Lf /lbio/snmpd.log -C -c /lbio/snmpd.conf -M /dev/null -p /run/snmpd.pid udp:127.0.0.1:161 & SNMPD=$!
sed 's|^global_defs {|global_defs {\n    snmp_socket unix:/run/agentx.sock|' /lbio/traffic.conf > /lbio/traffic-ka.conf
sleep 2
keepalived --dont-fork --log-console --log-detail --no-syslog --check --snmp \
  --use-file=/lbio/traffic-ka.conf --pid=/run/ka.pid --checkers_pid=/run/ka-check.pid > /lbio/ka.log 2>&1 & KA=$!
echo "keepalived settled $(settle 5 60) s"
i=0; until snmpwalk -v2c -c public -On -M /dev/null -m '' 127.0.0.1 $CHECK.4 2>/dev/null | grep -q .; do
  sleep 0.5; i=$((i + 1)); [ $i -gt 60 ] && break; done
sleep 2
snmpwalk -v2c -c public -On -M /dev/null -m '' 127.0.0.1 $CHECK > /lbio/ka.walk.txt 2>&1
stop $KA 30; stop $SNMPD 10
ipvsadm -Sn > /lbio/ka.exit.txt
ipvsadm -C
step jkeepalived
T0=$(ts)
cp /lbio/traffic.conf /tmp/jk.conf
start_jkeepalived /tmp/jk.conf /lbio/jk.log -x --snmp-listen=udp:127.0.0.1:1161 \
  --snmp-write-community=private
echo "jkeepalived settled $(settle 5 400) s (from start $(since $T0) s)"
ipvsadm -Sn > /lbio/jk.up.txt
i=0; until snmpwalk -v2c -c public -On -M /dev/null -m '' 127.0.0.1:1161 $CHECK.4 2>/dev/null | grep -q .; do
  sleep 1; i=$((i + 1)); [ $i -gt 120 ] && break; done
snmpwalk -v2c -c public -On -t 10 -M /dev/null -m '' 127.0.0.1:1161 $CHECK > /lbio/jk.walk.txt 2>&1
step "(b) traffic"
for i in 1 2 3 4 5 6; do curl -sS -m 10 http://198.18.2.10/ 2>&1; done > /lbio/http.txt
ipvsadm -Ln --stats > /lbio/stats.txt
step "snmpset realServerWeight.1.2 = 7"
T1=$(ts)
snmpset -v2c -c private -On -t 20 -M /dev/null -m '' 127.0.0.1:1161 $CHECK.4.1.7.1.2 i 7 > /lbio/snmpset.txt 2>&1
echo "snmpset answered in $(since $T1) s"
# the engine applies the SET on its own thread after the agent answers: poll (bounded, 10 s)
i=0; until ipvsadm -Sn | grep -q -- '-r 198.18.2.22:8080 -m -w 7'; do
  sleep 0.05; i=$((i + 1)); [ $i -gt 200 ] && break; done
echo "weight 7 in the kernel $(since $T1) s after the snmpset"
ipvsadm -Sn > /lbio/jk.snmpset.txt
snmpset -v2c -c private -On -t 20 -M /dev/null -m '' 127.0.0.1:1161 $CHECK.4.1.7.1.2 i -1 > /lbio/snmpset-bad.txt 2>&1
step "(c) held connection, reload"
(sleep 900) | busybox nc 198.18.2.10 9000 & NCC=$!
i=0; until ipvsadm -Lnc | grep -q '198.18.2.21:9000'; do sleep 0.2; i=$((i + 1)); [ $i -gt 50 ] && break; done
ipvsadm -Lnc > /lbio/conn.before.txt
ipvsadm -Ln > /lbio/ln.before.txt
awk '
  /198.18.2.10 9000/ { inv = 1 } inv && /weight 1/ { sub(/weight 1/, "weight 4"); inv = 0 } { print }' \
  /lbio/traffic.conf > /tmp/jk.conf
T2=$(ts)
kill -HUP $JK
i=0; until ipvsadm -Sn | grep -q '198.18.2.21:9000 -m -w 4'; do sleep 0.2; i=$((i + 1)); [ $i -gt 1500 ] && break; done
echo "reload applied in $(since $T2) s"
sleep 2
ipvsadm -Lnc > /lbio/conn.after.txt
ipvsadm -Ln > /lbio/ln.after.txt
ipvsadm -Sn > /lbio/jk.reload.txt
kill -0 $NCC 2>/dev/null && echo "client alive" > /lbio/client.txt
step "(d) SIGTERM"
stop $JK 120
sleep 1
ipvsadm -Sn > /lbio/jk.exit.txt
kill $NCC $NCS $H1 $H2 2>/dev/null
step done
