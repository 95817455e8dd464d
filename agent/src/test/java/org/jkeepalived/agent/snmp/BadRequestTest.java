package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jkeepalived.mibs.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;

/** Requests an agent must survive and count: garbage datagrams, unknown v3 users. */
class BadRequestTest {
  static final int PORT = 16403;
  /** SNMPv2-MIB snmpInASNParseErrs.0 (RFC 3418). */
  static final String IN_ASN_PARSE_ERRS = "1.3.6.1.2.1.11.6.0";
  /** SNMP-USER-BASED-SM-MIB usmStatsUnknownUserNames.0 (RFC 3414 section 3.2 step 4). */
  static final String UNKNOWN_USER_NAMES = "1.3.6.1.6.3.15.1.1.3.0";

  @TempDir static Path dir;
  static ObjectStore store;
  static SnmpAgent agent;
  static TestClient client;

  @BeforeAll
  static void startAgent() throws Exception {
    store = FakeMib.populatedStore();
    AgentSettings settings =
        TestAgents.settings(PORT, List.of(new CommunitySettings("public", AgentSettings.ALL_VIEW, null)), dir.resolve("engine"));
    agent = SnmpAgent.start(settings, FakeMib.binding(store));
    agent.started().get(20, TimeUnit.SECONDS);
    client = new TestClient(PORT);
  }

  @AfterAll
  static void stopAgent() throws Exception {
    TestAgents.close(client, agent, store);
  }

  private static Target<UdpAddress> v2c() {
    return client.community(SnmpConstants.version2c, "public");
  }

  private static long counter(String oid) throws Exception {
    PDU r = client.get(v2c(), oid);
    assertThat(r).as("agent answers a GET of %s", oid).isNotNull();
    return ((Counter32) r.get(0).getVariable()).getValue();
  }

  /** Datagrams no BER decoder can read as an SNMP message, from a fixed seed. */
  private static List<byte[]> garbage() {
    Random random = new Random(20261123L);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      byte[] b = new byte[1 + random.nextInt(300)];
      random.nextBytes(b);
      if (b[0] == 0x30) {
        b[0] = 0x31; // never a SEQUENCE: every one of these is a parse error
      }
      out.add(b);
    }
    // A SEQUENCE whose length runs past the datagram, and one with a bad length-of-length.
    out.add(new byte[] {0x30, 0x7f, 0x02, 0x01, 0x01});
    out.add(new byte[] {0x30, (byte) 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    // A v2c GET cut short inside the community string.
    out.add(new byte[] {0x30, 0x26, 0x02, 0x01, 0x01, 0x04, 0x06, 'p', 'u', 'b'});
    return out;
  }

  @Test
  void garbageDatagramsAreCountedAndTheAgentKeepsAnswering() throws Exception {
    long before = counter(IN_ASN_PARSE_ERRS);
    List<byte[]> bad = garbage();
    try (DatagramSocket s = new DatagramSocket()) {
      InetAddress lo = InetAddress.getLoopbackAddress();
      for (byte[] b : bad) {
        s.send(new DatagramPacket(b, b.length, lo, PORT));
      }
    }
    // The listener handles datagrams in order: a GET sent after them sees every one counted.
    long after = counter(IN_ASN_PARSE_ERRS);
    assertThat(after - before).isEqualTo(bad.size());
    PDU r = client.get(v2c(), FakeMib.ENTRY_OID + ".2.2");
    assertThat(r.get(0).getVariable()).isEqualTo(new OctetString("beta"));
  }

  @Test
  void unknownV3UserGetsAReportAndIsCounted() throws Exception {
    client.addNoAuthUser("ghost");
    UserTarget<UdpAddress> ghost = new UserTarget<>();
    ghost.setAddress(new UdpAddress("127.0.0.1/" + PORT));
    ghost.setVersion(SnmpConstants.version3);
    ghost.setSecurityLevel(SecurityLevel.NOAUTH_NOPRIV);
    ghost.setSecurityName(new OctetString("ghost"));
    ghost.setTimeout(2000);
    ghost.setRetries(0);
    PDU r = client.get(ghost, "1.3.6.1.2.1.1.1.0");
    // RFC 3414 section 3.2 step 4: the agent answers with a Report naming the counter.
    assertThat(r).as("a report comes back").isNotNull();
    assertThat(r.getType()).isEqualTo(PDU.REPORT);
    assertThat(r.get(0).getOid()).isEqualTo(new OID(UNKNOWN_USER_NAMES));
    // usmStats is outside every community's view: the report carries the counter's value.
    long before = ((Counter32) r.get(0).getVariable()).getValue();
    PDU again = client.get(ghost, "1.3.6.1.2.1.1.1.0");
    assertThat(((Counter32) again.get(0).getVariable()).getValue()).isEqualTo(before + 1);
  }

  @Test
  void theCountersViewReadsWhatAGetReads() throws Exception {
    // a v2c GET with a community the agent does not know: snmpInBadCommunityNames (RFC 3418)
    Target<UdpAddress> wrong = client.community(SnmpConstants.version2c, "nosuch");
    wrong.setTimeout(500);
    wrong.setRetries(0);
    long badBefore = agent.counters().getOrDefault("snmpInBadCommunityNames", -1L);
    assertThat(client.get(wrong, "1.3.6.1.2.1.1.1.0")).isNull();
    long parseErrs = counter(IN_ASN_PARSE_ERRS);
    var counters = agent.counters();
    assertThat(counters.keySet()).containsAll(SnmpCounters.OBJECTS.keySet());
    assertThat(counters.get("snmpInBadCommunityNames")).isEqualTo(badBefore + 1);
    assertThat(counters.get("snmpInASNParseErrs")).isEqualTo(parseErrs);
    assertThat(counters.get("snmpInPkts")).isPositive();
    // reading the view counts nothing: a second read without traffic is the same
    assertThat(agent.counters()).isEqualTo(counters);
  }

  @Test
  void garbageSeedProducesDistinctDatagrams() {
    // Guards the fixture: the datagrams differ, so the count above is not one packet repeated.
    List<byte[]> bad = garbage();
    assertThat(bad.stream().map(Arrays::toString).distinct().count()).isEqualTo(bad.size());
  }
}
