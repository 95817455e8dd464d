# A real server for LvsForwarderScenarioIT's proxy_protocol v1 service: answers each connection
# with the first line it received (the PROXY header the forwarder sends) as an HTTP body.
# usage: proxyecho.py ADDRESS PORT
import socketserver
import sys


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        body = (self.rfile.readline().decode(errors="replace").strip() + "\n").encode()
        self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Length: " + str(len(body)).encode()
                         + b"\r\n\r\n" + body)


socketserver.ThreadingTCPServer.allow_reuse_address = True
socketserver.ThreadingTCPServer((sys.argv[1], int(sys.argv[2])), Handler).serve_forever()
