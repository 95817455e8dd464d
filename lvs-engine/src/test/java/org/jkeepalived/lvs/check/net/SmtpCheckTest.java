package org.jkeepalived.lvs.check.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jkeepalived.lvs.check.CheckerPorts;
import org.jkeepalived.lvs.check.NettyHealthChecks;
import org.jkeepalived.lvs.check.Specs;
import org.jkeepalived.lvs.check.Verdicts;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.junit.jupiter.api.Test;

class SmtpCheckTest {
  /** A one-thread SMTP responder on 127.0.0.1: a banner, then a reply per command. */
  static final class Responder implements AutoCloseable {
    final ServerSocket server = new ServerSocket(0, 50, Specs.LOCAL);
    final List<String> heard = new CopyOnWriteArrayList<>();
    final Thread thread;

    Responder(String banner, String heloReply) throws Exception {
      thread = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            s.setSoTimeout(3000);
            OutputStream out = s.getOutputStream();
            BufferedReader in = new BufferedReader(
                new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            if (banner != null) {
              out.write(banner.getBytes(StandardCharsets.ISO_8859_1));
            }
            String line;
            while ((line = in.readLine()) != null) {
              heard.add(line);
              out.write((line.startsWith("HELO") ? heloReply : "221 bye\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
            }
          } catch (Exception e) {
            // next connection, or closed
          }
        }
      }, "smtp-responder");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws Exception {
      server.close();
      thread.join(5000);
    }
  }

  @Test
  void dialogueStatusesAsKeepalivedReadsThem() {
    assertThat(SmtpDialogue.status("220 mail ready")).isEqualTo(220);
    assertThat(SmtpDialogue.status("250")).isEqualTo(250);
    assertThat(SmtpDialogue.status("220-multi")).isEqualTo(-1);
    assertThat(SmtpDialogue.status("22")).isEqualTo(-1);
    SmtpDialogue d = new SmtpDialogue("me", "[s]:25");
    assertThat(d.onLine("220 hi").send()).isEqualTo("HELO me\r\n");
    assertThat(d.onLine("250 ok").send()).isEqualTo("QUIT\r\n");
    assertThat(d.onLine("whatever").done()).isTrue();
  }

  private static Verdicts.Heard check(Responder r, boolean alpha) throws Exception {
    Verdicts heard = new Verdicts();
    try (NettyHealthChecks checks = new NettyHealthChecks(heard, CheckerPorts.none())) {
      checks.run(List.of(Specs.spec("rs1", r.server.getLocalPort(), new CheckerConfig.SmtpCheck(
          Specs.connection(Duration.ofMillis(1500)), Specs.fast(0, alpha), null, List.of()))));
      return heard.next(Duration.ofSeconds(5));
    }
  }

  @Test
  void upOnAGoodServerWithTheDefaultHeloName() throws Exception {
    try (Responder r = new Responder("220 mx ESMTP\r\n", "250 hello\r\n")) {
      assertThat(check(r, true).verdict().up()).isTrue();
      assertThat(r.heard).startsWith("HELO smtpchecker.keepalived.org", "QUIT");
    }
  }

  @Test
  void downOnBadBannerBadHeloAndSilence() throws Exception {
    try (Responder r = new Responder("554 go away\r\n", "250 hello\r\n")) {
      assertThat(check(r, false).verdict().reason()).startsWith("Bad greeting banner from server");
    }
    try (Responder r = new Responder("220 ok\r\n", "500 what\r\n")) {
      assertThat(check(r, false).verdict().reason()).startsWith("Bad HELO response from server");
    }
    try (Responder r = new Responder(null, "250 hello\r\n")) {
      assertThat(check(r, false).verdict().reason())
          .isEqualTo("Read timeout from server [127.0.0.1]:" + r.server.getLocalPort());
    }
    try (Responder r = new Responder("x".repeat(2000) + "\r\n", "250\r\n")) {
      assertThat(check(r, false).verdict().up()).isFalse();
    }
  }
}
