package org.jkeepalived.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetnsIT {
  private static boolean listed(String name) {
    return Proc.run(Duration.ofSeconds(10), "ip", "netns", "list").stdout().lines()
        .anyMatch(l -> l.split(" ")[0].equals(name));
  }

  @Test
  void twoNamespacesOfOneLabelGetTwoNamesAndAreGoneAfterClose() {
    assumeTrue(Netns.available(), Netns.unavailableReason());
    String a;
    String b;
    try (Netns one = Netns.create("t"); Netns two = Netns.create("t");
        Subnet net = Subnets.allocate()) {
      a = one.name();
      b = two.name();
      assertNotEquals(a, b);
      one.veth("x0", two, "y0");
      one.ip("addr", "add", net.v4(1) + "/24", "dev", "x0");
      two.ip("addr", "add", net.v4(2) + "/24", "dev", "y0");
      one.ip("link", "set", "x0", "up");
      two.ip("link", "set", "y0", "up");
      assertTrue(one.exec(Duration.ofSeconds(10), "ping", "-c", "1", "-W", "5", net.v4(2)).ok());
      assertTrue(listed(a) && listed(b));
    }
    assertFalse(listed(a));
    assertFalse(listed(b));
  }
}
