package org.jkeepalived.test.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * And a node with a virtual server (userspace dataplane: no kernel IPVS here) whose real server,
 * a python3 http.server next to the sink checked by TCP_CHECK and HTTP_GET, stops and starts
 * again: the sink receives each checker's DOWN and UP mail with that checker's own body and the
 * quorum's Lost and Gained mails; the scrape has the checkers' verdicts and probe times; {@code
 * jkeepalived status -p PIDFILE} finds the daemon's control socket by its pid file; a reload
 * removing a live real server mails "=> Removing <="; SIGTERM with omega mails "=> Shutting down
 * <=" for the live real server and the virtual server.
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
      // .25 has checkers of two kinds, each mailing its own body; .26 (weight 0, no checker:
      // always alive) goes away in a reload; omega mails the shutdown
      String removed = "  real_server 198.18.75.26 8080 {\n    weight 0\n  }\n";
      String lvs = globalDefs("checker", "198.18.75.25")
          + "virtual_server 198.18.75.200 8080 {\n  delay_loop 1\n  lb_algo rr\n"
          + "  lb_kind NAT\n  protocol TCP\n  omega\n  real_server 198.18.75.25 8080 {\n"
          + "    weight 2\n    TCP_CHECK {\n      connect_timeout 1\n      retry 0\n    }\n"
          + "    HTTP_GET {\n      url {\n        path /\n        status_code 200\n      }\n"
          + "      connect_timeout 1\n      retry 0\n    }\n  }\n" + removed + "}\n";
      Files.writeString(conf, lvs);
      Path log = dir.resolve("lvs.log");
      Path pid = dir.resolve("lvs.pid");
      Process daemon = startDaemon(node, log, "-C", "-f", conf.toString(),
          "--lvs-dataplane=userspace", "-p", pid.toString(), "--metrics-listen=127.0.0.1:9650");
      String rsSubject = "Subject: [checker] Realserver [198.18.75.25]:tcp:8080 of virtual server"
          + " [198.18.75.200]:tcp:8080 - ";
      String vsSubject = "Subject: [checker] Virtualserver [198.18.75.200]:tcp:8080 - ";
      try {
        // let the first checks pass before the server goes away
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> probes(node, "TCP_CHECK", 1) >= 1
            && probes(node, "HTTP_GET", 2) >= 1))
            .as("first checks; node:\n%s", read(log)).isTrue();
        Proc.kill(rs.toHandle());
        rs.waitFor(10, TimeUnit.SECONDS);
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(sinkLog).contains(vsSubject + "DOWN")
            && count(read(sinkLog), rsSubject + "DOWN") == 2))
            .as("down mails; sink:\n%s\nnode:\n%s", read(sinkLog), read(log)).isTrue();
        rs = startWeb(sink, web);
        // the first checker to pass leaves the server down (the other still fails): its mail
        // says DOWN, as keepalived's (the subject is the server's state after the verdict)
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(sinkLog).contains(vsSubject + "UP")
            && count(read(sinkLog), rsSubject + "UP") == 1
            && count(read(sinkLog), rsSubject + "DOWN") == 3))
            .as("up mails; sink:\n%s\nnode:\n%s", read(sinkLog), read(log)).isTrue();
        // one body per checker kind, not the generic one of a server with mixed checkers
        assertThat(read(sinkLog)).contains(
            "=> TCP CHECK failed on service <=", "=> TCP CHECK succeed on service <=",
            "=> CHECK failed on service : HTTP request failed <=",
            "=> CHECK succeed on service <=",
            "=> Lost quorum 1+0=1 <= 0 <=", "=> Gained quorum 1+0=1 <= 2 <=");

        checkerMetrics(node);
        Proc.Result status = Proc.run(OpsPair.CMD, dir, Jvm.jkeepalived("status", "-p",
            pid.toString()));
        assertThat(status.exitCode()).as("status by the daemon's -p: %s", status.stderr())
            .isZero();
        assertThat(status.stdout()).contains("198.18.75.26");

        Files.writeString(conf, lvs.replace(removed, ""));
        Proc.run(OpsPair.CMD, "kill", "-HUP", Long.toString(daemon.pid())).check();
        String gone = "Subject: [checker] Realserver [198.18.75.26]:tcp:8080 of virtual server"
            + " [198.18.75.200]:tcp:8080 - DOWN";
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> read(sinkLog).contains(gone)))
            .as("removed by a reload; sink:\n%s\nnode:\n%s", read(sinkLog), read(log)).isTrue();
        assertThat(read(sinkLog)).contains("=> Removing <=");

        daemon.destroy(); // SIGTERM: with omega, the live server and the quorum say so
        assertThat(daemon.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(OpsPair.await(OpsPair.ELECTION, () -> count(read(sinkLog),
            "=> Shutting down <=") == 2))
            .as("omega shutdown mails; sink:\n%s\nnode:\n%s", read(sinkLog), read(log))
            .isTrue();
        assertThat(count(read(sinkLog), rsSubject + "DOWN")).isEqualTo(4);
        assertThat(count(read(sinkLog), vsSubject + "DOWN")).isEqualTo(2);
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

  private static Exposition scrape(Netns node) {
    Proc.Result r = node.exec(OpsPair.CMD, "curl", "-sS", "-f", "-m", "5",
        "http://127.0.0.1:9650/metrics");
    assertThat(r.exitCode()).as("scrape: %s", r.stderr()).isZero();
    return Exposition.parse(r.stdout());
  }

  private static Map<String, String> checker(String kind, int index) {
    return Map.of("virtual_server", "198.18.75.200:8080/TCP", "real_server",
        "198.18.75.25:8080", "checker", kind, "checker_index", Integer.toString(index));
  }

  /** How many probes of the .25 server's checker the daemon measured (0 before it answers). */
  private static double probes(Netns node, String kind, int index) {
    try {
      return scrape(node).value("jkeepalived_check_duration_seconds_count",
          checker(kind, index)).orElse(0.0);
    } catch (AssertionError notYet) {
      return 0;
    }
  }

  /** The checkers' verdicts and probe times in the daemon's Prometheus text. */
  private static void checkerMetrics(Netns node) {
    Exposition e = scrape(node);
    Map<String, String> tcp = checker("TCP_CHECK", 1);
    assertThat(e.types()).containsEntry("jkeepalived_check_duration_seconds", "histogram");
    assertThat(e.value("jkeepalived_check_up", checker("HTTP_GET", 2))).contains(1.0);
    assertThat(e.value("jkeepalived_check_up", tcp)).contains(1.0);
    assertThat(e.value("jkeepalived_check_duration_seconds_count", tcp).orElse(0.0))
        .as("probes measured").isGreaterThanOrEqualTo(2.0);
    assertThat(e.value("jkeepalived_check_last_duration_seconds", tcp).orElse(-1.0))
        .isBetween(0.0, 1.5);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
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
    List<String> argv = new java.util.ArrayList<>(List.of("-n", "-l", "-D"));
    argv.addAll(List.of(args));
    if (!argv.contains("-p")) {
      argv.add("--control-socket=none");
    }
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
