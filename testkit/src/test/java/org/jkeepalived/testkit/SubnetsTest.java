package org.jkeepalived.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubnetsTest {
  @Test
  void liveSubnetsAreDistinctAndComeBackWhenClosed() {
    List<Subnet> held = new ArrayList<>();
    Set<Integer> xs = new HashSet<>();
    try {
      for (int i = 0; i < Subnets.LAST - Subnets.FIRST + 1; i++) {
        Subnet s = Subnets.allocate();
        held.add(s);
        assertTrue(xs.add(s.x()), "handed out twice: " + s);
      }
      assertThrows(IllegalStateException.class, Subnets::allocate);
      Subnet back = held.remove(0);
      back.close();
      try (Subnet again = Subnets.allocate()) {
        assertEquals(back.x(), again.x());
      }
    } finally {
      held.forEach(Subnet::close);
    }
  }

  @Test
  void addressesLieInTheBenchmarkAndUlaRanges() throws Exception {
    try (Subnet s = Subnets.allocate()) {
      byte[] v4 = InetAddress.getByName(s.v4(255)).getAddress();
      assertEquals(198, v4[0] & 0xff);
      assertEquals(18, (v4[1] & 0xfe)); // 198.18.0.0/15
      byte[] v6 = InetAddress.getByName(s.v6(1)).getAddress();
      assertEquals(0xfd, v6[0] & 0xff);
      assertEquals(0, v6[1]); // fd00::/8
      assertTrue(s.v6Prefix().startsWith("fd00:0:") && s.v4Prefix().endsWith(".0/24"));
      assertThrows(IllegalArgumentException.class, () -> s.v4(256));
    }
  }
}
