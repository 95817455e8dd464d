package org.jkeepalived.mibs.config.lvs;

import java.util.Locale;

/** The L4 protocol of a virtual service, with its IP protocol number. */
public enum LvsProtocol {
  TCP(6),
  UDP(17),
  SCTP(132);

  private final int number;

  LvsProtocol(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** Lower-case name, as keepalived prints services ({@code [addr]:tcp:80}). */
  public String lowerName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
