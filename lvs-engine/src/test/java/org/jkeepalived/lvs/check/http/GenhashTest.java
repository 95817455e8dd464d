package org.jkeepalived.lvs.check.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenhashTest {
  record Run(int code, String out, String err) {}

  static Run genhash(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Genhash.run("jkeepalived", false, List.of(args),
        new PrintStream(out, true, StandardCharsets.ISO_8859_1),
        new PrintStream(err, true, StandardCharsets.ISO_8859_1));
    return new Run(code, out.toString(StandardCharsets.ISO_8859_1),
        err.toString(StandardCharsets.ISO_8859_1));
  }

  @Test
  void printsTheDigestOfTheBody() throws Exception {
    try (RawHttpServer s = new RawHttpServer(null, r -> RawHttpServer.response(200, "abc"))) {
      Run r = genhash("-s", "127.0.0.1", "-p", String.valueOf(s.port()), "-u", "/x");
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo(HttpCheckTest.md5("abc") + "\n");
      assertThat(s.requests.get(0)).startsWith("GET /x HTTP/1.0\r\n");
      Run longForm = genhash("--server=127.0.0.1", "--port", String.valueOf(s.port()),
          "--url=/y", "-P1.1", "-V", "www.example");
      assertThat(longForm.out()).isEqualTo(HttpCheckTest.md5("abc") + "\n");
      assertThat(s.requests.get(1)).isEqualTo("GET /y HTTP/1.1\r\nUser-Agent: KeepAliveClient\r\n"
          + "Connection: close\r\nHost: www.example\r\n\r\n");
    }
  }

  @Test
  void failuresPrintKeepalivedsMessage() throws Exception {
    int port;
    try (java.net.ServerSocket ss = new java.net.ServerSocket(0)) {
      port = ss.getLocalPort();
    }
    Run r = genhash("-s", "127.0.0.1", "-p", String.valueOf(port), "-u", "/", "-t", "2");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("Error connecting\n");
    try (RawHttpServer s = new RawHttpServer(null, q -> "junk".getBytes(StandardCharsets.US_ASCII))) {
      Run junk = genhash("-s", "127.0.0.1", "-p", String.valueOf(s.port()), "-u", "/");
      assertThat(junk.err()).isEqualTo("no data received from remote webserver\n");
    }
  }

  @Test
  void badCommandLinesGiveTheUsage() {
    Run missing = genhash("-s", "127.0.0.1");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).startsWith("Usage: jkeepalived --genhash COMMAND [OPTIONS]\n");
    assertThat(genhash("-s", "host.example", "-p", "80", "-u", "/").err())
        .startsWith("server should be an IP, not host.example\n");
    assertThat(genhash("-s", "127.0.0.1", "-p", "0", "-u", "/").err())
        .startsWith("invalid port number '0'\n");
    assertThat(genhash("-s", "127.0.0.1", "-p", "80", "-u", "/", "-P", "2").err())
        .startsWith("invalid HTTP protocol version '2'\n");
    assertThat(genhash("-x").err()).startsWith("Unknown option -x\n");
    assertThat(genhash("-s").err()).startsWith("Missing parameter for option -s\n");
  }

  @Test
  void hexDumpAsKeepalivedsDumpBuffer() {
    assertThat(HexDump.of("0123456789abcdefXY".getBytes(StandardCharsets.US_ASCII))).isEqualTo(
        "0000  30 31 32 33 34 35 36 37 - 38 39 61 62 63 64 65 66   0123456789abcdef\n"
            + "0016  58 59                   -                           XY              \n");
  }
}
