package org.jkeepalived.conf.lvs;

import org.jkeepalived.conf.kw.KeywordTable;

/**
 * The top-level SSL block: password, ca, certificate, key (SSL_GET's context). A second block
 * replaces the first, as keepalived does. Stored as {password, ca, certificate, key}.
 */
final class SslTable {
  private SslTable() {}

  static KeywordTable<String[]> create() {
    KeywordTable.Builder<String[]> t = KeywordTable.builder("SSL");
    return t.on("password", (n, b, c) -> b[0] = LvsArgs.required(n, 0, c))
        .on("ca", (n, b, c) -> b[1] = LvsArgs.required(n, 0, c))
        .on("certificate", (n, b, c) -> b[2] = LvsArgs.required(n, 0, c))
        .on("key", (n, b, c) -> b[3] = LvsArgs.required(n, 0, c))
        .build();
  }
}
