package org.jkeepalived.lvs.forward;

import java.util.Locale;

/** {@code --lvs-dataplane}: which implementation of the IPVS port the LVS engine drives. */
public enum DataplaneMode {
  /** Kernel IPVS when the kernel has it, otherwise the userspace forwarder. */
  AUTO,
  /** Kernel IPVS only: without it the LVS engine cannot start (keepalived's behaviour). */
  IPVS,
  /** The userspace forwarder, even where the kernel has IPVS. */
  USERSPACE;

  /** "auto", "ipvs" or "userspace". */
  public static DataplaneMode parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--lvs-dataplane must be auto, ipvs or userspace, not '" + text + "'", e);
    }
  }
}
