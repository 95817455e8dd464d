package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jkeepalived.linux.ipvs.IpvsTimeouts;
import org.jkeepalived.mibs.model.QuorumStatus;
import org.jkeepalived.mibs.model.RealServerStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** SIGTERM (keepalived's clear_services) and the global LVS settings around start and stop. */
class ShutdownTest {
  static String conf(String global, String vsOptions) {
    return """
        global_defs {
          router_id lb1
          %s
        }
        virtual_server 198.18.2.10 80 {
          lb_algo rr
          lb_kind NAT
          protocol TCP
          quorum_down "/bin/echo qdown"
          %s
          real_server 198.18.2.21 8080 {
            weight 1
            notify_down "/bin/echo rsdown"
            TCP_CHECK {
            }
          }
        }
        """.formatted(global, vsOptions);
  }

  @Test
  void stopRemovesWhatTheEngineAddedAndPublishesShutdown() {
    try (LvsRig rig = LvsRig.start(conf("", ""))) {
      rig.ipvs.clearCalls();
      rig.core.shutdown();
      assertThat(rig.ipvs.calls()).containsExactly("DEL_SERVICE tcp 198.18.2.10:80");
      assertThat(rig.ipvs.serviceTable()).isEmpty();
      assertThat(rig.vs(1).quorumStatus()).isEqualTo(QuorumStatus.SHUTDOWN);
      assertThat(rig.rs(1, 1).status()).isEqualTo(RealServerStatus.DEAD);
      assertThat(rig.scripts).isEmpty();
    }
  }

  /**
   * A stop is one DEL_SERVICE per service, whatever its pool (the kernel drops the destinations
   * with it), and still keepalived's "Shutting down service" line for each live real server.
   */
  @Test
  void stopDeletesEachServiceWithItsDestinationsInOneCommand() {
    String conf = """
        global_defs {
          router_id lb1
        }
        virtual_server 198.18.2.10 80 {
          lb_algo wrr
          lb_kind DR
          protocol TCP
          real_server 198.18.2.21 80 {
            weight 1
          }
          real_server 198.18.2.22 80 {
            weight 1
          }
          real_server 198.18.2.23 80 {
            weight 2
          }
        }
        virtual_server 198.18.2.11 80 {
          lb_algo rr
          lb_kind DR
          protocol TCP
          real_server 198.18.2.24 80 {
            weight 1
          }
        }
        """;
    Logger log = (Logger) LoggerFactory.getLogger("org.jkeepalived.lvs");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    try (LvsRig rig = LvsRig.start(conf)) {
      assertThat(rig.ipvs.destinationTable(rig.ipvs.serviceTable().get(0).key())).hasSize(3);
      rig.ipvs.clearCalls();
      rig.ipvs.clearBatches();
      rig.core.shutdown();
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_SERVICE tcp 198.18.2.10:80", "DEL_SERVICE tcp 198.18.2.11:80");
      assertThat(rig.ipvs.batches()).hasSize(1);
      assertThat(rig.ipvs.serviceTable()).isEmpty();
      assertThat(lines.list.stream().map(ILoggingEvent::getFormattedMessage)
          .filter(l -> l.startsWith("Shutting down"))).containsExactly(
              "Shutting down service [198.18.2.21]:tcp:80 from VS [198.18.2.10]:tcp:80",
              "Shutting down service [198.18.2.22]:tcp:80 from VS [198.18.2.10]:tcp:80",
              "Shutting down service [198.18.2.23]:tcp:80 from VS [198.18.2.10]:tcp:80",
              "Shutting down service [198.18.2.24]:tcp:80 from VS [198.18.2.11]:tcp:80");
    } finally {
      log.detachAppender(lines);
    }
  }

  /**
   * keepalived's clear_service_rs logs every real server at stop, dead ones too, with
   * "(inhibited) " for an inhibit_on_failure server that is down (kept at weight 0).
   */
  @Test
  void stopNamesEveryRealServerDeadAndInhibitedOnesToo() {
    String conf = """
        global_defs {
          router_id lb1
        }
        virtual_server 198.18.2.10 80 {
          lb_algo rr
          lb_kind NAT
          protocol TCP
          real_server 198.18.2.21 8080 {
            TCP_CHECK {
            }
          }
          real_server 198.18.2.22 8080 {
            inhibit_on_failure
            TCP_CHECK {
            }
          }
          real_server 198.18.2.23 8080 {
            TCP_CHECK {
            }
          }
        }
        """;
    List<String> lines = stopLines(conf, rig -> {
      rig.verdict("198.18.2.21 8080", 0, false);
      rig.verdict("198.18.2.22 8080", 0, false);
    });
    assertThat(lines).containsExactly(
        "Shutting down service [198.18.2.21]:tcp:8080 from VS [198.18.2.10]:tcp:80",
        "Shutting down (inhibited) service [198.18.2.22]:tcp:8080 from VS [198.18.2.10]:tcp:80",
        "Shutting down service [198.18.2.23]:tcp:8080 from VS [198.18.2.10]:tcp:80");
  }

  /**
   * lvs_flush_on_stop VS deletes the services (keepalived's LVS_FLUSH_VS), not the whole table:
   * a service another tool programmed stays. Neither flush form names the real servers.
   */
  @Test
  void flushOnStopVsDeletesTheServicesOnly() {
    try (LvsRig rig = LvsRig.start(conf("lvs_flush_onstop VS", "omega"))) {
      rig.ipvs.clearCalls();
      List<String> lines = new ArrayList<>();
      withLog(lines, rig.core::shutdown);
      assertThat(rig.ipvs.calls()).containsExactly("DEL_SERVICE tcp 198.18.2.10:80");
      assertThat(lines).noneMatch(l -> l.startsWith("Shutting down"));
      assertThat(rig.scripts).containsExactly("/bin/echo qdown");
    }
    try (LvsRig rig = LvsRig.start(conf("lvs_flush_onstop", ""))) {
      List<String> lines = new ArrayList<>();
      withLog(lines, rig.core::shutdown);
      assertThat(lines).noneMatch(l -> l.startsWith("Shutting down"));
    }
  }

  private static List<String> stopLines(String conf, Consumer<LvsRig> before) {
    try (LvsRig rig = LvsRig.start(conf)) {
      before.accept(rig);
      List<String> lines = new ArrayList<>();
      withLog(lines, rig.core::shutdown);
      return lines.stream().filter(l -> l.startsWith("Shutting down")).toList();
    }
  }

  private static void withLog(List<String> into, Runnable action) {
    Logger log = (Logger) LoggerFactory.getLogger("org.jkeepalived.lvs");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    try {
      action.run();
    } finally {
      log.detachAppender(lines);
    }
    lines.list.forEach(e -> into.add(e.getFormattedMessage()));
  }

  @Test
  void omegaRunsTheDownScriptsWhenStopping() {
    try (LvsRig rig = LvsRig.start(conf("", "omega"))) {
      rig.core.shutdown();
      assertThat(rig.scripts).containsExactly("/bin/echo rsdown", "/bin/echo qdown");
    }
  }

  @Test
  void dontReleaseIpvsLeavesTheTable() {
    try (LvsRig rig = LvsRig.start(conf("", ""), true)) {
      String table = rig.ipvs.save();
      rig.ipvs.clearCalls();
      rig.core.shutdown();
      assertThat(rig.ipvs.calls()).isEmpty();
      assertThat(rig.ipvs.save()).isEqualTo(table);
    }
  }

  @Test
  void flushOnStopIsOneFlush() {
    try (LvsRig rig = LvsRig.start(conf("lvs_flush_onstop", ""))) {
      rig.ipvs.clearCalls();
      rig.core.shutdown();
      assertThat(rig.ipvs.calls()).containsExactly("FLUSH");
    }
  }

  @Test
  void flushAtStartComesFirst() {
    try (LvsRig rig = LvsRig.start(conf("lvs_flush", ""))) {
      assertThat(rig.ipvs.calls()).first().isEqualTo("FLUSH");
    }
  }

  @Test
  void timeoutsAreSetAtStartAndRestoredAtStop() throws Exception {
    try (LvsRig rig = LvsRig.start(conf("lvs_timeouts tcp 600 udp 60", ""))) {
      assertThat(rig.ipvs.calls()).first().isEqualTo("SET_CONFIG tcp 600 tcpfin 0 udp 60");
      assertThat(rig.ipvs.timeouts()).isEqualTo(new IpvsTimeouts(600, 120, 60));
      rig.core.shutdown();
      assertThat(rig.ipvs.timeouts()).isEqualTo(new IpvsTimeouts(900, 120, 300));
    }
  }

  @Test
  void checkersStopAndLateVerdictsAreIgnored() {
    try (LvsRig rig = LvsRig.start(conf("", ""))) {
      var id = rig.checks.checksOf("198.18.2.21 8080").get(0);
      rig.core.shutdown();
      assertThat(rig.checks.closed()).isTrue();
      rig.ipvs.clearCalls();
      rig.core.verdict(id, org.jkeepalived.lvs.check.CheckVerdict.up("late"));
      assertThat(rig.ipvs.calls()).isEmpty();
    }
  }
}
