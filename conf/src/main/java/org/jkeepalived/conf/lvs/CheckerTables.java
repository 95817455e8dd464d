package org.jkeepalived.conf.lvs;

import java.net.InetAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jkeepalived.conf.kw.Addresses;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.RootBuilder;
import org.jkeepalived.mibs.config.lvs.CheckerKind;

/**
 * One keyword table per checker type. Every type except MISC_CHECK, FILE_CHECK and BFD_CHECK
 * takes the connection options; all but FILE_CHECK and BFD_CHECK take the timing options.
 */
final class CheckerTables {
  private CheckerTables() {}

  /** Name lookups for what checkers refer to, as defined so far in the file. */
  record Names(
      java.util.function.BiPredicate<RootBuilder, String> trackFile,
      java.util.function.BiPredicate<RootBuilder, String> bfd,
      Predicate<String> user) {}

  static Map<CheckerKind, KeywordTable<CheckerBuilder>> create(Names names) {
    Map<CheckerKind, KeywordTable<CheckerBuilder>> m = new EnumMap<>(CheckerKind.class);
    KeywordTable<CheckerBuilder> host = connection("host").build();
    m.put(CheckerKind.TCP_CHECK, connection("TCP_CHECK").build());
    m.put(CheckerKind.PING_CHECK, connection("PING_CHECK").build());
    m.put(CheckerKind.HTTP_GET, HttpKeywords.install(connection("HTTP_GET")).build());
    m.put(CheckerKind.SSL_GET, HttpKeywords.install(connection("SSL_GET")).build());
    m.put(CheckerKind.SMTP_CHECK, SmtpDnsUdpKeywords.smtp(connection("SMTP_CHECK"), host).build());
    m.put(CheckerKind.DNS_CHECK, SmtpDnsUdpKeywords.dns(connection("DNS_CHECK")).build());
    m.put(CheckerKind.UDP_CHECK, SmtpDnsUdpKeywords.udp(connection("UDP_CHECK")).build());
    m.put(CheckerKind.MISC_CHECK, MiscFileBfdKeywords.misc(timing("MISC_CHECK"), names).build());
    m.put(CheckerKind.FILE_CHECK, MiscFileBfdKeywords.file(names).build());
    m.put(CheckerKind.BFD_CHECK, MiscFileBfdKeywords.bfd(names).build());
    return m;
  }

  /** alpha, retry, delay_before_retry, warmup, delay_loop, log_all_failures. */
  static KeywordTable.Builder<CheckerBuilder> timing(String name) {
    KeywordTable.Builder<CheckerBuilder> t = KeywordTable.builder(name);
    return t
        .on("alpha", (n, b, c) -> VirtualServerTable.flag(
            n, c, "Invalid alpha parameter", v -> b.alpha = v))
        .on("log_all_failures", (n, b, c) -> VirtualServerTable.flag(
            n, c, "Invalid log_all_failures parameter", v -> b.logAllFailures = v))
        .on("retry", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
          if (v != null) {
            b.retry = v.intValue();
          } else if (n.arg(0) != null) {
            c.error(n, "Invalid retry connection value '" + n.arg(0) + "'");
          }
        })
        .on("delay_loop", Timers.delayLoop(
            "delay_loop '%s' is invalid - ignoring", (b, d) -> b.delayLoop = d))
        .on("delay_before_retry", Timers.nonNegative(null, (b, d) -> b.delayBeforeRetry = d))
        .on("warmup", Timers.nonNegative(null, (b, d) -> b.warmup = d));
  }

  /** The timing options plus connect_ip, connect_port, bindto, bind_if, bind_port, fwmark. */
  static KeywordTable.Builder<CheckerBuilder> connection(String name) {
    return timing(name)
        .on("connect_timeout", Timers.connectTimeout(
            "connect_timeout %s invalid - ignoring", (b, d) -> b.connectTimeout = d))
        .on("connect_ip", (n, b, c) -> {
          InetAddress a = address(n.arg(0));
          if (LvsArgs.required(n, 0, c) != null && a == null) {
            c.error(n, "Invalid connect_ip address " + n.arg(0) + " - ignoring");
          } else if (a != null) {
            b.connectIp = a;
          }
        })
        .on("bindto", (n, b, c) -> {
          InetAddress a = address(n.arg(0));
          if (LvsArgs.required(n, 0, c) != null && a == null) {
            c.error(n, "Invalid bindto address " + n.arg(0) + " - ignoring");
          } else if (a != null) {
            b.bindTo = a;
          }
        })
        .on("connect_port", (n, b, c) -> {
          Integer p = LvsArgs.port(n, 0, c);
          if (p != null) {
            b.connectPort = p;
          } else if (n.arg(0) != null) {
            c.error(n, "Invalid checker connect_port '" + n.arg(0) + "'");
          }
        })
        .on("bind_port", (n, b, c) -> {
          Integer p = LvsArgs.port(n, 0, c);
          if (p != null) {
            b.bindPort = p;
          } else if (n.arg(0) != null) {
            c.error(n, "Invalid checker bind_port '" + n.arg(0) + "'");
          }
        })
        .on("bind_if", (n, b, c) -> b.bindIf = LvsArgs.required(n, 0, c))
        .on("fwmark", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
          if (v != null) {
            b.fwmark = v;
          } else if (n.arg(0) != null) {
            c.error(n, "Invalid fwmark connection value '" + n.arg(0) + "'");
          }
        });
  }

  private static InetAddress address(String s) {
    return s == null ? null : Addresses.literal(s);
  }
}
