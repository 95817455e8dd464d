package org.jkeepalived.lvs.check.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
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

  /**
   * The same over TLS ({@code -S}) with SNI ({@code -I}, the {@code -V} virtualhost) and each
   * {@code -P} protocol: the same output, the same request and the same server name.
   */
  @Test
  void sameOutputAsKeepalivedsGenhashOverTlsWithSniVirtualhostAndProtocol() throws Exception {
    Proc.requirePrograms("genhash");
    X509Bundle cert = new CertificateBuilder().subject("CN=www.example")
        .addSanDnsName("www.example").setIsCertificateAuthority(true).ecp256().buildSelfSigned();
    SslContext server = SslContextBuilder.forServer(cert.toKeyManagerFactory()).build();
    byte[] answer = RawHttpServer.response(200, "<html>tls " + "y".repeat(3000) + "</html>\n");
    for (List<String> extra : List.of(List.of("-S"), List.of("-S", "-I", "-V", "www.example"),
        List.of("-S", "-V", "www.example", "-P", "1.1"), List.of("-S", "-I", "-P", "1.0c"))) {
      try (RawHttpServer s = new RawHttpServer(server, r -> answer)) {
        List<String> args = new java.util.ArrayList<>(extra);
        args.addAll(List.of("-s", "127.0.0.1", "-p", String.valueOf(s.port()), "-u", "/a.html"));
        List<String> command = new java.util.ArrayList<>(List.of("genhash"));
        command.addAll(args);
        Proc.Result theirs = Proc.run(Duration.ofSeconds(20), command.toArray(String[]::new));
        GenhashTest.Run ours = GenhashTest.genhash(args.toArray(String[]::new));
        assertThat(ours.out()).as("stdout of genhash %s", args).isEqualTo(theirs.stdout());
        assertThat(s.requests).as("requests of %s", args).hasSize(2);
        assertThat(s.requests.get(1)).as("request of %s", args).isEqualTo(s.requests.get(0));
        assertThat(s.serverNames).as("SNI of %s", args).hasSize(2);
        assertThat(s.serverNames.get(1)).as("SNI of %s", args).isEqualTo(s.serverNames.get(0));
      }
    }
  }
}
