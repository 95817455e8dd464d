package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.jkeepalived.lvs.check.ServiceNames;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.junit.jupiter.api.Test;

/** keepalived's names of virtual and real servers in its log and FIFO lines (format_vs/rs). */
class LvsNamesTest {
  @Test
  void addressFwmarkAndGroupNames() {
    String conf = """
        virtual_server_group G {
          198.18.3.1 80
        }
        virtual_server 198.18.2.10 80 {
          protocol TCP
          real_server 198.18.2.21 8080 {
          }
        }
        virtual_server group G {
          protocol TCP
          real_server 198.18.2.21 80 {
          }
        }
        virtual_server fwmark 4 {
          real_server 198.18.2.21 80 {
          }
        }
        virtual_server group G {
          protocol UDP
          real_server 198.18.2.21 80 {
          }
        }
        """;
    try (LvsRig rig = LvsRig.start(conf)) {
      var snap = rig.store.snapshot();
      var vss = snap.configs(Tables.VIRTUAL_SERVER);
      assertThat(vss.entrySet()).extracting(e -> LvsNames.vs(snap, e.getKey(), e.getValue()))
          .containsExactly("[198.18.2.10]:tcp:80", "[G]:0", "FWM 4", "[G]:1");
      var vs = vss.get(Index.of(1));
      assertThat(LvsNames.rs(vs, LvsRig.addr("fd00::21"), 8080)).isEqualTo("[fd00::21]:tcp:8080");
      assertThat(LvsNames.key(vs)).isEqualTo("ip 198.18.2.10 80 tcp");
      // utils.c inet_sockaddrtotrio prints protocol 0 (a fwmark service) as "none"
      assertThat(LvsNames.rs(vss.get(Index.of(3)), LvsRig.addr("198.18.2.21"), 80))
          .isEqualTo("[198.18.2.21]:none:80");
    }
  }

  /** The checkers log FMT_CHK with the service's own protocol and FMT_VS of their server. */
  @Test
  void checkSpecsCarryTheServiceProtocolAndName() {
    String conf = """
        virtual_server_group G {
          198.18.3.1 53
        }
        virtual_server 198.18.2.10 53 {
          protocol UDP
          real_server 198.18.2.21 5353 {
            TCP_CHECK {
            }
          }
        }
        virtual_server fwmark 4 {
          real_server 198.18.2.22 80 {
            TCP_CHECK {
            }
          }
        }
        virtual_server group G {
          protocol SCTP
          real_server 198.18.2.23 80 {
            TCP_CHECK {
            }
          }
        }
        """;
    try (LvsRig rig = LvsRig.start(conf)) {
      assertThat(rig.checks.running().values())
          .extracting(s -> ServiceNames.service(s) + " VS " + s.virtualServerName())
          .containsExactlyInAnyOrder(
              "[198.18.2.21]:udp:5353 VS [198.18.2.10]:udp:53",
              "[198.18.2.22]:none:80 VS FWM 4",
              "[198.18.2.23]:sctp:80 VS [G]:0");
    }
  }
}
