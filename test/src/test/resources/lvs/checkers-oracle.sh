# The checkers' oracle (CheckerOracleGuestIT): keepalived, then jkeepalived, on
# checkers-oracle.conf against the same three backends, each playing the same timeline once:
# TCP backend killed and back, HTTP backend answering 404 and back, then a wrong body (digest) and
# back, MISC script exiting 1 and back. Each daemon's console is stamped line by line with the
# guest's uptime (/lbio/NAME.log), each timeline step too (/lbio/NAME.marks).
. /lbio/lib.sh
modprobe ip_vs; modprobe ip_vs_rr; modprobe dummy
ip link add lbd0 type dummy; ip link set lbd0 up
for a in 198.18.2.10 198.18.2.21 198.18.2.22 198.18.2.23; do ip addr add $a/32 dev lbd0; done
mkdir -p /run/oracle /tmp/www1 /tmp/www2; chmod 755 /run/oracle
echo "tcp backend" > /tmp/www1/index.html
echo "http backend ok" > /tmp/good.html
cp /tmp/good.html /tmp/www2/index.html
printf '#!/bin/sh\nexit "$(cat /run/oracle/misc.rc)"\n' > /run/oracle/misc.sh
chmod 755 /run/oracle/misc.sh; echo 0 > /run/oracle/misc.rc
D=$(md5sum < /tmp/good.html | cut -d' ' -f1)
sed "s/@DIGEST@/$D/" /lbio/checkers-oracle.conf > /run/oracle/checkers.conf
busybox httpd -f -p 198.18.2.22:8080 -h /tmp/www2 & HTTPD=$!
tcp_up() { busybox httpd -f -p 198.18.2.21:8080 -h /tmp/www1 & TCPD=$!; }
tcp_down() { kill "$TCPD"; wait "$TCPD" 2>/dev/null; }
tcp_up

# stamped NAME: a FIFO whose lines go to /lbio/NAME.log, each after the uptime it was read at
stamped() {
  rm -f /run/oracle/$1.fifo; mkfifo /run/oracle/$1.fifo
  : > /lbio/$1.log   # there before the daemon opens the FIFO: ready greps it from the start
  (while IFS= read -r l; do echo "$(ts) $l"; done < /run/oracle/$1.fifo >> /lbio/$1.log) &
  STAMPER=$!
}

# ready NAME MAX_SECONDS: until the daemon has launched its three checkers
ready() {
  i=0
  while [ $i -lt $(($2 * 4)) ]; do
    n=$(grep -c 'ctivating healthchecker' /lbio/$1.log 2>/dev/null)
    [ "${n:-0}" -ge 3 ] && break
    sleep 0.25; i=$((i + 1))
  done
  echo "${n:-0}"
}

# play NAME: the timeline, each step marked in /lbio/NAME.marks just before it is done
play() {
  m=/lbio/$1.marks
  echo "$(ts) origin" > $m
  sleep 2;  echo "$(ts) tcp-refused" >> $m; tcp_down
  sleep 12; echo "$(ts) tcp-back" >> $m; tcp_up
  sleep 10; echo "$(ts) http-404" >> $m; mv /tmp/www2/index.html /tmp/www2/gone.html
  sleep 12; echo "$(ts) http-back" >> $m; mv /tmp/www2/gone.html /tmp/www2/index.html
  sleep 10; echo "$(ts) http-digest" >> $m; echo "http backend changed" > /tmp/www2/index.html
  sleep 12; echo "$(ts) http-back2" >> $m; cp /tmp/good.html /tmp/www2/index.html
  sleep 10; echo "$(ts) misc-exit-1" >> $m; echo 1 > /run/oracle/misc.rc
  sleep 12; echo "$(ts) misc-back" >> $m; echo 0 > /run/oracle/misc.rc
  sleep 10; echo "$(ts) end" >> $m
}

step keepalived
stamped ka
keepalived --dont-fork --log-console --log-detail --no-syslog --check \
  --use-file=/run/oracle/checkers.conf --pid=/run/ka.pid --checkers_pid=/run/ka-check.pid \
  > /run/oracle/ka.fifo 2>&1 & KA=$!
echo "keepalived launched $(ready ka 60) checkers"
sleep 8   # a few delay_loops: every checker has run
play ka
ipvsadm -Sn > /lbio/ka.table.txt
stop $KA 30
wait $STAMPER
ipvsadm -C

step jkeepalived
stamped jk
T0=$(ts)
jvm org.jkeepalived.agent.Main -n -l -D -C -f /run/oracle/checkers.conf -p /run/jk.pid \
  -c /run/jk-check.pid --lvs-dataplane=ipvs > /run/oracle/jk.fifo 2>&1 & JK=$!
echo "jkeepalived launched $(ready jk 400) checkers $(since $T0) s after its start"
sleep 8
play jk
ipvsadm -Sn > /lbio/jk.table.txt
stop $JK 120
wait $STAMPER
kill $HTTPD $TCPD 2>/dev/null
step done
