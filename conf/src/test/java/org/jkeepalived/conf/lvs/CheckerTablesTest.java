package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.BfdCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.DnsCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.FileCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.HttpGetCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.MiscCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.PingCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.SmtpCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.SslGetCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.TcpCheck;
import org.jkeepalived.mibs.config.lvs.CheckerConfig.UdpCheck;
import org.jkeepalived.mibs.config.lvs.DnsType;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;
import org.jkeepalived.mibs.config.lvs.StatusRange;
import org.jkeepalived.mibs.config.lvs.UrlSpec;
import org.junit.jupiter.api.Test;

class CheckerTablesTest {
  private static List<CheckerConfig> checkers(String vsBody, String rsBody) {
    var p = LvsTestSupport.parse("""
        global_defs {
          enable_script_security
        }
        vrrp_track_file tf {
          file /tmp/jkcl-tf
        }
        bfd_instance b1 {
          neighbor_ip 198.18.1.2
        }
        virtual_server 198.18.1.1 80 {
          protocol TCP
          lb_algo rr
          lb_kind NAT
        """ + vsBody + """
          real_server 198.18.1.2 80 {
        """ + rsBody + """
          }
        }
        """);
    assertThat(p.messages()).isEmpty();
    return p.lvs().virtualServers().get(0).realServers().get(0).checkers();
  }

