#!/usr/bin/env python3
"""gen-conf.py TCP HTTP [PER_VS] - a keepalived.conf of TCP TCP_CHECKs and HTTP HTTP_GETs.

Real server i of the TCP checks is 198.18.(i/250).(i%250+1):9000, of the HTTP checks
198.19.(i/250).(i%250+1):8080; PER_VS (=100) real servers per virtual server, the virtual servers
at 198.18.(200+v/250).(v%250+1):80. delay_loop 1 s, warmup 1 s (the first probes spread over one
delay_loop, as on a daemon that has run for a while), connect_timeout 2 s, retry 1. Both the
host's listeners (haproxy bound to 0.0.0.0 with 198.18.0.0/15 routed local) and keepalived answer
for every one of those addresses.
"""
import sys


def main():
    tcp, http = int(sys.argv[1]), int(sys.argv[2])
    per_vs = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    if tcp > 40 * 250 or http > 40 * 250:
        sys.exit("gen-conf.py: at most 10,000 real servers of each kind (address plan)")
    out = ["global_defs {", "    router_id ckbench", "}"]
    vs = 0

    def block(kind, count, net, port):
        nonlocal vs
        for first in range(0, count, per_vs):
            out.append(f"virtual_server 198.18.{200 + vs // 250}.{vs % 250 + 1} 80 {{")
            out.extend(["    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP"])
            for i in range(first, min(first + per_vs, count)):
                out.append(f"    real_server {net}.{i // 250}.{i % 250 + 1} {port} {{")
                out.append("        weight 1")
                if kind == "tcp":
                    out.append("        TCP_CHECK {")
                else:
                    out.extend(["        HTTP_GET {", "            url {", "                path /",
                                "                status_code 200", "            }"])
                out.extend(["            connect_timeout 2", "            retry 1", "            warmup 1",
                            "        }", "    }"])
            out.append("}")
            vs += 1

    block("tcp", tcp, "198.18", 9000)
    block("http", http, "198.19", 8080)
    print("\n".join(out))


main()
