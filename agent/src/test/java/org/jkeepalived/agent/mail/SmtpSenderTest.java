package org.jkeepalived.agent.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The SMTP dialogue against a scripted server on 127.0.0.1 in this JVM: keepalived's commands and
 * text, a refusal reported, and a server that never answers delaying nobody but the mail.
 */
class SmtpSenderTest {
  private static final SmtpMessage MAIL = SmtpMessage.of(
      new SmtpAlert("[lb1] VRRP Instance VI_1 - Entering MASTER state",
          "=> VRRP Instance is now owning VRRP VIPs <="),
      null, "lb@example.org", List.of("ops@example.org", "<noc@example.org>"),
      ZonedDateTime.of(2026, 12, 6, 22, 1, 2, 0, ZoneOffset.UTC));

  @Test
  void theDataTextIsKeepalivedsLineForLine() {
    assertThat(MAIL.data()).isEqualTo("Date: Sun, 06 Dec 2026 22:01:02 +0000\r\n"
        + "From: lb@example.org\r\n"
        + "Subject: [lb1] VRRP Instance VI_1 - Entering MASTER state\r\n"
        + "X-Mailer: Keepalived\r\n"
        + "To: ops@example.org,\r\n <noc@example.org>\r\n"
        + "\r\n"
        + "=> VRRP Instance is now owning VRRP VIPs <=\r\n"
        + "\r\n");
    assertThat(MAIL.helo()).isEqualTo("localhost");
  }

  @Test
  void aMailIsSentWithKeepalivedsCommands() throws Exception {
    try (ServerSocket server = listen()) {
      CompletableFuture<List<String>> heard = CompletableFuture.supplyAsync(() -> serve(server,
          true));
      try (SmtpSender sender = new SmtpSender(address(server), Duration.ofSeconds(5))) {
        sender.submit(MAIL).get(10, TimeUnit.SECONDS);
      }
      assertThat(heard.get(10, TimeUnit.SECONDS)).containsExactly(
          "HELO localhost", "MAIL FROM:<lb@example.org>", "RCPT TO:<ops@example.org>",
          "RCPT TO:<noc@example.org>", "DATA",
          "Date: Sun, 06 Dec 2026 22:01:02 +0000", "From: lb@example.org",
          "Subject: [lb1] VRRP Instance VI_1 - Entering MASTER state", "X-Mailer: Keepalived",
          "To: ops@example.org,", " <noc@example.org>", "",
          "=> VRRP Instance is now owning VRRP VIPs <=", "", ".", "QUIT");
    }
  }

  @Test
  void aRefusalFailsTheMailWithTheServersWords() throws Exception {
    try (ServerSocket server = listen()) {
      CompletableFuture.runAsync(() -> serve(server, false));
      try (SmtpSender sender = new SmtpSender(address(server), Duration.ofSeconds(5))) {
        assertThatThrownBy(() -> sender.submit(MAIL).get(10, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class).hasMessageContaining("RCPT")
            .hasMessageContaining("550");
      }
    }
  }

  @Test
  void aSilentServerDelaysOnlyTheMail() throws Exception {
    try (ServerSocket server = listen()) { // accepts (backlog) but never greets
      try (SmtpSender sender = new SmtpSender(address(server), Duration.ofSeconds(1))) {
        long t0 = System.nanoTime();
        CompletableFuture<Void> sent = sender.submit(MAIL);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(200));
        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class);
      }
    }
  }

  private static ServerSocket listen() throws Exception {
    return new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
  }

  private static InetSocketAddress address(ServerSocket s) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), s.getLocalPort());
  }

  /** A minimal SMTP server for one mail: every line heard; refuses the second RCPT if asked. */
  private static List<String> serve(ServerSocket server, boolean acceptAll) {
    List<String> heard = new ArrayList<>();
    try (Socket s = server.accept()) {
      s.setSoTimeout(10_000);
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
          StandardCharsets.UTF_8));
      OutputStream out = s.getOutputStream();
      reply(out, "220 sink ready");
      boolean data = false;
      int rcpt = 0;
      for (String line; (line = in.readLine()) != null; ) {
        heard.add(line);
        if (data) {
          if (line.equals(".")) {
            data = false;
            reply(out, "250 queued");
          }
        } else if (line.startsWith("RCPT") && ++rcpt == 2 && !acceptAll) {
          reply(out, "550 no such user");
        } else if (line.equals("DATA")) {
          data = true;
          reply(out, "354 go ahead");
        } else if (line.equals("QUIT")) {
          reply(out, "221 bye");
          break;
        } else {
          reply(out, "250 ok");
        }
      }
    } catch (Exception e) {
      heard.add("server error: " + e);
    }
    return heard;
  }

  private static void reply(OutputStream out, String line) throws Exception {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
