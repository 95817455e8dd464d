#!/usr/bin/env python3
"""lateness.py PCAP DELAY_LOOP_S - how late each check started, from the checker's SYNs.

The capture holds only the SYNs the checker sent (dumpcap -f 'tcp[tcpflags] & (tcp-syn|tcp-ack)
== tcp-syn', classic pcap, Ethernet or Linux cooked framing). A check's next probe is due
DELAY_LOOP_S after its previous probe ended; on loopback a probe ends within a fraction of a
millisecond of its SYN (TCP_CHECK: the SYN-ACK; HTTP_GET: one small response), so the gap between
two SYNs to the same real server (address, port) less DELAY_LOOP_S is the lateness plus that
probe's duration: an upper bound of the lateness, and what a failover sees. A SYN that repeats an
earlier one's source port is a retransmission and does not start a check.

Prints one line per destination port: "port checks intervals p50_ms p99_ms max_ms over50".
"""
import struct
import sys


def packets(path):
    with open(path, "rb") as f:
        head = f.read(24)
        magic = head[:4]
        if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
            end = "<"
        elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
            end = ">"
        else:
            sys.exit(f"{path}: not a classic pcap file (dumpcap -F pcap)")
        nano = magic in (b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d")
        link = struct.unpack(end + "I", head[20:24])[0]
        offset = {1: 14, 113: 16, 276: 20}.get(link)
        if offset is None:
            sys.exit(f"{path}: link type {link} not handled")
        rec = struct.Struct(end + "IIII")
        while True:
            h = f.read(16)
            if len(h) < 16:
                return
            sec, frac, incl, _ = rec.unpack(h)
            data = f.read(incl)
            t = sec + frac / (1e9 if nano else 1e6)
            ip = data[offset:]
            if len(ip) < 24 or ip[0] >> 4 != 4:
                continue
            ihl = (ip[0] & 15) * 4
            tcp = ip[ihl:ihl + 4]
            if len(tcp) < 4:
                continue
            sport, dport = struct.unpack(">HH", tcp)
            yield t, ip[16:20], sport, dport


def pct(values, p):
    return values[min(len(values) - 1, int(len(values) * p))]


def main():
    path, loop = sys.argv[1], float(sys.argv[2])
    last = {}  # (dst, dport) -> (time of the check's SYN, source port)
    late = {}  # dport -> [ms]
    checks = {}
    for t, dst, sport, dport in packets(path):
        key = (dst, dport)
        prev = last.get(key)
        if prev is not None and prev[1] == sport:
            continue  # a retransmitted SYN of the same connection
        checks[dport] = checks.get(dport, 0) + 1
        if prev is not None:
            late.setdefault(dport, []).append((t - prev[0] - loop) * 1000)
        last[key] = (t, sport)
    for dport in sorted(checks):
        v = sorted(late.get(dport, []))
        if not v:
            print(f"{dport} {checks[dport]} 0 - - - 0")
            continue
        over = sum(1 for x in v if x > 50)
        print(f"{dport} {checks[dport]} {len(v)} {pct(v, 0.5):.2f} {pct(v, 0.99):.2f} {v[-1]:.2f} {over}")


if __name__ == "__main__":
    main()
