package org.jkeepalived.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RigNamesTest {
  @Test
  void namesAreDistinctFitIfnamsizAndCarryThisJvmsTag() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String n = RigNames.next("bridge");
      assertTrue(n.length() <= RigNames.MAX_LENGTH, n);
      assertTrue(n.startsWith(RigNames.JVM_PREFIX), n);
      assertTrue(RigNames.isAllocated(n), n);
      assertTrue(seen.add(n), n);
    }
  }

  @Test
  void theLabelIsKeptWhileItFits() {
    assertTrue(RigNames.next("a").endsWith("-a"));
    assertThrows(IllegalArgumentException.class, () -> RigNames.next("Bad_label"));
  }

  @Test
  void twoPidsGiveTwoTags() {
    assertEquals("00001", RigNames.tag(1));
    assertEquals("2hwcg", RigNames.tag(4194304)); // pid_max 2^22
    assertNotEquals(RigNames.tag(4242), RigNames.tag(4243));
  }

  @Test
  void handPickedNamesAreNotAllocated() {
    assertFalse(RigNames.isAllocated("jkln1"));
    assertFalse(RigNames.isAllocated("jkvi1v"));
  }
}
