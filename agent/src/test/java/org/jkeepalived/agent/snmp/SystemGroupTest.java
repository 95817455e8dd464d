package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.agent.snmp.service.MibSubtrees;
import org.jkeepalived.mibs.config.GlobalDefs;
import org.jkeepalived.mibs.model.Tables;
import org.jkeepalived.mibs.store.Index;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.PDU;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Issue 19 item 9: what keepalived behind snmpd shows besides its MIBs. sysName was the host name
 * where keepalived's showed router_id; sysORTable was empty where keepalived registers one row per
 * MIB module; smtpServerAddressType was ipv4(1) with no SMTP server where keepalived says ipv6(2).
 */
class SystemGroupTest {
  static final int PORT = 16406;
  static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";
  static final String SYS_OR_DESCR = "1.3.6.1.2.1.1.9.1.3";
  static final String SMTP_TYPE = "1.3.6.1.4.1.9586.100.5.1.3.1.0";
  static final String SMTP_ADDRESS = "1.3.6.1.4.1.9586.100.5.1.3.2.0";

  @TempDir static Path dir;
  static ObjectStore store;
  static SnmpAgent agent;
  static TestClient client;

  @BeforeAll
  static void startAgent() throws Exception {
    store = ScaleMib.store(1); // router_id bench1, no smtp_server
    AgentSettings settings =
        TestAgents.settings(PORT, List.of(new CommunitySettings("public", AgentSettings.ALL_VIEW,
            null)), dir.resolve("engine"));
    GlobalDefs.Snmp all = new GlobalDefs.Snmp(null, true, true, true, true, true);
    agent = SnmpAgent.start(settings, MibSubtrees.binding(store, all), routerId());
    agent.started().get(20, TimeUnit.SECONDS);
    client = new TestClient(PORT);
  }

  static String routerId() {
    return store.snapshot().config(Tables.GLOBAL, Index.of(0)).orElseThrow().global().routerId();
  }

  @AfterAll
  static void stopAgent() throws Exception {
    TestAgents.close(client, agent, store);
  }

  @Test
  void sysNameIsTheRouterId() throws Exception {
    PDU r = client.get(client.community(SnmpConstants.version2c, "public"), SYS_NAME);
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString(routerId()));
  }

  @Test
  void sysOrTableNamesEachServedModuleAsKeepalivedDoes() throws Exception {
    List<String> descrs = new ArrayList<>();
    OID column = new OID(SYS_OR_DESCR);
    String next = SYS_OR_DESCR;
    for (int i = 0; i < 20; i++) {
      PDU r = client.getNext(client.community(SnmpConstants.version2c, "public"), next);
      OID oid = r.get(0).getOid();
      if (!oid.startsWith(column)) {
        break;
      }
      descrs.add(r.get(0).getVariable().toString());
      next = oid.toDottedString();
    }
    assertThat(descrs).contains(
        "The MIB module for Keepalived",
        "The MIB module for KEEPALIVED-VRRP",
        "The MIB module for VRRP",
        "The MIB module for VRRPV3");
  }

  @Test
  void noSmtpServerReadsIpv6AndFourZeroOctetsAsKeepalived() throws Exception {
    PDU r = client.get(client.community(SnmpConstants.version2c, "public"), SMTP_TYPE,
        SMTP_ADDRESS);
    assertThat(r.get(0).getVariable().toInt()).isEqualTo(2);
    assertThat(r.get(1).getVariable()).isEqualTo(new OctetString(new byte[4]));
  }
}
