package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.mibs.model.RealServerStatus;
import org.junit.jupiter.api.Test;

/**
 * SIGHUP reload as a diff (keepalived's clear_diff_services): the exact kernel calls, and none
 * for what did not change, so established connections survive.
 */
class ReloadDiffTest {
  static final String RS21 = """
          real_server 198.18.2.21 8080 {
            weight %d
            TCP_CHECK {
            }
          }
      """;
  static final String RS22 = """
          real_server 198.18.2.22 8080 {
            weight 2
            TCP_CHECK {
            }
          }
      """;

  static String vs(String ip, String sched, String servers) {
    return """
        virtual_server %s 80 {
          lb_algo %s
          lb_kind NAT
          protocol TCP
        %s
        }
        """.formatted(ip, sched, servers);
  }

  static final String BASE = vs("198.18.2.10", "rr", RS21.formatted(1) + RS22)
      + vs("198.18.2.11", "wlc", RS21.formatted(1));

  @Test
  void unchangedConfigurationTouchesNothing() {
    try (LvsRig rig = LvsRig.start(BASE)) {
      rig.ipvs.clearCalls();
      rig.reload(BASE);
      assertThat(rig.ipvs.calls()).isEmpty();
    }
  }

  @Test
  void changedWeightIsOneSetDest() {
    try (LvsRig rig = LvsRig.start(BASE)) {
      rig.ipvs.clearCalls();
      rig.reload(vs("198.18.2.10", "rr", RS21.formatted(5) + RS22)
          + vs("198.18.2.11", "wlc", RS21.formatted(1)));
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 5");
    }
  }

  @Test
  void removedRealServerAndVirtualServerAreDeleted() {
    try (LvsRig rig = LvsRig.start(BASE)) {
      rig.ipvs.clearCalls();
      rig.reload(vs("198.18.2.10", "rr", RS21.formatted(1)));
      // keepalived's clear_diff_services walks the old virtual servers in file order
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080",
          "DEL_DEST tcp 198.18.2.11:80 -> 198.18.2.21:8080",
          "DEL_SERVICE tcp 198.18.2.11:80");
      assertThat(rig.checks.running()).hasSize(1);
    }
  }

  @Test
  void reloadGoesInKeepalivedsOrderRemovalsAndEditsInOldFileOrderThenAdditionsInNewFileOrder() {
    try (LvsRig rig = LvsRig.start(BASE)) {
      rig.ipvs.clearCalls();
      rig.reload(vs("198.18.2.10", "rr", RS21.formatted(5)
          + RS21.replace("198.18.2.21", "198.18.2.23").formatted(4))
          + vs("198.18.2.12", "rr", RS22));
      assertThat(rig.ipvs.calls()).containsExactly(
          // first pass, the old file's order (clear_diff_services, clear_diff_rs)
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 5",
          "DEL_DEST tcp 198.18.2.10:80 -> 198.18.2.22:8080",
          "DEL_DEST tcp 198.18.2.11:80 -> 198.18.2.21:8080",
          "DEL_SERVICE tcp 198.18.2.11:80",
          // second pass, the new file's order (init_services)
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.23:8080 masq w 4",
          "NEW_SERVICE tcp 198.18.2.12:80 rr",
          "NEW_DEST tcp 198.18.2.12:80 -> 198.18.2.22:8080 masq w 2");
    }
  }

  @Test
  void newServersAreAddedAndSchedulerChangeIsOneSetService() {
    try (LvsRig rig = LvsRig.start(BASE)) {
      rig.ipvs.clearCalls();
      rig.reload(vs("198.18.2.10", "wrr", RS21.formatted(1) + RS22
          + RS21.replace("198.18.2.21", "198.18.2.23").formatted(4))
          + vs("198.18.2.11", "wlc", RS21.formatted(1))
          + vs("198.18.2.12", "rr", RS22));
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_SERVICE tcp 198.18.2.10:80 wrr",
          "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.23:8080 masq w 4",
          "NEW_SERVICE tcp 198.18.2.12:80 rr",
          "NEW_DEST tcp 198.18.2.12:80 -> 198.18.2.22:8080 masq w 2");
    }
  }

  @Test
  void keptServerKeepsItsCheckersVerdict() {
    try (LvsRig rig = LvsRig.start(BASE)) {
      rig.verdict("198.18.2.22 8080", 0, false);
      rig.ipvs.clearCalls();
      rig.reload(vs("198.18.2.10", "rr", RS21.formatted(3) + RS22)
          + vs("198.18.2.11", "wlc", RS21.formatted(1)));
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 3");
      assertThat(rig.rs(1, 2).status()).isEqualTo(RealServerStatus.DEAD);
    }
  }

  @Test
  void persistenceChangeEditsTheService() {
    try (LvsRig rig = LvsRig.start(BASE)) {
      rig.ipvs.clearCalls();
      rig.reload(vs("198.18.2.10", "rr\npersistence_timeout 300\npersistence_granularity 255.255.255.0",
          RS21.formatted(1) + RS22) + vs("198.18.2.11", "wlc", RS21.formatted(1)));
      assertThat(rig.ipvs.calls()).containsExactly(
          "SET_SERVICE tcp 198.18.2.10:80 rr flags 0x1 timeout 300 netmask 255.255.255.0");
    }
  }

  static String group(String entries) {
    return """
        virtual_server_group G {
        %s
        }
        virtual_server group G {
          lb_algo rr
          lb_kind DR
          protocol TCP
          real_server 198.18.2.21 80 {
            TCP_CHECK {
            }
          }
        }
        """.formatted(entries);
  }

  @Test
  void groupEntriesAddedAndRemovedAreServicesWithTheSameDestinations() {
    try (LvsRig rig = LvsRig.start(group("198.18.3.1 80\nfwmark 7"))) {
      rig.ipvs.clearCalls();
      rig.reload(group("198.18.3.1-2 80"));
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_SERVICE fwmark 7",
          "NEW_SERVICE tcp 198.18.3.2:80 rr",
          "NEW_DEST tcp 198.18.3.2:80 -> 198.18.2.21:80 route w 1");
      rig.ipvs.clearCalls();
      rig.verdict("198.18.2.21 80", 0, false);
      assertThat(rig.ipvs.calls()).containsExactly(
          "DEL_DEST tcp 198.18.3.1:80 -> 198.18.2.21:80",
          "DEL_DEST tcp 198.18.3.2:80 -> 198.18.2.21:80");
    }
  }
}
