package org.jkeepalived.lvs.forward;

import java.util.Objects;
import java.util.function.Supplier;
import org.jkeepalived.linux.ipvs.IpvsControl;
import org.jkeepalived.linux.ipvs.IpvsException;

/**
 * Chooses the LVS dataplane for {@code --lvs-dataplane} and says why in one line, which the
 * caller logs: in {@code auto}, kernel IPVS is opened and asked for its version, and any refusal
 * (no ip_vs module, no generic netlink family, no permission) falls back to the forwarder.
 */
public final class DataplaneSelector {

  /** Opens kernel IPVS (the netlink implementation); throws when it is not there. */
  @FunctionalInterface
  public interface KernelIpvs {
    IpvsControl open() throws IpvsException;
  }

  /** The chosen dataplane and the log line that explains the choice. */
  public record Choice(IpvsControl control, boolean userspace, String reason) {
    public Choice {
      Objects.requireNonNull(control);
      Objects.requireNonNull(reason);
    }
  }

  private DataplaneSelector() {}

  public static Choice select(DataplaneMode mode, KernelIpvs kernel,
      Supplier<? extends IpvsControl> userspace) throws IpvsException {
    switch (mode) {
      case USERSPACE:
        return new Choice(userspace.get(), true,
            "LVS dataplane: userspace forwarder (--lvs-dataplane=userspace)");
      case IPVS:
        IpvsControl k = kernel.open();
        return new Choice(k, false, "LVS dataplane: kernel IPVS " + probe(k)
            + " (--lvs-dataplane=ipvs)");
      default:
        IpvsControl opened = null;
        try {
          opened = kernel.open();
          return new Choice(opened, false, "LVS dataplane: kernel IPVS " + probe(opened)
              + " (--lvs-dataplane=auto)");
        } catch (IpvsException e) {
          if (opened != null) {
            opened.close();
          }
          return new Choice(userspace.get(), true,
              "LVS dataplane: userspace forwarder, because kernel IPVS is unavailable ("
                  + e.getMessage() + ") (--lvs-dataplane=auto)");
        }
    }
  }

  private static String probe(IpvsControl control) throws IpvsException {
    return control.info().versionText();
  }
}
