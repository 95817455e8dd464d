package org.jkeepalived.test.lvs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jkeepalived.testkit.IpvsGuest;
import org.junit.jupiter.api.Assumptions;

/**
 * An IPVS guest boot running one of the scripts of {@code src/test/resources/lvs} with its helpers
 * ({@code lib.sh}) and the files it names, and a {@code jvm} shell function that execs this test
 * JVM's class path (so the daemon's pid is the one {@code &} gives).
 */
final class LvsGuest {
  private LvsGuest() {}

  static void assumeAvailable() {
    Assumptions.assumeTrue(IpvsGuest.unavailableReason().isEmpty(),
        () -> IpvsGuest.unavailableReason().orElse(""));
  }

  static IpvsGuest script(String script, Duration timeout, String... files) {
    String run = "jvm() { exec " + IpvsGuest.JAVA
        + " -Djdk.lang.Process.launchMechanism=VFORK \"$@\"; }\n. /lbio/" + script + "\n";
    IpvsGuest g = IpvsGuest.script(run).withThisJvm().timeout(timeout)
        .file("lib.sh", resource("lib.sh")).file(script, resource(script));
    for (String f : files) {
      g.file(f, resource(f));
    }
    return g;
  }

  static String resource(String name) {
    try (InputStream in = LvsGuest.class.getResourceAsStream("/lvs/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource lvs/" + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code ipvsadm -Sn} lines, sorted: the kernel's hash order is no part of the table. */
  static java.util.List<String> table(String dump) {
    return dump.lines().filter(l -> !l.isBlank()).sorted().toList();
  }
}
