package org.jkeepalived.lvs.check.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;

/** jkeepalived's genhash against keepalived's own genhash, byte for byte, on the same server. */
class GenhashIT {
  @Test
  void sameOutputAsKeepalivedsGenhash() throws Exception {
    Proc.requirePrograms("genhash");
    String body = "<html>" + "x".repeat(5000) + "</html>\n";
    byte[] chunked = ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "5\r\nhello\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] withLength = ("HTTP/1.0 200 OK\r\nContent-Length: 4\r\n\r\nabcdEXTRA")
        .getBytes(StandardCharsets.ISO_8859_1);
    for (byte[] answer : List.of(RawHttpServer.response(200, body),
        RawHttpServer.response(404, "missing"), chunked, withLength)) {
      try (RawHttpServer s = new RawHttpServer(null, r -> answer)) {
        String port = String.valueOf(s.port());
        Proc.Result theirs = Proc.run(Duration.ofSeconds(20), "genhash", "-s", "127.0.0.1",
            "-p", port, "-u", "/index.html");
        GenhashTest.Run ours = GenhashTest.genhash("-s", "127.0.0.1", "-p", port, "-u",
            "/index.html");
        assertThat(ours.out()).isEqualTo(theirs.stdout());
        assertThat(s.requests.get(1)).isEqualTo(s.requests.get(0));
      }
    }
  }
}
