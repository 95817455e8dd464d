# One TCP connection to the virtual server held across a reload: a GET, then a line on stdin,
# then a second GET on the same connection. Prints each answer's body, or "closed".
# usage: held.py ADDRESS PORT
import socket
import sys

s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=10)


def get():
    s.sendall(b"GET / HTTP/1.1\r\nHost: vip\r\n\r\n")
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(4096)
        if not chunk:
            print("closed", flush=True)
            sys.exit(1)
        buf += chunk
    head, body = buf.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    while len(body) < length:
        chunk = s.recv(4096)
        if not chunk:
            print("closed", flush=True)
            sys.exit(1)
        body += chunk
    print(body.decode().strip(), flush=True)


get()
sys.stdin.readline()
get()
