#!/usr/bin/env python3
"""sockmap-probe.py - how fast is a TCP proxy whose bytes never enter user space, on this kernel?

Issue 14 asks the userspace forwarder for 1.2x HAProxy's requests per second. With keep-alive the
forwarder already makes HAProxy's system calls (recvfrom + sendto per direction); the only way to
make fewer is to let the kernel move the bytes itself. Of the kernel's means, splice needs a pipe
and two calls per direction (more, not fewer), io_uring is not served here, and sockmap is: an
sk_skb verdict program attached to a SOCKMAP redirects each received skb to the egress of the
paired socket (kernel's sk_psock_skb_redirect), so the proxy process only accepts and connects.
This probe is that proxy, in Python (the data path has no Python in it), measured by ceiling.sh
beside HAProxy. It answers one question and is not a product: the connection set-up path is
Python's, so only its keep-alive figures mean anything.

How a pair is joined, so that no byte is dropped or reordered:
  1. both sockets go into TARGET (a SOCKMAP with no program): the redirect's destinations;
  2. PAIRS (hash, key = the receiving socket's SO_COOKIE) gets each socket's peer slot in TARGET,
     with two counters (bytes, skbs) the program adds to, as IPVS counts a connection's traffic;
  3. both go into VERDICT (the SOCKMAP with the program): from now on every skb is redirected;
  4. SO_RCVLOWAT is set on each, which makes TCP call sk_data_ready (tcp_set_rcvlowat ->
     tcp_data_ready): what arrived before step 3 is run through the program, in order.
Nothing in user space reads either socket before step 4, so no byte can overtake another.
usage: sockmap-probe.py LISTEN_PORT BACKEND_PORT... (127.0.0.1)
"""
import ctypes
import os
import selectors
import socket
import struct
import sys

NR_BPF = 321  # x86_64
BPF_MAP_CREATE, BPF_MAP_UPDATE_ELEM, BPF_MAP_DELETE_ELEM, BPF_PROG_LOAD, BPF_PROG_ATTACH = 0, 2, 3, 5, 8
MAP_HASH, MAP_SOCKMAP = 1, 15
PROG_SK_SKB, ATTACH_STREAM_VERDICT = 14, 5
FN_MAP_LOOKUP, FN_GET_SOCKET_COOKIE, FN_SK_REDIRECT_MAP = 1, 46, 52
SO_COOKIE = 57
SLOTS = 65536

libc = ctypes.CDLL(None, use_errno=True)


def bpf(cmd, attr: bytes) -> int:
    buf = ctypes.create_string_buffer(attr.ljust(128, b"\0"), 128)
    fd = libc.syscall(NR_BPF, cmd, buf, 128)
    if fd < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"bpf({cmd}): {os.strerror(err)}")
    return fd


def map_create(kind, key_size, value_size):
    return bpf(BPF_MAP_CREATE, struct.pack("IIIII", kind, key_size, value_size, SLOTS, 0))


def map_update(fd, key: bytes, value: bytes):
    k, v = ctypes.create_string_buffer(key), ctypes.create_string_buffer(value)
    bpf(BPF_MAP_UPDATE_ELEM, struct.pack("IIQQQ", fd, 0, ctypes.addressof(k), ctypes.addressof(v), 0))


def map_delete(fd, key: bytes):
    k = ctypes.create_string_buffer(key)
    try:
        bpf(BPF_MAP_DELETE_ELEM, struct.pack("IIQQQ", fd, 0, ctypes.addressof(k), 0, 0))
    except OSError:
        pass  # a closed socket leaves the SOCKMAPs by itself


def insn(code, dst, src, off, imm):
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


