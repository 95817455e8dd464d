package org.jkeepalived.mibs.config.lvs;

import java.util.List;

/**
 * One url of an HTTP_GET/SSL_GET: the path, the wanted MD5 digest (lower-case hex, or null), the
 * wanted status codes (default 200-299), the Host header (null: inherited), and the optional
 * regex match with its PCRE2 options, JIT stack sizes and offsets: {@code regexMinOffset} the
 * first position a match may start at, {@code regexMaxOffset} one beyond the last one, as
 * keepalived stores it ({@code regex_max_offset N} is N + 1; 0: unset).
 */
public record UrlSpec(
    String path,
    String digest,
    List<StatusRange> statusCodes,
    String virtualhost,
    String regex,
    boolean regexNoMatch,
    List<String> regexOptions,
    long regexStackStart,
    long regexStackMax,
    long regexMinOffset,
    long regexMaxOffset) {
  public UrlSpec {
    statusCodes = List.copyOf(statusCodes);
    regexOptions = List.copyOf(regexOptions);
  }
}
