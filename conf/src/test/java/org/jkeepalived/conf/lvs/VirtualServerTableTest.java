package org.jkeepalived.conf.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.jkeepalived.mibs.config.lvs.Forwarding;
import org.jkeepalived.mibs.config.lvs.ForwardingMethod;
import org.jkeepalived.mibs.config.lvs.IpFamily;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;
import org.jkeepalived.mibs.config.lvs.RealServerConfig;
import org.jkeepalived.mibs.config.lvs.IpvsScheduler;
import org.jkeepalived.mibs.config.lvs.SchedulerFlag;
import org.jkeepalived.mibs.config.lvs.TunnelChecksum;
import org.jkeepalived.mibs.config.lvs.TunnelType;
import org.jkeepalived.mibs.config.lvs.VirtualServerConfig;
import org.jkeepalived.mibs.config.lvs.VirtualServiceId;
import org.junit.jupiter.api.Test;

class VirtualServerTableTest {
  @Test
  void readsEveryVirtualServerKeywordIntoTheRecord() throws Exception {
    var p = LvsTestSupport.parse("""
        global_defs {
          enable_script_security
        }
        virtual_server 198.18.1.1 443 {
          delay_loop 2.5
          lvs_sched mh
          mh-port
          mh-fallback
          flag-3
          lvs_method TUN type gue port 6080 csum
          persistence_timeout 120
          persistence_granularity 255.255.255.0
          persistence_engine sip
          protocol sctp
          ha_suspend
          smtp_alert
          virtualhost www.example
          snmp_name web
          alpha
          omega
          quorum 2
          hysteresis 1
          quorum_up "/bin/true up"
          quorum_down /bin/true
          sorry_server 198.18.1.9 443
          sorry_server_inhibit
          inhibit_on_failure
          real_server 198.18.1.2 443 {
            weight 3
          }
        }
        """);
    assertThat(p.messages()).isEmpty();
    VirtualServerConfig vs = p.lvs().virtualServers().get(0);
    assertThat(vs.id()).isEqualTo(new VirtualServiceId.Address(InetAddress.getByName("198.18.1.1"), 443));
    assertThat(vs.family()).isEqualTo(IpFamily.INET);
    assertThat(vs.delayLoop()).isEqualTo(Duration.ofMillis(2500));
    assertThat(vs.scheduler()).isEqualTo(IpvsScheduler.MH);
    assertThat(vs.flags()).containsExactlyInAnyOrder(
        SchedulerFlag.MH_PORT, SchedulerFlag.MH_FALLBACK, SchedulerFlag.FLAG_3);
    assertThat(vs.forwarding()).isEqualTo(
        new Forwarding(ForwardingMethod.TUN, TunnelType.GUE, 6080, TunnelChecksum.CSUM));
    assertThat(vs.persistenceTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(vs.persistenceGranularity()).isEqualTo(24);
    assertThat(vs.persistenceEngine()).isEqualTo("sip");
    assertThat(vs.protocol()).isEqualTo(LvsProtocol.SCTP);
    assertThat(vs.haSuspend()).isTrue();
    assertThat(vs.smtpAlert()).isTrue();
    assertThat(vs.virtualhost()).isEqualTo("www.example");
    assertThat(vs.snmpName()).isEqualTo("web");
    assertThat(vs.alpha()).isTrue();
    assertThat(vs.omega()).isTrue();
    assertThat(vs.quorum()).isEqualTo(2);
    assertThat(vs.hysteresis()).isEqualTo(1);
    assertThat(vs.quorumUp().command()).containsExactly("/bin/true", "up");
    assertThat(vs.quorumDown().command()).containsExactly("/bin/true");
    assertThat(vs.sorryServer().address()).isEqualTo(InetAddress.getByName("198.18.1.9"));
    assertThat(vs.sorryServer().inhibit()).isTrue();
    assertThat(vs.sorryServer().forwarding().method()).isEqualTo(ForwardingMethod.TUN);
    assertThat(vs.inhibitOnFailure()).isTrue();
    RealServerConfig rs = vs.realServers().get(0);
    assertThat(rs.weight()).isEqualTo(3);
    assertThat(rs.forwarding()).isEqualTo(vs.forwarding());
    assertThat(rs.inhibitOnFailure()).isTrue();
    assertThat(rs.delayLoop()).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void fwmarkAndGroupServicesAndIpv6() throws Exception {
    var p = LvsTestSupport.parse("""
        virtual_server_group G {
          fwmark 5 inet6
        }
        virtual_server fwmark 9 {
          lb_algo rr
          lb_kind DR
          real_server fd00::2 {
          }
        }
        virtual_server group G {
          lb_algo rr
          lb_kind NAT
          real_server fd00::3 80 {
          }
        }
        virtual_server fd00::1 80 {
          protocol TCP
          lb_algo rr
          lb_kind NAT
          persistence_granularity 64
          real_server fd00::4 8080 {
          }
        }
        """);
    assertThat(p.messages()).isEmpty();
    List<VirtualServerConfig> vss = p.lvs().virtualServers();
    assertThat(vss.get(0).id()).isEqualTo(new VirtualServiceId.Fwmark(9));
    assertThat(vss.get(0).family()).isEqualTo(IpFamily.INET6);
    assertThat(vss.get(0).protocol()).isNull();
    assertThat(vss.get(1).id()).isEqualTo(new VirtualServiceId.Group("G"));
    assertThat(vss.get(2).persistenceGranularity()).isEqualTo(64);
    assertThat(vss.get(2).persistenceTimeout()).isEqualTo(VirtualServerTable.DEFAULT_PERSISTENCE);
    // NAT may map ports: the real server keeps its own.
    assertThat(vss.get(2).realServers().get(0).port()).isEqualTo(8080);
  }

  @Test
  void shAndMhFlagsNeedTheSchedulerFirst() {
    var p = LvsTestSupport.parse("""
        virtual_server 198.18.1.1 80 {
          protocol TCP
          lb_kind NAT
          sh-port
          lb_algo sh
          sh-fallback
          real_server 198.18.1.2 80 {
          }
        }
        """);
    assertThat(p.messages()).containsExactly(
        "(t.conf: Line 4) sh-port only applies to sh scheduler - ignoring");
    assertThat(p.lvs().virtualServers().get(0).flags()).containsExactly(SchedulerFlag.SH_FALLBACK);
  }

  @Test
  void missingParameterIsFatalWithKeepalivedsWording() {
    var p = LvsTestSupport.parse("""
        virtual_server 198.18.1.1 80 {
          lb_algo
        }
        """);
    assertThat(p.messages()).containsExactly("(t.conf: Line 2) *** Configuration line starting "
        + "`lb_algo` is missing a parameter after keyword `lb_algo` at word position 2");
    assertThat(p.result().exitCode()).isEqualTo(4);
  }

  @Test
  void sslBlock() {
    var p = LvsTestSupport.parse("""
        SSL {
          password pw
          ca /etc/ca.pem
          certificate /etc/c.pem
          key /etc/k.pem
        }
        """);
    assertThat(p.lvs().ssl().password()).isEqualTo("pw");
    assertThat(p.lvs().ssl().ca()).isEqualTo("/etc/ca.pem");
    assertThat(p.lvs().ssl().certificate()).isEqualTo("/etc/c.pem");
    assertThat(p.lvs().ssl().key()).isEqualTo("/etc/k.pem");
  }
}
