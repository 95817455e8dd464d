package org.jkeepalived.lvs.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * keepalived.conf to kernel IPVS, table-driven through conf, the store and the engine: every
 * scheduler with its flags, persistence (timeout, IPv4 netmask and IPv6 prefix granularity,
 * engine), NAT/DR/TUN with the tunnel type, port and checksum, thresholds, fwmark services of
 * both families, and virtual_server_group ranges, CIDRs and fwmarks expanded into several
 * services with the same destinations (keepalived's ipvswrapper.c). Each row ('~' for a line
 * break, '|' between columns): the virtual
 * server's lines, a real server's lines, and the kernel calls expected at start.
 */
class TranslationTableTest {
  static String conf(String vs, String rs) {
    return """
        virtual_server_group G4 {
          198.18.3.1-3 80
          198.18.4.0/31 443
          fwmark 9
        }
        virtual_server_group G6 {
          fd00::10-11 80
          fwmark 11 inet6
        }
        %s
          real_server 198.18.2.21 8080 {
            weight 2
            %s
          }
        }
        """.formatted(vs.contains("protocol") ? vs : vs + "\nprotocol TCP", rs);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "virtual_server 198.18.2.10 80 {~lb_algo rr~lb_kind NAT||"
          + "NEW_SERVICE tcp 198.18.2.10:80 rr;"
          + "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 2",
      "virtual_server 198.18.2.10 80 {~lb_algo sh~sh-port~sh-fallback~lb_kind DR||"
          + "NEW_SERVICE tcp 198.18.2.10:80 sh flags 0x18;"
          + "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:80 route w 2",
      "virtual_server 198.18.2.10 80 {~lb_algo mh~mh-port~lb_kind DR||"
          + "NEW_SERVICE tcp 198.18.2.10:80 mh flags 0x10;"
          + "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:80 route w 2",
      "virtual_server 198.18.2.10 53 {~lb_algo wlc~ops~lb_kind DR~protocol UDP||"
          + "NEW_SERVICE udp 198.18.2.10:53 wlc flags 0x4;"
          + "NEW_DEST udp 198.18.2.10:53 -> 198.18.2.21:53 route w 2",
      "virtual_server 198.18.2.10 80 {~lb_algo lblc~lb_kind NAT~persistence_timeout 600"
          + "~persistence_granularity 255.255.255.0||"
          + "NEW_SERVICE tcp 198.18.2.10:80 lblc flags 0x1 timeout 600 netmask 255.255.255.0;"
          + "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 2",
      "virtual_server 198.18.2.10 5060 {~lb_algo rr~lb_kind NAT~protocol UDP"
          + "~persistence_timeout 30~persistence_engine sip||"
          + "NEW_SERVICE udp 198.18.2.10:5060 rr flags 0x1 timeout 30 netmask 255.255.255.255 pe sip;"
          + "NEW_DEST udp 198.18.2.10:5060 -> 198.18.2.21:8080 masq w 2",
      "virtual_server 198.18.2.10 80 {~lb_algo rr~lb_kind TUN type gue port 6080 csum||"
          + "NEW_SERVICE tcp 198.18.2.10:80 rr;"
          + "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:80 tunnel w 2 tun 1 port 6080 csum 1",
      "virtual_server 198.18.2.10 80 {~lb_algo rr~lb_kind TUN||"
          + "NEW_SERVICE tcp 198.18.2.10:80 rr;"
          + "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:80 tunnel w 2",
      "virtual_server 198.18.2.10 80 {~lb_algo rr~lb_kind NAT|uthreshold 100~lthreshold 10|"
          + "NEW_SERVICE tcp 198.18.2.10:80 rr;"
          + "NEW_DEST tcp 198.18.2.10:80 -> 198.18.2.21:8080 masq w 2 x 100 y 10",
      "virtual_server fwmark 5 {~lb_algo rr~lb_kind DR||"
          + "NEW_SERVICE fwmark 5 rr;"
          + "NEW_DEST fwmark 5 -> 198.18.2.21:0 route w 2",
      "virtual_server fwmark 6 {~ip_family inet6~lb_algo rr~lb_kind TUN~"
          + "persistence_timeout 60~persistence_granularity 64||"
          + "NEW_SERVICE fwmark 6 inet6 rr flags 0x1 timeout 60 netmask 64;"
          + "NEW_DEST fwmark 6 inet6 -> 198.18.2.21:0 tunnel w 2",
      "virtual_server group G4 {~lb_algo rr~lb_kind DR||"
          + "NEW_SERVICE tcp 198.18.3.1:80 rr;NEW_SERVICE tcp 198.18.3.2:80 rr;"
          + "NEW_SERVICE tcp 198.18.3.3:80 rr;NEW_SERVICE tcp 198.18.4.0:443 rr;"
          + "NEW_SERVICE tcp 198.18.4.1:443 rr;NEW_SERVICE fwmark 9 rr;"
          + "NEW_DEST tcp 198.18.3.1:80 -> 198.18.2.21:80 route w 2;"
          + "NEW_DEST tcp 198.18.3.2:80 -> 198.18.2.21:80 route w 2;"
          + "NEW_DEST tcp 198.18.3.3:80 -> 198.18.2.21:80 route w 2;"
          + "NEW_DEST tcp 198.18.4.0:443 -> 198.18.2.21:443 route w 2;"
          + "NEW_DEST tcp 198.18.4.1:443 -> 198.18.2.21:443 route w 2;"
          + "NEW_DEST fwmark 9 -> 198.18.2.21:0 route w 2",
      "virtual_server group G6 {~lb_algo rr~lb_kind TUN||"
          + "NEW_SERVICE tcp [fd00::10]:80 rr;NEW_SERVICE tcp [fd00::11]:80 rr;"
          + "NEW_SERVICE fwmark 11 inet6 rr;"
          + "NEW_DEST tcp [fd00::10]:80 -> 198.18.2.21:80 tunnel w 2;"
          + "NEW_DEST tcp [fd00::11]:80 -> 198.18.2.21:80 tunnel w 2;"
          + "NEW_DEST fwmark 11 inet6 -> 198.18.2.21:0 tunnel w 2",
  })
  void startProgramsTheKernelAsKeepalived(String row) {
    String[] cols = row.replace('~', '\n').split("\\|", -1);
    try (LvsRig rig = LvsRig.start(conf(cols[0], cols[1]))) {
      assertThat(rig.ipvs.calls()).containsExactly(cols[2].split(";"));
    }
  }
}
