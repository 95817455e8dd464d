package org.jkeepalived.lvs.check;

import java.net.InetAddress;
import java.time.Duration;
import org.jkeepalived.mibs.config.lvs.CheckerConfig;
import org.jkeepalived.mibs.config.lvs.CheckerTiming;
import org.jkeepalived.mibs.config.lvs.Connection;
import org.jkeepalived.mibs.config.lvs.LvsProtocol;

/** Check specs for tests: short timers so that real-time tests end quickly. */
public final class Specs {
  private Specs() {}

  public static final InetAddress LOCAL = InetAddress.getLoopbackAddress();

  public static CheckerTiming fast(int retry, boolean alpha) {
    return new CheckerTiming(Duration.ofMillis(300), Duration.ZERO, retry,
        Duration.ofMillis(100), alpha, false);
  }

  public static Connection connection(Duration timeout) {
    return new Connection(null, 0, null, null, 0, 0, timeout);
  }

  public static CheckSpec spec(String rs, int port, CheckerConfig config) {
    return spec(rs, port, LvsProtocol.TCP, config);
  }

  /** A check of 127.0.0.1:{@code port} in a virtual service of {@code protocol} on port 80. */
  public static CheckSpec spec(String rs, int port, LvsProtocol protocol, CheckerConfig config) {
    return new CheckSpec(new CheckId(rs, 0), "vs1",
        ServiceNames.trio(LOCAL, protocol, 80), protocol, LOCAL, port, null, null, config);
  }

  /**
   * A TCP check of 127.0.0.1:{@code port} whose real server has {@code rsVirtualhost} and whose
   * virtual server has {@code vsVirtualhost} (either null): the Host header falls back to the
   * real server's, then the virtual server's; SNI to the virtual server's only.
   */
  public static CheckSpec spec(String rs, int port, String rsVirtualhost, String vsVirtualhost,
      CheckerConfig config) {
    return new CheckSpec(new CheckId(rs, 0), "vs1",
        ServiceNames.trio(LOCAL, LvsProtocol.TCP, 80), LvsProtocol.TCP, LOCAL, port,
        rsVirtualhost != null ? rsVirtualhost : vsVirtualhost, vsVirtualhost, config);
  }
}
