package org.jkeepalived.agent.lvs;

import org.jkeepalived.conf.diag.Diagnostics;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;
import org.jkeepalived.linux.ipvs.NetlinkIpvsControl;
import org.jkeepalived.lvs.forward.DataplaneMode;
import org.jkeepalived.lvs.forward.DataplaneSelector;
import org.jkeepalived.lvs.forward.UserspaceReport;
import org.jkeepalived.mibs.config.LvsConfig;

/**
 * What {@code -t} says about the LVS dataplane the daemon would use for {@code --lvs-dataplane}:
 * with {@code ipvs} and a kernel without IPVS, that the daemon would stop (fatal, as at start);
 * when the forwarder would serve (asked for, or {@code auto} without IPVS), the features it
 * cannot provide: errors when it was asked for by name, notes under {@code auto} (keepalived's
 * {@code -t} does not look at the host, and its exit code stays keepalived's).
 */
public final class DataplaneCheck {
  private DataplaneCheck() {}

  /** Checks with the kernel's IPVS. */
  public static void check(DataplaneMode mode, LvsConfig lvs, Diagnostics d) {
    check(mode, lvs, NetlinkIpvsControl::open, d);
  }

  /** Checks with {@code kernel} as the host's IPVS (tests give one that throws). */
  public static void check(DataplaneMode mode, LvsConfig lvs, DataplaneSelector.KernelIpvs kernel,
      Diagnostics d) {
    if (lvs == null || lvs.virtualServers().isEmpty()) {
      return;
    }
    String missing = mode == DataplaneMode.USERSPACE ? null : kernelMissing(kernel);
    if (mode == DataplaneMode.IPVS) {
      if (missing != null) {
        d.fatal(null, "IPVS: Can't initialize ipvs: " + missing + " (--lvs-dataplane=ipvs: the"
            + " daemon would stop; --lvs-dataplane=auto would use the userspace forwarder)");
      }
      return;
    }
    if (mode == DataplaneMode.AUTO) {
      if (missing == null) {
        return;
      }
      d.note(null, "LVS dataplane: userspace forwarder, because kernel IPVS is unavailable ("
          + missing + ") (--lvs-dataplane=auto)");
    }
    for (String line : UserspaceReport.unsupported(lvs)) {
      String message = "userspace forwarder cannot serve " + line;
      if (mode == DataplaneMode.USERSPACE) {
        d.error(null, message);
      } else {
        d.note(null, message);
      }
    }
  }

  /** Why the host has no usable kernel IPVS, or null when it has. */
  private static String kernelMissing(DataplaneSelector.KernelIpvs kernel) {
    try (IpvsControl control = kernel.open()) {
      control.info();
      return null;
    } catch (IpvsException e) {
      return e.getMessage();
    }
  }
}
