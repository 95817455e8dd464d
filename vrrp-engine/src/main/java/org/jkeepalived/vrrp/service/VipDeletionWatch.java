package org.jkeepalived.vrrp.service;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jkeepalived.linux.rtnl.AddressEvent;
import org.jkeepalived.linux.rtnl.LinkMonitor;
import org.jkeepalived.linux.rtnl.RtnlListener;
import org.jkeepalived.vrrp.fsm.VrrpEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the kernel's address deletions for the instances' VIPs. keepalived
 * (keepalived_netlink.c, "If one of our VIPs/eVIPs has been deleted, transition to backup")
 * takes a master whose VIP or excluded VIP someone deleted back to BACKUP, from where it becomes
 * master again after its own Skew_Time unless a higher priority router answers; the VIPs are
 * added again then. The same StepDown a deleted tracked virtual route causes.
 */
final class VipDeletionWatch {
  private static final Logger LOG = LoggerFactory.getLogger(VrrpEngine.class);

  private VipDeletionWatch() {}

  /** Subscribes; close the handle to stop. Events are handled on {@code loop}. */
  static AutoCloseable follow(
      LinkMonitor links, Executor loop, Supplier<Collection<InstanceRuntime>> instances)
      throws IOException {
    return links.subscribe(new RtnlListener() {
      @Override
      public void addressChanged(AddressEvent e) {
        if (e.kind() == AddressEvent.Kind.REMOVED) {
          loop.execute(() -> deleted(e, instances.get()));
        }
      }
    });
  }

  private static void deleted(AddressEvent e, Collection<InstanceRuntime> instances) {
    for (InstanceRuntime r : instances) {
      if (r.vips().deletedExternally(e.address()) && r.engine() != null
          && r.engine().isMaster()) {
        LOG.info("({}) VIP {} deleted: leaving MASTER", r.row().name(),
            e.address().address().getHostAddress());
        r.engine().handle(new VrrpEvent.StepDown());
      }
    }
  }
}
