package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * The real KEEPALIVED-MIB bindings (tables and scalar groups) over a store loaded from a config of
 * three instances: GETBULK and GETNEXT walks agree cell for cell, in increasing OID order.
 */
class RealMibWalkTest {
  static final int PORT = 16404;
  static final OID ROOT = new OID(WalkTiming.KEEPALIVED_MIB);

  @TempDir static Path dir;
  static ObjectStore store;
  static SnmpAgent agent;
  static TestClient client;

  @BeforeAll
  static void startAgent() throws Exception {
    store = ScaleMib.store(3);
    AgentSettings settings =
        TestAgents.settings(PORT, List.of(new CommunitySettings("public", AgentSettings.ALL_VIEW, null)), dir.resolve("engine"));
    agent = SnmpAgent.start(settings, ScaleMib.binding(store), routerId());
    agent.started().get(20, TimeUnit.SECONDS);
    client = new TestClient(PORT);
  }

  /** The loaded config's router_id, which the daemon passes as sysName. */
  static String routerId() {
    return store.snapshot().config(Tables.GLOBAL, Index.of(0)).orElseThrow().global().routerId();
  }

  @AfterAll
  static void stopAgent() throws Exception {
    TestAgents.close(client, agent, store);
  }

  private static Target<UdpAddress> v2c() {
    return client.community(SnmpConstants.version2c, "public");
  }

  private static List<String> walk(boolean bulk) throws Exception {
    List<String> out = new ArrayList<>();
    OID next = ROOT;
    while (true) {
      PDU r =
          bulk
              ? client.bulk(v2c(), next.toDottedString(), 10)
              : client.getNext(v2c(), next.toDottedString());
      assertThat(r).isNotNull();
      assertThat(r.getErrorStatus()).isZero();
      for (VariableBinding vb : r.getVariableBindings()) {
        if (!vb.getOid().startsWith(ROOT) || vb.getVariable().isException()) {
          return out;
        }
        assertThat(vb.getOid()).as("walk moves forward").isGreaterThan(next);
        out.add(vb.getOid() + " = " + vb.getVariable());
        next = vb.getOid();
      }
    }
  }

  @Test
  void bulkAndNextWalksAgreeAndCoverScalarsAndInstances() throws Exception {
    List<String> bulk = walk(true);
    List<String> next = walk(false);
    assertThat(bulk).isEqualTo(next);
    // routerId.0 of the global scalar group, and vrrpInstanceName of each instance.
    assertThat(bulk).contains("1.3.6.1.4.1.9586.100.5.1.2.0 = bench1");
    for (int i = 1; i <= 3; i++) {
      assertThat(bulk).contains("1.3.6.1.4.1.9586.100.5.2.3.1.2." + i + " = VI_" + i);
    }
  }

  @Test
  void scalarGroupGetAndAbsentInstance() throws Exception {
    PDU r = client.get(v2c(), "1.3.6.1.4.1.9586.100.5.1.2.0", "1.3.6.1.4.1.9586.100.5.1.2.1");
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString("bench1"));
    assertThat(r.get(1).getVariable().isException()).isTrue();
  }

  /*
   * Issue 19 item 9: what keepalived behind snmpd shows besides its MIBs. sysName was the host
   * name where keepalived's showed router_id; sysORTable was empty where keepalived registers one
   * row per MIB module; smtpServerAddressType was ipv4(1) with no SMTP server (this config has
   * none) where keepalived says ipv6(2) beside four zero octets.
   */

  @Test
  void sysNameIsTheRouterId() throws Exception {
    PDU r = client.get(v2c(), "1.3.6.1.2.1.1.5.0");
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString(routerId()));
  }

  @Test
  void sysOrTableNamesEachServedModuleAsKeepalivedDoes() throws Exception {
    List<String> descrs = new ArrayList<>();
    OID column = new OID("1.3.6.1.2.1.1.9.1.3");
    OID next = column;
    for (int i = 0; i < 20; i++) {
      VariableBinding vb = client.getNext(v2c(), next.toDottedString()).get(0);
      if (!vb.getOid().startsWith(column)) {
        break;
      }
      descrs.add(vb.getVariable().toString());
      next = vb.getOid();
    }
    assertThat(descrs).containsExactly("The MIB module for Keepalived",
        "The MIB module for KEEPALIVED-VRRP", "The MIB module for Healthchecker",
        "The MIB module for VRRP", "The MIB module for VRRPV3");
  }

  @Test
  void noSmtpServerReadsIpv6AndFourZeroOctetsAsKeepalived() throws Exception {
    PDU r = client.get(v2c(), "1.3.6.1.4.1.9586.100.5.1.3.1.0", "1.3.6.1.4.1.9586.100.5.1.3.2.0");
    assertThat(r.get(0).getVariable().toInt()).isEqualTo(2);
    assertThat(r.get(1).getVariable()).isEqualTo(new OctetString(new byte[4]));
  }
}
