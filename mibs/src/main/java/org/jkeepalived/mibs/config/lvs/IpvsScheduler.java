package org.jkeepalived.mibs.config.lvs;

import java.util.Locale;

/** The IPVS schedulers keepalived accepts for {@code lvs_sched}/{@code lb_algo}. */
public enum IpvsScheduler {
  RR, WRR, LC, WLC, LBLC, LBLCR, DH, SH, SED, NQ, FO, OVF, MH, TWOS;

  /** keepalived's default when none is configured (IPVS_DEF_SCHED). */
  public static final IpvsScheduler DEFAULT = WLC;

  /** The name as written in the configuration and given to the kernel. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scheduler with this exact (lower-case) name, or null. */
  public static IpvsScheduler fromKeyword(String s) {
    for (IpvsScheduler v : values()) {
      if (v.keyword().equals(s)) {
        return v;
      }
    }
    return null;
  }
}
