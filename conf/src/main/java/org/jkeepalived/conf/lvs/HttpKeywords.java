package org.jkeepalived.conf.lvs;

import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.conf.kw.KeywordTable;
import org.jkeepalived.conf.kw.ParseContext;
import org.jkeepalived.conf.kw.Values;
import org.jkeepalived.conf.tree.ConfNode;
import org.jkeepalived.mibs.config.lvs.HttpProtocol;
import org.jkeepalived.mibs.config.lvs.StatusRange;
import org.jkeepalived.mibs.config.lvs.UrlSpec;

/** HTTP_GET/SSL_GET keywords and their url blocks (check_http.c). */
final class HttpKeywords {
  private HttpKeywords() {}

  /** A url block while it is read. */
  static final class UrlBuilder {
    String path;
    String digest;
    final List<StatusRange> status = new ArrayList<>();
    String virtualhost;
    String regex;
    boolean regexNoMatch;
    final List<String> regexOptions = new ArrayList<>();
    long stackStart;
    long stackMax;
    long minOffset;
    long maxOffset;

    UrlSpec build() {
      return new UrlSpec(path, digest, status.isEmpty() ? List.of(StatusRange.SUCCESS) : status,
          virtualhost, regex, regexNoMatch, regexOptions, stackStart, stackMax, minOffset,
          maxOffset);
    }
  }

  private static final KeywordTable<UrlBuilder> URL = url();

  static KeywordTable.Builder<CheckerBuilder> install(KeywordTable.Builder<CheckerBuilder> t) {
    return t.on("url", HttpKeywords::readUrl)
        .on("nb_get_retry", (n, b, c) -> {
          c.warning(n, "nb_get_retry is deprecated - please use 'retry'");
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
          if (v != null) {
            b.retry = v.intValue();
          }
        })
        .on("http_protocol", (n, b, c) -> {
          String s = LvsArgs.required(n, 0, c);
          if (s == null) {
            return;
          }
          switch (s) {
            case "1.0" -> b.httpProtocol = HttpProtocol.HTTP_1_0;
            case "1.0C", "1.0c" -> b.httpProtocol = HttpProtocol.HTTP_1_0C;
            case "1.1" -> b.httpProtocol = HttpProtocol.HTTP_1_1;
            default -> c.error(n, "Invalid http_protocol version " + s);
          }
        })
        .on("fast_recovery", (n, b, c) -> VirtualServerTable.flag(
            n, c, "Invalid fast_recovery parameter", v -> b.fastRecovery = v))
        .on("virtualhost", (n, b, c) -> b.virtualhost = LvsArgs.required(n, 0, c))
        .set("enable_sni", b -> b.enableSni = true);
  }

  private static void readUrl(ConfNode n, CheckerBuilder b, ParseContext c) {
    UrlBuilder u = new UrlBuilder();
    URL.apply(n.children(), u, c);
    if (u.path == null) {
      c.diagnostics().error(LvsArgs.blockEnd(n), "HTTP/SSL_GET checker url has no path - ignoring");
      return;
    }
    regexCorrections(u);
    b.urls.add(u.build());
  }

  /**
   * check_http.c url_end_handler: regex settings without a regex are dropped, and offsets whose
   * minimum is past the maximum are both dropped. keepalived only logs these (log_message, which
   * {@code keepalived -t} does not print: golden/http-get.out), so nothing is reported here.
   */
  private static void regexCorrections(UrlBuilder u) {
    if (u.regex == null) {
      u.regexOptions.clear();
      u.regexNoMatch = false;
      u.minOffset = 0;
      u.maxOffset = 0;
      u.stackStart = 0;
      u.stackMax = 0;
    }
    if (u.maxOffset != 0 && u.minOffset >= u.maxOffset) {
      u.minOffset = 0;
      u.maxOffset = 0;
    }
  }

  private static KeywordTable<UrlBuilder> url() {
    KeywordTable.Builder<UrlBuilder> t = KeywordTable.builder("url");
    t.on("path", (n, u, c) -> u.path = LvsArgs.required(n, 0, c))
        .on("digest", (n, u, c) -> {
          String s = LvsArgs.required(n, 0, c);
          if (s == null) {
            return;
          }
          // keepalived 2.2.7 reports any second digest this way, whatever its value.
          if (u.digest != null) {
            c.error(n, "Digest '" + s + "' is a duplicate");
          } else if (s.length() != 32 || HexStrings.parse(List.of(s), false) == null) {
            c.error(n, "digest '" + s + "' is not a valid MD5 hex digest - ignoring");
          } else {
            u.digest = s.toLowerCase(java.util.Locale.ROOT);
          }
        })
        .on("status_code", HttpKeywords::statusCodes)
        .on("virtualhost", (n, u, c) -> u.virtualhost = LvsArgs.required(n, 0, c))
        .on("regex", (n, u, c) -> u.regex = LvsArgs.required(n, 0, c))
        .set("regex_no_match", u -> u.regexNoMatch = true)
        .on("regex_options", (n, u, c) -> u.regexOptions.addAll(n.args()))
        .on("regex_stack", (n, u, c) -> {
          Long a = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
          Long z = a == null ? null : LvsArgs.unsigned(n, 1, 0, LvsArgs.UINT_MAX, c);
          if (z != null) {
            u.stackStart = a;
            u.stackMax = z;
          }
        })
        .on("regex_min_offset", (n, u, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
          if (v != null) {
            u.minOffset = v;
          }
        })
        .on("regex_max_offset", (n, u, c) -> {
          Long v = LvsArgs.unsigned(n, 0, 0, LvsArgs.UINT_MAX, c);
          if (v != null) {
            // check_http.c: "regex_max_offset is one beyond last acceptable position"
            u.maxOffset = v + 1;
          }
        });
    return t.build();
  }

  /** {@code status_code N|N-M ...}: codes 100-599; each bad word is reported and skipped. */
  private static void statusCodes(ConfNode n, UrlBuilder u, ParseContext c) {
    LvsArgs.required(n, 0, c);
    for (String w : n.args()) {
      StatusRange r = statusRange(w);
      if (r == null) {
        c.error(n, "Invalid HTTP_GET status code '" + w + "'");
      } else {
        u.status.add(r);
      }
    }
  }

  static StatusRange statusRange(String w) {
    int dash = w.indexOf('-', 1);
    Long lo = Values.parseLong(dash < 0 ? w : w.substring(0, dash));
    Long hi = dash < 0 ? lo : Values.parseLong(w.substring(dash + 1));
    if (lo == null || hi == null || lo < 100 || hi > 599 || lo > hi) {
      return null;
    }
    return new StatusRange(lo.intValue(), hi.intValue());
  }
}
