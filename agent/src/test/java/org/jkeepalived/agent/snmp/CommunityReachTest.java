package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * What each credential reaches, with the settings loader's defaults (issue 19 items 1 and 2):
 * the communities never see or change SNMP's own configuration MIBs (1.3.6.1.6.3) beyond the
 * snmpEngine scalars, the write community changes only the bound writable objects, and only a
 * v3 user whose view names those MIBs reads them.
 */
class CommunityReachTest {
  static final int PORT = 16107;
  static final String RW = "private-rw";
  static final String AUTH = "auth-pass-123";
  static final String PRIV = "priv-pass-123";
  /** snmpCommunityName of the write community's row ("rw", IMPLIED index). */
  static final String RW_COMMUNITY_NAME = "1.3.6.1.6.3.18.1.1.1.2.114.119";
  static final OID SNMP_MODULES = new OID("1.3.6.1.6.3");
  static final OID SNMP_ENGINE = new OID("1.3.6.1.6.3.10.2.1");

  @TempDir static Path dir;
  static ObjectStore store;
  static SnmpAgent agent;
  static TestClient client;

  @BeforeAll
  static void startAgent() throws Exception {
    store = FakeMib.populatedStore();
    SettingsDraft d = new SettingsDraft();
    d.listen = new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT);
    d.writeCommunity = RW;
    d.stateFile = dir.resolve("engine");
    d.views.put(
        "framework", new ViewSettings("framework", List.of("1.3.6.1.6.3"), List.of()));
    d.users.put("monitor", user("monitor", AgentSettings.ALL_VIEW, AgentSettings.ALL_VIEW));
    d.users.put("admin", user("admin", "framework", null));
    agent = SnmpAgent.start(d.build(), FakeMib.binding(store));
    agent.started().get(20, TimeUnit.SECONDS);
    client = new TestClient(PORT);
    client.addUser("monitor", AUTH, PRIV);
    client.addUser("admin", AUTH, PRIV);
  }

  private static UsmUserSettings user(String name, String read, String write) {
    return new UsmUserSettings(
        name, AuthProtocol.SHA_256, AUTH, PrivProtocol.AES128, PRIV, read, write,
        AgentSettings.ALL_VIEW);
  }

  @AfterAll
  static void stopAgent() throws Exception {
    TestAgents.close(client, agent, store);
  }

  private static Target<UdpAddress> ro() {
    return client.community(SnmpConstants.version2c, "public");
  }

  private static Target<UdpAddress> rw() {
    return client.community(SnmpConstants.version2c, RW);
  }

  /** GETNEXT from {@code root} until the walk leaves the whole tree (at most 2000 steps). */
  private static List<OID> walk(Target<UdpAddress> target, String root) throws Exception {
    List<OID> out = new ArrayList<>();
    String next = root;
    for (int i = 0; i < 2000; i++) {
      PDU r = client.getNext(target, next);
      assertThat(r).as("answer to GETNEXT %s", next).isNotNull();
      VariableBinding vb = r.get(0);
      if (vb.isException()) {
        break;
      }
      out.add(vb.getOid());
      next = vb.getOid().toDottedString();
    }
    return out;
  }

  @Test
  void readCommunityCannotReadCommunityStrings() throws Exception {
    PDU r = client.get(ro(), RW_COMMUNITY_NAME);
    assertThat(r.get(0).getVariable()).isEqualTo(Null.noSuchObject);
    for (OID oid : walk(ro(), "1.3.6.1.6.3")) {
      assertThat(oid.startsWith(SNMP_ENGINE)).as("%s is an snmpEngine scalar", oid).isTrue();
    }
  }

  @Test
  void communitiesWalkOnlyTheBoundMibsAndTheSystemAndSnmpGroups() throws Exception {
    List<OID> roots =
        List.of(
            new OID(FakeMib.ROOT), new OID("1.3.6.1.2.1.1"), new OID("1.3.6.1.2.1.11"),
            SNMP_ENGINE);
    for (Target<UdpAddress> t : List.of(ro(), rw())) {
      List<OID> seen = walk(t, "1.3.6.1");
      assertThat(seen).isNotEmpty();
      for (OID oid : seen) {
        assertThat(roots.stream().anyMatch(oid::startsWith)).as("%s is allowed", oid).isTrue();
      }
      assertThat(seen).contains(new OID("1.3.6.1.6.3.10.2.1.1.0"), new OID("1.3.6.1.2.1.1.1.0"));
    }
  }

  @Test
  void writeCommunityCannotRewriteTheCommunityTable() throws Exception {
    PDU r = client.set(rw(), RW_COMMUNITY_NAME, new OctetString("hacked"));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.noAccess);
    assertThat(client.get(rw(), "1.3.6.1.2.1.1.1.0").getErrorStatus()).isZero();
    assertThat(client.get(client.community(SnmpConstants.version2c, "hacked"), "1.3.6.1.2.1.1.1.0"))
        .as("no answer to an unknown community").isNull();
  }

  @Test
  void writeCommunityWritesOnlyTheBoundWritableObjects() throws Exception {
    for (String oid :
        List.of("1.3.6.1.2.1.1.4.0", "1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.1.6.0")) {
      PDU r = client.set(rw(), oid, new OctetString("x"));
      assertThat(r.getErrorStatus()).as("SET %s", oid).isEqualTo(PDU.noAccess);
    }
    assertThat(client.set(rw(), "1.3.6.1.2.1.11.30.0", new Integer32(1)).getErrorStatus())
        .as("snmpEnableAuthenTraps").isEqualTo(PDU.noAccess);
    assertThat(client.set(rw(), "1.3.6.1.6.3.16.1.5.2.1.6.3.97.108.108.1.1", new Integer32(2))
            .getErrorStatus())
        .as("vacmViewTreeFamilyType").isEqualTo(PDU.noAccess);
    PDU ok = client.set(rw(), FakeMib.ENTRY_OID + ".3.2", new Integer32(150));
    assertThat(ok.getErrorStatus()).isZero();
  }

  @Test
  void readCommunityWritesNothing() throws Exception {
    PDU r = client.set(ro(), FakeMib.ENTRY_OID + ".3.2", new Integer32(150));
    assertThat(r.getErrorStatus()).isEqualTo(PDU.noAccess);
  }

  @Test
  void v3UserWithTheDefaultViewDoesNotSeeTheConfigurationMibs() throws Exception {
    PDU r = client.get(client.user("monitor"), RW_COMMUNITY_NAME, "1.3.6.1.6.3.10.2.1.1.0");
    assertThat(r.get(0).getVariable()).isEqualTo(Null.noSuchObject);
    assertThat(r.get(1).getVariable()).isInstanceOf(OctetString.class);
    for (OID oid : walk(client.user("monitor"), "1.3.6.1.6.3")) {
      assertThat(oid.startsWith(SNMP_ENGINE)).as("%s is an snmpEngine scalar", oid).isTrue();
    }
  }

  @Test
  void v3UserWhoseViewNamesTheConfigurationMibsReadsThemButCannotWrite() throws Exception {
    PDU r = client.get(client.user("admin"), RW_COMMUNITY_NAME);
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString(RW));
    PDU w = client.set(client.user("admin"), RW_COMMUNITY_NAME, new OctetString("hacked"));
    assertThat(w.getErrorStatus()).isEqualTo(PDU.noAccess);
  }
}
