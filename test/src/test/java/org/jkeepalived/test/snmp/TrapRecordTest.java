package org.jkeepalived.test.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Lines as snmptrapd 5.9.3 printed them with the sink's format, -On -Ox (captured). */
class TrapRecordTest {
  private static final String LINE =
      "JKTRAP\tUDP: [127.0.0.1]:36896->[127.0.0.1]:16201"
          + "\t.1.3.6.1.2.1.1.3.0 = Timeticks: (428485) 1:11:24.85"
          + "\t.1.3.6.1.6.3.1.1.4.1.0 = OID: .1.3.6.1.4.1.9586.100.5.2.0.1"
          + "\t.1.3.6.1.4.1.9586.100.5.2.3.1.2.1 = Hex-STRING: 56 49 20 31 "
          + "\t.1.3.6.1.4.1.9586.100.5.2.3.1.4.1 = INTEGER: 2"
          + "\t.1.3.6.1.4.1.9586.100.5.2.3.1.5.1 = Hex-STRING: 0A 0B "
          + "\t.1.3.6.1.4.1.9586.100.5.2.3.1.6.1 = IpAddress: 198.18.1.1"
          + "\t.1.3.6.1.4.1.9586.100.5.2.3.1.7.1 = \"\"";

  @Test
  void parsesTrapOidUptimeAndVarbinds() {
    TrapRecord t = TrapRecord.parse(LINE, Instant.EPOCH).orElseThrow();
    assertThat(t.oid()).isEqualTo("1.3.6.1.4.1.9586.100.5.2.0.1");
    assertThat(t.uptime()).isEqualTo(428485);
    assertThat(t.source()).isEqualTo("UDP: [127.0.0.1]:36896->[127.0.0.1]:16201");
    assertThat(t.varbinds()).extracting(Varbind::oid).containsExactly(
        "1.3.6.1.4.1.9586.100.5.2.3.1.2.1", "1.3.6.1.4.1.9586.100.5.2.3.1.4.1",
        "1.3.6.1.4.1.9586.100.5.2.3.1.5.1", "1.3.6.1.4.1.9586.100.5.2.3.1.6.1",
        "1.3.6.1.4.1.9586.100.5.2.3.1.7.1");
    assertThat(t.varbind(".1.3.6.1.4.1.9586.100.5.2.3.1.2.1").orElseThrow().text())
        .isEqualTo("VI 1");
    assertThat(t.column("1.3.6.1.4.1.9586.100.5.2.3.1.4").orElseThrow().asLong()).isEqualTo(2);
    assertThat(t.varbind("1.3.6.1.4.1.9586.100.5.2.3.1.5.1").orElseThrow().bytes())
        .containsExactly(0x0a, 0x0b);
    assertThat(t.varbind("1.3.6.1.4.1.9586.100.5.2.3.1.6.1").orElseThrow())
        .isEqualTo(new Varbind("1.3.6.1.4.1.9586.100.5.2.3.1.6.1", "IpAddress", "198.18.1.1"));
    assertThat(t.varbind("1.3.6.1.4.1.9586.100.5.2.3.1.7.1").orElseThrow().text()).isEmpty();
    assertThat(t.varbind("1.3.6.1.4.1.9586.100.5.2.3.1.8.1")).isEmpty();
  }

  @Test
  void snmptrapdOwnMessagesAreNotTraps() {
    assertThat(TrapRecord.parse("NET-SNMP version 5.9.3", Instant.EPOCH)).isEmpty();
    assertThat(TrapRecord.parse("JKTRAPX\ta\tb", Instant.EPOCH)).isEmpty();
    assertThat(TrapRecord.parse("", Instant.EPOCH)).isEmpty();
  }

  @Test
  void malformedTrapLinesAreRefused() {
    assertThatThrownBy(() -> TrapRecord.parse("JKTRAP\tsrc\tgarbage", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrapRecord.parse(
        "JKTRAP\tsrc\t.1.3.6.1.2.1.1.3.0 = Timeticks: (1) 0:00:00.01", Instant.EPOCH))
        .hasMessageContaining("snmpTrapOID");
  }

  @Test
  void timeticksAndOidValues() {
    assertThat(new Varbind("1", "Timeticks", "(99) 0:00:00.99").asLong()).isEqualTo(99);
    assertThat(new Varbind("1", "OID", ".1.3.6").text()).isEqualTo("1.3.6");
    assertThat(new Varbind("1", "Gauge32", "7").asLong()).isEqualTo(7);
    assertThatThrownBy(() -> new Varbind("1", "INTEGER", "7").bytes())
        .isInstanceOf(IllegalStateException.class);
  }
}
