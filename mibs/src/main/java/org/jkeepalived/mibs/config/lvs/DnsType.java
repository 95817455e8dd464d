package org.jkeepalived.mibs.config.lvs;

/** DNS_CHECK query types, with the RR type number (default SOA). */
public enum DnsType {
  A(1), NS(2), CNAME(5), SOA(6), MX(15), TXT(16), AAAA(28);

  private final int code;

  DnsType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