def verdict_program(pairs_fd, target_fd) -> bytes:
    # r6 = skb; key = cookie; value = PAIRS[key] or pass; count; redirect to TARGET[value.peer]
    return b"".join([
        insn(0xBF, 6, 1, 0, 0),                      # r6 = r1
        insn(0x85, 0, 0, 0, FN_GET_SOCKET_COOKIE),   # r0 = cookie(skb's socket)
        insn(0x7B, 10, 0, -8, 0),                    # *(u64 *)(r10 - 8) = r0
        insn(0xBF, 2, 10, 0, 0),                     # r2 = r10
        insn(0x07, 2, 0, 0, -8),                     # r2 += -8
        insn(0x18, 1, 1, 0, pairs_fd), insn(0, 0, 0, 0, 0),  # r1 = PAIRS
        insn(0x85, 0, 0, 0, FN_MAP_LOOKUP),          # r0 = &PAIRS[cookie] or NULL
        insn(0x15, 0, 0, 12, 0),                     # if r0 == NULL goto pass
        insn(0xBF, 7, 0, 0, 0),                      # r7 = r0
        insn(0x61, 8, 6, 0, 0),                      # r8 = skb->len
        insn(0xDB, 7, 8, 8, 0),                      # atomic value.bytes += r8
        insn(0xB7, 8, 0, 0, 1),                      # r8 = 1
        insn(0xDB, 7, 8, 16, 0),                     # atomic value.skbs += 1
        insn(0x61, 3, 7, 0, 0),                      # r3 = value.peer
        insn(0xBF, 1, 6, 0, 0),                      # r1 = skb
        insn(0x18, 2, 1, 0, target_fd), insn(0, 0, 0, 0, 0),  # r2 = TARGET
        insn(0xB7, 4, 0, 0, 0),                      # r4 = 0: the peer's egress
        insn(0x85, 0, 0, 0, FN_SK_REDIRECT_MAP),     # r0 = SK_PASS if queued
        insn(0x95, 0, 0, 0, 0),                      # return r0
        insn(0xB7, 0, 0, 0, 1),                      # pass: r0 = SK_PASS (not paired: user space)
        insn(0x95, 0, 0, 0, 0),
    ])


def load(prog: bytes) -> int:
    code = ctypes.create_string_buffer(prog, len(prog))
    lic = ctypes.create_string_buffer(b"GPL")  # sk_redirect_map is GPL-only
    log = ctypes.create_string_buffer(65536)
    attr = struct.pack("IIQQIIQII16sII", PROG_SK_SKB, len(prog) // 8, ctypes.addressof(code),
                       ctypes.addressof(lic), 1, len(log), ctypes.addressof(log), 0, 0,
                       b"sockmap_probe", 0, 0)
    try:
        return bpf(BPF_PROG_LOAD, attr)
    except OSError as e:
        raise SystemExit(f"program refused: {e}\n{log.value.decode(errors='replace')}")


def main():
    port, backends = int(sys.argv[1]), [int(p) for p in sys.argv[2:]]
    verdict, target = map_create(MAP_SOCKMAP, 4, 4), map_create(MAP_SOCKMAP, 4, 4)
    pairs = map_create(MAP_HASH, 8, 24)
    bpf(BPF_PROG_ATTACH, struct.pack("IIII", verdict, load(verdict_program(pairs, target)),
                                     ATTACH_STREAM_VERDICT, 0))
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(4096)
    listener.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ)
    free, peer, meta, turn = list(range(SLOTS - 1, -1, -1)), {}, {}, 0
    print(f"sockmap probe on 127.0.0.1:{port}", flush=True)

    def join(client, server):
        a, b = free.pop(), free.pop()
        cookie = {s: s.getsockopt(socket.SOL_SOCKET, SO_COOKIE, 8) for s in (client, server)}
        map_update(target, struct.pack("I", a), struct.pack("I", client.fileno()))
        map_update(target, struct.pack("I", b), struct.pack("I", server.fileno()))
        map_update(pairs, cookie[client], struct.pack("IIQQ", b, 0, 0, 0))
        map_update(pairs, cookie[server], struct.pack("IIQQ", a, 0, 0, 0))
        map_update(verdict, struct.pack("I", a), struct.pack("I", client.fileno()))
        map_update(verdict, struct.pack("I", b), struct.pack("I", server.fileno()))
        for s, slot in ((client, a), (server, b)):
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT, 1)  # step 4
            s.setblocking(False)
            meta[s] = (slot, cookie[s])
            sel.register(s, selectors.EVENT_READ, 1)
        peer[client], peer[server] = server, client

    def close_pair(s):
        for x in (s, peer.pop(s, None)):
            if x is None or x not in meta:
                continue
            peer.pop(x, None)
            sel.unregister(x)
            slot, cookie = meta.pop(x)
            map_delete(pairs, cookie)
            free.append(slot)
            x.close()

    while True:
        for key, _ in sel.select():
            if key.data is None:
                while True:
                    try:
                        client, _ = listener.accept()
                    except BlockingIOError:
                        break
                    turn += 1
                    server = socket.create_connection(("127.0.0.1", backends[turn % len(backends)]))
                    for s in (client, server):
                        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    try:
                        join(client, server)
                    except OSError as e:  # e.g. the client already gone (not ESTABLISHED)
                        print(f"not joined: {e}", flush=True)
                        client.close(), server.close()
                continue
            s = key.fileobj
            if s not in meta:
                continue
            try:
                data = s.recv(65536)
            except BlockingIOError:
                continue
            except OSError:
                data = b""
            if data:
                peer[s].sendall(data)  # only what the program passed (never once joined)
            else:
                close_pair(s)  # keep-alive probe: a FIN ends both sides


if __name__ == "__main__":
    main()
