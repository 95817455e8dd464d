#!/usr/bin/env python3
"""Print each packet of a classic pcap file (Ethernet link type) as the hex of its IP packet."""
import struct
import sys

with open(sys.argv[1], "rb") as f:
    data = f.read()
endian = "<" if data[:4] == b"\xd4\xc3\xb2\xa1" else ">"
if struct.unpack(endian + "I", data[20:24])[0] != 1:
    sys.exit("not an Ethernet capture")
pos = 24
while pos + 16 <= len(data):
    _, _, incl, _ = struct.unpack(endian + "IIII", data[pos:pos + 16])
    frame = data[pos + 16:pos + 16 + incl]
    pos += 16 + incl
    ip = frame[14:]
    if frame[12:14] == b"\x08\x00":
        print(ip[:struct.unpack(">H", ip[2:4])[0]].hex())  # drop any Ethernet padding
    elif frame[12:14] == b"\x86\xdd":
        print(ip[:40 + struct.unpack(">H", ip[4:6])[0]].hex())