  @Test
  void connectionOptionsAndTimingAreRead() throws Exception {
    var c = (TcpCheck) checkers("", """
        TCP_CHECK {
          connect_ip 198.18.1.20
          connect_port 8080
          bindto 198.18.1.30
          bind_port 4000
          bind_if eth0
          fwmark 7
          connect_timeout 2.5
          retry 4
          delay_before_retry 0
          warmup 1
          delay_loop 9
          alpha
          log_all_failures
        }
        """).get(0);
    assertThat(c.connection().connectIp()).isEqualTo(InetAddress.getByName("198.18.1.20"));
    assertThat(c.connection().connectPort()).isEqualTo(8080);
    assertThat(c.connection().bindTo()).isEqualTo(InetAddress.getByName("198.18.1.30"));
    assertThat(c.connection().bindPort()).isEqualTo(4000);
    assertThat(c.connection().bindIf()).isEqualTo("eth0");
    assertThat(c.connection().fwmark()).isEqualTo(7);
    assertThat(c.connection().connectTimeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(c.timing().retry()).isEqualTo(4);
    assertThat(c.timing().delayBeforeRetry()).isEqualTo(Duration.ZERO);
    assertThat(c.timing().warmup()).isEqualTo(Duration.ofSeconds(1));
    assertThat(c.timing().delayLoop()).isEqualTo(Duration.ofSeconds(9));
    assertThat(c.timing().alpha()).isTrue();
    assertThat(c.timing().logAllFailures()).isTrue();
  }

  @Test
  void defaultsComeFromRealServerThenVirtualServerThenCheckerType() throws Exception {
    List<CheckerConfig> cs = checkers("""
          delay_loop 10
          connect_timeout 7
          alpha
        """, """
          retry 5
          TCP_CHECK {
          }
          DNS_CHECK {
            retry 2
          }
          HTTP_GET {
            url {
              path /
            }
          }
        """);
    var tcp = (TcpCheck) cs.get(0);
    assertThat(tcp.connection().connectIp()).isEqualTo(InetAddress.getByName("198.18.1.2"));
    assertThat(tcp.connection().connectPort()).isEqualTo(80);
    assertThat(tcp.connection().connectTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(tcp.timing().retry()).isEqualTo(5);
    assertThat(tcp.timing().delayLoop()).isEqualTo(Duration.ofSeconds(10));
    assertThat(tcp.timing().warmup()).isEqualTo(Duration.ofSeconds(10));
    assertThat(tcp.timing().delayBeforeRetry()).isEqualTo(Duration.ofSeconds(1));
    assertThat(tcp.timing().alpha()).isTrue();
    var dns = (DnsCheck) cs.get(1);
    assertThat(dns.timing().retry()).isEqualTo(2);
    assertThat(dns.timing().delayBeforeRetry()).isEqualTo(Duration.ofSeconds(10));
    assertThat(dns.type()).isEqualTo(DnsType.SOA);
    assertThat(dns.name()).isEqualTo(".");
    var http = (HttpGetCheck) cs.get(2);
    assertThat(http.timing().delayBeforeRetry()).isEqualTo(Duration.ofSeconds(3));
    assertThat(http.http().urls().get(0).statusCodes()).containsExactly(StatusRange.SUCCESS);
  }

  @Test
  void httpAndSslUrls() {
    List<CheckerConfig> cs = checkers("  virtualhost vs.example\n", """
          HTTP_GET {
            http_protocol 1.1
            fast_recovery
            url {
              path /a
              digest 640205B7B0FC66C1EA91C463FAC6334D
              status_code 200 300-399
              virtualhost u.example
              regex ^ok
              regex_no_match
              regex_options caseless multiline
              regex_stack 1000 2000
              regex_min_offset 2
              regex_max_offset 9
            }
          }
          SSL_GET {
            enable_sni
            url {
              path /b
            }
          }
        """);
    var http = (HttpGetCheck) cs.get(0);
    assertThat(http.http().protocol()).isEqualTo(HttpProtocol.HTTP_1_1);
    assertThat(http.http().fastRecovery()).isTrue();
    assertThat(http.http().virtualhost()).isEqualTo("vs.example");
    UrlSpec u = http.http().urls().get(0);
    assertThat(u).isEqualTo(new UrlSpec("/a", "640205b7b0fc66c1ea91c463fac6334d",
        List.of(new StatusRange(200, 200), new StatusRange(300, 399)), "u.example", "^ok", true,
        List.of("caseless", "multiline"), 1000, 2000, 2, 10));
    var ssl = (SslGetCheck) cs.get(1);
    assertThat(ssl.enableSni()).isTrue();
    assertThat(ssl.http().urls().get(0).path()).isEqualTo("/b");
  }

  @Test
  void smtpDnsMiscUdpPingFileBfd() throws Exception {
    List<CheckerConfig> cs = checkers("", """
          SMTP_CHECK {
            helo_name mx.example
            host {
              connect_ip 198.18.1.40
              connect_port 587
            }
          }
          DNS_CHECK {
            type aaaa
            name example.com
          }
          MISC_CHECK {
            misc_path "/bin/true a b"
            misc_timeout 4
            misc_dynamic
            user nobody
          }
          UDP_CHECK {
            payload Ab12f 3
            require_reply 0X1x
            min_reply_length 2
            max_reply_length 20
          }
          PING_CHECK {
          }
          FILE_CHECK {
            track_file tf
            weight -3 reverse
          }
          BFD_CHECK {
            name b1
          }
        """);
    var smtp = (SmtpCheck) cs.get(0);
    assertThat(smtp.heloName()).isEqualTo("mx.example");
    assertThat(smtp.hosts().get(0).connectIp()).isEqualTo(InetAddress.getByName("198.18.1.40"));
    assertThat(smtp.hosts().get(0).connectPort()).isEqualTo(587);
    var dns = (DnsCheck) cs.get(1);
    assertThat(dns.type()).isEqualTo(DnsType.AAAA);
    assertThat(dns.name()).isEqualTo("example.com");
    var misc = (MiscCheck) cs.get(2);
    assertThat(misc.script().command()).containsExactly("/bin/true", "a", "b");
    assertThat(misc.script().user()).isEqualTo("nobody");
    assertThat(misc.timeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(misc.dynamic()).isTrue();
    assertThat(misc.timing().retry()).isZero();
    var udp = (UdpCheck) cs.get(3);
    assertThat(udp.udp().payloadHex()).isEqualTo("ab120f03");
    assertThat(udp.udp().requireReply()).isTrue();
    assertThat(udp.udp().replyPattern()).isEqualTo("0x1x");
    assertThat(udp.udp().minReplyLength()).isEqualTo(2);
    assertThat(udp.udp().maxReplyLength()).isEqualTo(20);
    assertThat(cs.get(4)).isInstanceOf(PingCheck.class);
    assertThat(cs.get(5)).isEqualTo(new FileCheck("tf", -3, true));
    assertThat(cs.get(6)).isEqualTo(new BfdCheck("b1"));
  }

  /**
   * check_file.c file_end_handler: a FILE_CHECK without a weight of its own takes the
   * track_file's weight and reverse (keepalived 2.2.7), not 1; its own weight, even 0, wins; a
   * weight line with an unknown option is ignored whole.
   */
  @Test
  void fileCheckWithoutWeightTakesTheTrackFilesWeight() {
    var p = oneRealServer("""
        track_file heavy {
          file /tmp/jkcl-heavy
          weight -5 reverse
        }
        track_file plain {
          file /tmp/jkcl-plain
        }
        ---
            FILE_CHECK {
              track_file heavy
            }
            FILE_CHECK {
              track_file plain
            }
            FILE_CHECK {
              track_file heavy
              weight 0
            }
            FILE_CHECK {
              weight 7 sideways
              track_file heavy
            }
            FILE_CHECK {
              weight 7 noreverse
              track_file heavy
            }
        """);
    assertThat(p.messages()).singleElement().asString()
        .contains("unknown track file weight option sideways - ignoring");
    assertThat(p.lvs().virtualServers().get(0).realServers().get(0).checkers()).containsExactly(
        new FileCheck("heavy", -5, true), new FileCheck("plain", 1, false),
        new FileCheck("heavy", 0, false), new FileCheck("heavy", -5, true),
        new FileCheck("heavy", 7, false));
  }

  /** global_defs checker_log_all_failures applies to every checker (check_tcp.c and the rest). */
  @Test
  void globalCheckerLogAllFailuresReachesEveryChecker() {
    var p = oneRealServer("""
        global_defs {
          checker_log_all_failures
        }
        ---
            TCP_CHECK {
            }
        """);
    assertThat(p.messages()).isEmpty();
    var c = p.lvs().virtualServers().get(0).realServers().get(0).checkers().get(0);
    assertThat(c.timing().logAllFailures()).isTrue();
  }

  /**
   * check_http.c url_end_handler: regex settings without a regex, and a minimum offset past the
   * maximum, are dropped (keepalived only logs it); regex_max_offset N is kept as N + 1,
   * keepalived's "one beyond last acceptable position".
   */
  @Test
  void regexOffsetsAsKeepalivedKeepsThem() {
    var p = oneRealServer("""
        ---
            HTTP_GET {
              url {
                path /a
                regex_min_offset 3
                regex_max_offset 0
              }
              url {
                path /b
                regex_no_match
                regex_max_offset 9
              }
              url {
                path /c
                regex ok
                regex_min_offset 5
                regex_max_offset 3
              }
              url {
                path /d
                regex ok
                regex_min_offset 3
                regex_max_offset 3
              }
            }
        """);
    // keepalived only logs these corrections: -t prints nothing (golden/http-get.out)
    assertThat(p.messages()).isEmpty();
    var urls = ((HttpGetCheck) p.lvs().virtualServers().get(0).realServers().get(0).checkers()
        .get(0)).http().urls();
    assertThat(urls).extracting(u -> u.regexMinOffset() + "-" + u.regexMaxOffset()
        + (u.regexNoMatch() ? " no-match" : "")).containsExactly("0-0", "0-0", "0-0", "3-4");
  }

  /**
   * Parses {@code text}: what comes before its "---" line at top level, then after it the body of
   * one real server in a TCP virtual server (round robin, NAT).
   */
  private static LvsTestSupport.Parsed oneRealServer(String text) {
    String[] parts = text.split("(?m)^\\s*---\\s*$", 2);
    return LvsTestSupport.parse(parts[0] + String.join("\n",
        "virtual_server 198.18.1.1 80 {", "protocol TCP", "lb_algo rr", "lb_kind NAT",
        "real_server 198.18.1.2 80 {", parts[1], "}", "}", ""));
  }
}
