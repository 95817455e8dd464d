package org.jkeepalived.conf.lvs;

import java.util.Locale;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.mibs.config.lvs.CheckerKind;
import org.jkeepalived.mibs.config.lvs.DnsType;

/** The extra keywords of SMTP_CHECK, DNS_CHECK and UDP_CHECK. */
final class SmtpDnsUdpKeywords {
  private SmtpDnsUdpKeywords() {}

  /** helo_name, and host blocks (further targets with the connection and timing options). */
  static KeywordTable.Builder<CheckerBuilder> smtp(
      KeywordTable.Builder<CheckerBuilder> t, KeywordTable<CheckerBuilder> host) {
    return t.on("helo_name", (n, b, c) -> {
          if (n.arg(0) == null) {
            c.error(n, "SMTP_CHECK helo name missing");
          } else {
            b.heloName = n.arg(0);
          }
        })
        .on("host", (n, b, c) -> {
          CheckerBuilder h = new CheckerBuilder(CheckerKind.SMTP_CHECK, b.rs);
          host.apply(n.children(), h, c);
          b.hosts.add(h);
        });
  }

  /** type (A, NS, CNAME, SOA, MX, TXT, AAAA; any case) and name. */
  static KeywordTable.Builder<CheckerBuilder> dns(KeywordTable.Builder<CheckerBuilder> t) {
    return t.on("type", (n, b, c) -> {
          String s = LvsArgs.required(n, 0, c);
          if (s == null) {
            return;
          }
          try {
            b.dnsType = DnsType.valueOf(s.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            c.error(n, "Unknown DNS check type " + s + " - ignoring");
          }
        })
        .on("name", (n, b, c) -> {
          String s = LvsArgs.required(n, 0, c);
          if (s != null) {
            b.dnsName = s;
          }
        });
  }

  /** payload HEX, require_reply [HEX], min_reply_length, max_reply_length. */
  static KeywordTable.Builder<CheckerBuilder> udp(KeywordTable.Builder<CheckerBuilder> t) {
    return t.on("payload", (n, b, c) -> {
          if (n.args().isEmpty()) {
            c.error(n, "UDP_CHECK payload requires a payload");
            return;
          }
          String hex = HexStrings.parse(n.args(), false);
          if (hex == null) {
            c.error(n, "Invalid hex string for UDP_CHECK payload");
          } else {
            b.payloadHex = hex;
          }
        })
        .on("require_reply", (n, b, c) -> {
          if (n.args().isEmpty()) {
            b.requireReply = true;
            return;
          }
          String hex = HexStrings.parse(n.args(), true);
          if (hex == null) {
            c.error(n, "Invalid hex string for UDP_CHECK require_reply");
          } else {
            b.requireReply = true;
            b.replyPattern = hex;
          }
        })
        .on("min_reply_length", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, 65535, c);
          if (v != null) {
            b.minReplyLength = v.intValue();
          }
        })
        .on("max_reply_length", (n, b, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, 65535, c);
          if (v != null) {
            b.maxReplyLength = v.intValue();
          }
        });
  }
}
