# (a) and (d): ipvsadm -Sn after keepalived and after jkeepalived start with the same file, and
# after each one's SIGTERM (and jkeepalived's with -I).
. /lbio/lib.sh
modprobe ip_vs
for m in rr wrr lc wlc lblc lblcr dh sh sed nq fo ovf mh pe_sip; do modprobe ip_vs_$m; done
step keepalived
start_keepalived /lbio/parity.conf /lbio/ka.log
echo "keepalived settled $(settle 1 60) s" 
ipvsadm -Sn > /lbio/ka.up.txt
stop $KA 30
sleep 1
ipvsadm -Sn > /lbio/ka.exit.txt
ipvsadm -C
want=$(grep -c . /lbio/ka.up.txt)
step jkeepalived
T0=$(ts)
start_jkeepalived /lbio/parity.conf /lbio/jk.log
echo "jkeepalived settled $(settle "$want" 400) s (from start $(since $T0) s)"
ipvsadm -Sn > /lbio/jk.up.txt
stop $JK 120
sleep 1
ipvsadm -Sn > /lbio/jk.exit.txt
ipvsadm -C
step "jkeepalived -I"
start_jkeepalived /lbio/parity.conf /lbio/jk-I.log -I
echo "jkeepalived -I settled $(settle "$want" 400) s"
stop $JK 120
sleep 1
ipvsadm -Sn > /lbio/jk-I.exit.txt
step done
