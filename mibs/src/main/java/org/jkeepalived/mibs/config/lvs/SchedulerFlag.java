package org.jkeepalived.mibs.config.lvs;

/**
 * Virtual service flags ({@code ipvsadm -b}/{@code -o}) with the IPVS bit each sets. sh-fallback
 * and mh-fallback share the kernel's SCHED1 bit and sh-port/mh-port SCHED2, as in the kernel.
 */
public enum SchedulerFlag {
  FLAG_1("flag-1", 0x0008),
  FLAG_2("flag-2", 0x0010),
  FLAG_3("flag-3", 0x0020),
  SH_FALLBACK("sh-fallback", 0x0008),
  SH_PORT("sh-port", 0x0010),
  MH_FALLBACK("mh-fallback", 0x0008),
  MH_PORT("mh-port", 0x0010),
  ONE_PACKET("ops", 0x0004);

  private final String keyword;
  private final int ipvsBit;

  SchedulerFlag(String keyword, int ipvsBit) {
    this.keyword = keyword;
    this.ipvsBit = ipvsBit;
  }

  public String keyword() {
    return keyword;
  }

  /** The IP_VS_SVC_F_* bit. */
  public int ipvsBit() {
    return ipvsBit;
  }
}
