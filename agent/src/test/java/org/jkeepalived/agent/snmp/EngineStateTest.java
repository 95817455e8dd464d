package org.jkeepalived.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineStateTest {
  @TempDir Path dir;

  @Test
  void bootsGrowAcrossRestartsAndEngineIdIsStable() {
    Path f = dir.resolve("state/engine");
    EngineState first = EngineState.load(f, null);
    assertThat(first.updateEngineBoots()).isEqualTo(1);
    EngineState second = EngineState.load(f, null);
    assertThat(second.getEngineBoots()).isEqualTo(1);
    assertThat(second.updateEngineBoots()).isEqualTo(2);
    assertThat(second.engineId()).isEqualTo(first.engineId());
  }

  @Test
  void twoFreshStateFilesGiveTwoEngineIds() {
    // Issue 19 item 3: both nodes of a pair derived the same ID from the host name.
    byte[] a = EngineState.load(dir.resolve("a"), null).engineId();
    byte[] b = EngineState.load(dir.resolve("b"), null).engineId();
    assertThat(a).isNotEqualTo(b);
    assertThat(EngineState.load(null, null).engineId()).isNotEqualTo(a).isNotEqualTo(b);
  }

  @Test
  void newEngineIdFollowsRfc3411OctetsFormat() {
    byte[] id = EngineState.load(dir.resolve("engine"), null).engineId();
    // Enterprise 9586 with the RFC 3411 bit, format 5 (octets), then random octets.
    assertThat(id).hasSize(17).startsWith(0x80, 0x00, 0x25, 0x72, 0x05);
  }

  @Test
  void newEngineIdIsPersistedAtOnce() throws Exception {
    Path f = dir.resolve("engine");
    byte[] id = EngineState.load(f, null).engineId();
    assertThat(EngineState.load(f, null).engineId()).isEqualTo(id);
  }

  @Test
  void configuredEngineIdWinsOverAPersistedOne() {
    Path f = dir.resolve("engine");
    EngineState.load(f, null).updateEngineBoots();
    byte[] configured = {(byte) 0x80, 0, 0x25, 0x72, 5, 9, 9, 9};
    assertThat(EngineState.load(f, configured).engineId()).isEqualTo(configured);
  }

  @Test
  void configuredEngineIdWinsAndIsPersisted() throws Exception {
    Path f = dir.resolve("engine");
    byte[] configured = {(byte) 0x80, 0, 0x25, 0x72, 5, 1, 2, 3};
    EngineState.load(f, configured).updateEngineBoots();
    assertThat(Files.readString(f)).contains("engineId=8000257205010203");
    assertThat(EngineState.load(f, null).engineId()).isEqualTo(configured);
  }

  @Test
  void unreadableStateStartsAfresh() throws Exception {
    Path f = dir.resolve("engine");
    Files.writeString(f, "engineBoots=lots\n");
    EngineState s = EngineState.load(f, null);
    assertThat(s.getEngineBoots()).isZero();
    assertThat(s.updateEngineBoots()).isEqualTo(1);
  }

  @Test
  void withoutAFileBootsStayInMemory() {
    EngineState s = EngineState.load(null, null);
    assertThat(s.updateEngineBoots()).isEqualTo(1);
    assertThat(s.updateEngineBoots()).isEqualTo(2);
  }
}
