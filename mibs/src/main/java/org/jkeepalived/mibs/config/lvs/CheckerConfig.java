package org.jkeepalived.mibs.config.lvs;

import java.util.List;
import org.jkeepalived.mibs.config.ScriptSpec;

/** One health checker of a real server; one record per checker type. */
public sealed interface CheckerConfig {
  CheckerKind kind();

  /** The checker's schedule; null for FILE_CHECK and BFD_CHECK, which are not polled. */
  CheckerTiming timing();

  /** TCP_CHECK: a TCP connect succeeds. */
  record TcpCheck(Connection connection, CheckerTiming timing) implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.TCP_CHECK;
    }
  }

  /** HTTP_GET: each url answers with a wanted status (and digest/regex). */
  record HttpGetCheck(Connection connection, CheckerTiming timing, HttpSpec http)
      implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.HTTP_GET;
    }
  }

  /** SSL_GET: HTTP_GET over TLS, optionally sending SNI. */
  record SslGetCheck(Connection connection, CheckerTiming timing, HttpSpec http, boolean enableSni)
      implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.SSL_GET;
    }
  }

  /**
   * SMTP_CHECK: the SMTP dialogue (220, HELO, 250, QUIT) succeeds; each {@code host} block is a
   * further target checked the same way.
   */
  record SmtpCheck(
      Connection connection, CheckerTiming timing, String heloName, List<Connection> hosts)
      implements CheckerConfig {
    public SmtpCheck {
      hosts = List.copyOf(hosts);
    }

    public CheckerKind kind() {
      return CheckerKind.SMTP_CHECK;
    }
  }

  /** DNS_CHECK: a query of {@code type} for {@code name} is answered. */
  record DnsCheck(Connection connection, CheckerTiming timing, DnsType type, String name)
      implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.DNS_CHECK;
    }
  }

  /**
   * MISC_CHECK: a program exits 0 within {@code timeout} (null: the delay loop); with
   * {@code dynamic}, exit codes 2-255 set the weight.
   */
  record MiscCheck(
      CheckerTiming timing,
      ScriptSpec script,
      java.time.Duration timeout,
      boolean dynamic)
      implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.MISC_CHECK;
    }
  }

  /** UDP_CHECK: a datagram gets no ICMP error (or a matching reply when one is required). */
  record UdpCheck(Connection connection, CheckerTiming timing, UdpSpec udp)
      implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.UDP_CHECK;
    }
  }

  /** PING_CHECK: an ICMP echo is answered. */
  record PingCheck(Connection connection, CheckerTiming timing) implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.PING_CHECK;
    }
  }

  /** FILE_CHECK: the number in a track_file, times {@code weight}, adjusts the weight. */
  record FileCheck(String trackFile, int weight, boolean reverse) implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.FILE_CHECK;
    }

    @Override
    public CheckerTiming timing() {
      return null;
    }
  }

  /** BFD_CHECK: the named bfd_instance session is up. */
  record BfdCheck(String name) implements CheckerConfig {
    public CheckerKind kind() {
      return CheckerKind.BFD_CHECK;
    }

    @Override
    public CheckerTiming timing() {
      return null;
    }
  }
}
