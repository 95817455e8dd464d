package org.jkeepalived.test.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.test.rig.Jvm;
import org.jkeepalived.testkit.Netns;
import org.jkeepalived.testkit.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email alerts end to end: an SMTP sink (Python's smtpd DebuggingServer, which prints every mail
 * it receives) in its own namespace, and a jkeepalived node that becomes master and then stops:
 * the sink receives keepalived's "Entering MASTER state" and "Stopping" mails with their bodies.
 * And a node with a virtual server (userspace dataplane: no kernel IPVS here) whose one real
 * server, a python3 http.server next to the sink, stops and starts again: the sink receives the
 * TCP_CHECK's real server DOWN and UP mails and the quorum's Lost and Gained mails.
 */
class SmtpAlertScenarioIT {
  @TempDir Path dir;

  @Test
  void masterAndStopMailsReachTheSink() throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    try (Netns sink = Netns.create("jkml1"); Netns node = Netns.create("jkml2")) {
      link(sink, node, "ml1e0", "ml2e0", "198.18.74");
      Path sinkLog = dir.resolve("sink.log");
      Process server = startSink(sink, "198.18.74.25", sinkLog);
      Path conf = dir.resolve("node.conf");
      Files.writeString(conf, globalDefs("mailer", "198.18.74.25")
          + "vrrp_instance VI_1 {\n  state MASTER\n  interface ml2e0\n  virtual_router_id 74\n"
          + "  priority 150\n  advert_int 1\n  virtual_ipaddress {\n    198.18.74.100/24\n"
          + "  }\n}\n");
      Path log = dir.resolve("node.log");
      Process daemon = startDaemon(node, log, "-f", conf.toString());
      try {
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(sinkLog).contains(
            "Subject: [mailer] VRRP Instance VI_1 - Entering MASTER state")))
            .as("master mail; sink:\n%s\nnode:\n%s", read(sinkLog), read(log)).isTrue();
        daemon.destroy(); // SIGTERM: the instance stops and says so
        assertThat(daemon.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(sinkLog).contains(
            "Subject: [mailer] VRRP Instance VI_1 - Stopping")))
            .as("stop mail; sink:\n%s\nnode:\n%s", read(sinkLog), read(log)).isTrue();
        String mails = read(sinkLog);
        assertThat(mails).contains("From: lb@example.org", "X-Mailer: Keepalived",
            "To: ops@example.org", "=> VRRP Instance is now owning VRRP VIPs <=",
            "=> VRRP Instance stopping <=", "X-Peer: 198.18.74.2");
        assertThat(read(log)).contains("SMTP alert successfully sent.");
      } finally {
        Proc.kill(daemon.toHandle());
        Proc.kill(server.toHandle());
        daemon.waitFor(10, TimeUnit.SECONDS);
        server.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void realServerAndQuorumMailsReachTheSink() throws Exception {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    try (Netns sink = Netns.create("jkml3"); Netns node = Netns.create("jkml4")) {
      link(sink, node, "ml3e0", "ml4e0", "198.18.75");
      node.ip("addr", "add", "198.18.75.200/32", "dev", "ml4e0");
      Path sinkLog = dir.resolve("sink.log");
      Process server = startSink(sink, "198.18.75.25", sinkLog);
      List<String> web = List.of("python3", "-m", "http.server", "--bind", "198.18.75.25",
          "8080");
      Process rs = startWeb(sink, web);
      Path conf = dir.resolve("lvs.conf");
      Files.writeString(conf, globalDefs("checker", "198.18.75.25")
          + "virtual_server 198.18.75.200 8080 {\n  delay_loop 1\n  lb_algo rr\n"
          + "  lb_kind NAT\n  protocol TCP\n  real_server 198.18.75.25 8080 {\n"
          + "    weight 2\n    TCP_CHECK {\n      connect_timeout 1\n      retry 0\n    }\n"
          + "  }\n}\n");
      Path log = dir.resolve("lvs.log");
      Process daemon = startDaemon(node, log, "-C", "-f", conf.toString(),
          "--lvs-dataplane=userspace");
      String rsSubject = "Subject: [checker] Realserver [198.18.75.25]:tcp:8080 of virtual server"
          + " [198.18.75.200]:tcp:8080 - ";
      try {
        // let the first checks pass before the server goes away
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(log).contains("TCP connection to")))
            .as("first check; node:\n%s", read(log)).isTrue();
        Proc.kill(rs.toHandle());
        rs.waitFor(10, TimeUnit.SECONDS);
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(sinkLog).contains(
            "Subject: [checker] Virtualserver [198.18.75.200]:tcp:8080 - DOWN")
            && read(sinkLog).contains(rsSubject + "DOWN")))
            .as("down mails; sink:\n%s\nnode:\n%s", read(sinkLog), read(log)).isTrue();
        rs = startWeb(sink, web);
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(sinkLog).contains(
            "Subject: [checker] Virtualserver [198.18.75.200]:tcp:8080 - UP")
            && read(sinkLog).contains(rsSubject + "UP")))
            .as("up mails; sink:\n%s\nnode:\n%s", read(sinkLog), read(log)).isTrue();
        assertThat(read(sinkLog)).contains(rsSubject + "DOWN", rsSubject + "UP",
            "=> TCP CHECK failed on service <=", "=> TCP CHECK succeed on service <=",
            "=> Lost quorum 1+0=1 <= 0 <=", "=> Gained quorum 1+0=1 <= 2 <=");
      } finally {
        Proc.kill(daemon.toHandle());
        Proc.kill(rs.toHandle());
        Proc.kill(server.toHandle());
        daemon.waitFor(10, TimeUnit.SECONDS);
        rs.waitFor(10, TimeUnit.SECONDS);
        server.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** global_defs mailing every alert to ops@example.org through the sink at SINK:2525. */
  private static String globalDefs(String routerId, String sink) {
    return "global_defs {\n  router_id " + routerId + "\n"
        + "  notification_email {\n    ops@example.org\n  }\n"
        + "  notification_email_from lb@example.org\n"
        + "  smtp_server " + sink + " 2525\n  smtp_connect_timeout 5\n  smtp_alert\n}\n";
  }

  /** jkeepalived in the foreground in {@code node}, logging to the console into {@code log}. */
  private static Process startDaemon(Netns node, Path log, String... args) throws IOException {
    List<String> argv = new java.util.ArrayList<>(List.of("-n", "-l", "-D",
        "--control-socket=none"));
    argv.addAll(List.of(args));
    return new ProcessBuilder(node.execCommand(Jvm.jkeepalived(argv.toArray(String[]::new))
        .toArray(String[]::new))).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** A veth pair between the sink (NET.25/24) and the node (NET.2/24), both up. */
  private static void link(Netns sink, Netns node, String sinkIf, String nodeIf, String net)
      throws Exception {
    sink.ip("link", "add", sinkIf, "type", "veth", "peer", "name", nodeIf, "netns", node.name());
    sink.ip("addr", "add", net + ".25/24", "dev", sinkIf);
    node.ip("addr", "add", net + ".2/24", "dev", nodeIf);
    sink.ip("link", "set", sinkIf, "up");
    node.ip("link", "set", nodeIf, "up");
  }

  /** Python's smtpd DebuggingServer on ADDRESS:2525, printing every mail into {@code log}. */
  private static Process startSink(Netns sink, String address, Path log) throws Exception {
    List<String> smtpd = List.of("python3", "-u", "-W", "ignore", "-m", "smtpd", "-n", "-c",
        "DebuggingServer", address + ":2525");
    Proc.requirePrograms(smtpd);
    return new ProcessBuilder(sink.execCommand(smtpd.toArray(String[]::new)))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private Process startWeb(Netns ns, List<String> web) throws IOException {
    return new ProcessBuilder(ns.execCommand(web.toArray(String[]::new)))
        .directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("web.log").toFile())).start();
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return "";
    }
  }
}
