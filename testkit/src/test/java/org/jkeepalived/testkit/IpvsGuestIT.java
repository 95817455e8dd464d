package org.jkeepalived.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** One boot of the IPVS guest: files go in, the script's exit code, output and files come back. */
class IpvsGuestIT {
  @Test
  void aScriptRunsInAGuestWithIpvsAndHandsBackItsFiles() {
    Assumptions.assumeTrue(IpvsGuest.unavailableReason().isEmpty(),
        () -> IpvsGuest.unavailableReason().orElse(""));
    String script = "modprobe ip_vs\n"
        + "head -1 /proc/net/ip_vs\n"
        + "tr a-z A-Z < given.txt > made.txt\n"
        + "exit 3\n";
    IpvsGuest.Result kept;
    try (IpvsGuest.Result r = IpvsGuest.script(script).file("given.txt", "hello\n").run()) {
      kept = r;
      assertEquals(3, r.exitCode(), r.output() + r.vmLog());
      assertTrue(r.output().startsWith("IP Virtual Server version "), r.output());
      assertEquals("HELLO\n", r.file("made.txt"));
      assertEquals("", r.file("never-written"));
    }
    assertTrue(!Files.exists(kept.ioDir()), "closing the result deletes its folder");
  }
}
