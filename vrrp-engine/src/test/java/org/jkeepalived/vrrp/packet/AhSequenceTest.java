package org.jkeepalived.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AhSequenceTest {
  @Test
  void sendsFromOneAndAcceptsOnlyIncreasingNumbers() {
    AhSequence s = new AhSequence();
    assertThat(s.next()).isEqualTo(1);
    assertThat(s.next()).isEqualTo(2);
    assertThat(s.accept(2)).as("a replay of our own last number").isFalse();
    assertThat(s.accept(7)).isTrue();
    assertThat(s.accept(7)).as("the same number twice").isFalse();
    assertThat(s.accept(5)).as("an older number").isFalse();
    assertThat(s.current()).isEqualTo(7);
  }

  @Test
  void aBackupTakingOverContinuesFromTheMastersLastNumber() {
    AhSequence backup = new AhSequence();
    for (long seq = 1; seq <= 40; seq++) {
      assertThat(backup.accept(seq)).isTrue();
    }
    assertThat(backup.next()).as("keepalived's shared counter").isEqualTo(41);
  }

  @Test
  void wrapsToOneAfterTheLargestUnsigned32BitNumber() {
    AhSequence s = new AhSequence();
    assertThat(s.accept(0xffffffffL)).isTrue();
    assertThat(s.next()).isEqualTo(1);
  }
}
