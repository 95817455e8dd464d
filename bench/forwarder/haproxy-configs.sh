# haproxy-configs.sh - sourced by run.sh and ceiling.sh: the anchor's HAProxy configurations
# (shared/lab/haproxy-anchor.sh), so that every forwarder benchmark meets the same backends and
# the same balancer.
backends_cfg() { # two static HTTP backends on 127.0.0.1:18081/18082, one thread
  cat <<'CFG'
global
    nbthread 1
    maxconn 8000
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    option http-keep-alive
frontend be1
    bind 127.0.0.1:18081
    http-request return status 200 content-type text/plain string "be1"
frontend be2
    bind 127.0.0.1:18082
    http-request return status 200 content-type text/plain string "be2"
CFG
}
lb_cfg() { # lb_cfg NBTHREAD PORT: HAProxy in TCP mode, roundrobin over the two backends
  cat <<CFG
global
    nbthread $1
    maxconn 8000
defaults
    mode tcp
    timeout connect 2s
    timeout client 30s
    timeout server 30s
frontend lb
    bind 127.0.0.1:$2
    default_backend pool
backend pool
    balance roundrobin
    server be1 127.0.0.1:18081 check inter 1s
    server be2 127.0.0.1:18082 check inter 1s
CFG
}
