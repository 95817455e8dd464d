package org.jkeepalived.vrrp.vip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.AddressManager;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.vrrp.filter.VipFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds and removes one instance's virtual addresses ({@code virtual_ipaddress} and {@code
 * virtual_ipaddress_excluded}) through the address manager port. An address already present
 * counts as set (EEXIST), one already gone as removed (EADDRNOTAVAIL); other failures are logged
 * and leave the VIPs "not all set". Called on the engine loop.
 *
 * <p>In no_accept mode (with {@code vrrp_strict}, or {@code no_accept}) the instance's {@link
 * VipFilter} blocks each VIP once it is on its interface and unblocks it when it is removed, as
 * keepalived does with its nftables sets.
 */
public final class VipManager {
  private static final Logger LOG = LoggerFactory.getLogger(VipManager.class);

  private final String instance;
  private final AddressManager addresses;
  private List<InterfaceAddress> wanted;
  private final List<InterfaceAddress> installed = new ArrayList<>();
  private boolean allSet;
  private VipFilter filter = VipFilter.NONE;

  public VipManager(String instance, AddressManager addresses, List<InterfaceAddress> vips) {
    this.instance = instance;
    this.addresses = addresses;
    this.wanted = List.copyOf(vips);
  }

  /**
   * Filters through {@code next} from now on (accept mode changed by a reload): installed VIPs
   * move from the old filter to the new one.
   */
  public void filterWith(VipFilter next) {
    if (next == filter) {
      return;
    }
    filter.unblockAll(installed);
    filter = next;
    filter.blockAll(installed);
  }

  /** Installs every VIP; true when all are on their interfaces. */
  public boolean addAll() {
    boolean ok = true;
    LOG.info("({}) Setting VIPs.", instance);
    List<InterfaceAddress> added = new ArrayList<>();
    for (InterfaceAddress a : wanted) {
      if (installed.stream().anyMatch(a::sameAddress)) {
        continue;
      }
      if (add(a)) {
        added.add(a);
      } else {
        ok = false;
      }
    }
    filter.blockAll(added); // one nft transaction for the instance's VIPs
    allSet = ok;
    return ok;
  }

  /**
   * Removes wanted VIPs that are already on their interfaces although this manager did not add
   * them: keepalived does so when an instance starts (a crash or kill -9 of the previous daemon
   * leaves them behind), so that a restarted backup never answers for the master's addresses.
   */
  public void removeStale() {
    boolean logged = false;
    for (InterfaceAddress a : wanted) {
      try {
        addresses.delete(a);
        if (!logged) {
          LOG.info("({}) removing VIPs.", instance);
          logged = true;
        }
      } catch (ErrnoException e) {
        if (e.errno() != LinuxConstants.EADDRNOTAVAIL) {
          LOG.warn("({}) cannot remove stale VIP {}: {}", instance,
              a.address().getHostAddress(), e.getMessage());
        }
      } catch (IOException e) {
        LOG.warn("({}) cannot remove stale VIP {}: {}", instance, a.address().getHostAddress(),
            e.getMessage());
      }
    }
  }

  /** Removes every VIP this manager installed. */
  public void removeAll() {
    if (!installed.isEmpty()) {
      LOG.info("({}) removing VIPs.", instance);
    }
    List<InterfaceAddress> removed = List.copyOf(installed);
    removed.forEach(this::remove);
    filter.unblockAll(removed);
    allSet = false;
  }

  /**
   * Changes the wanted list (a reload): while installed, addresses no longer wanted are removed
   * and new ones added; others stay untouched.
   */
  public void update(List<InterfaceAddress> vips, boolean master) {
    List<InterfaceAddress> next = List.copyOf(vips);
    if (master) {
      List<InterfaceAddress> removed = new ArrayList<>();
      for (InterfaceAddress a : List.copyOf(installed)) {
        if (next.stream().noneMatch(a::sameAddress)) {
          remove(a);
          removed.add(a);
        }
      }
      filter.unblockAll(removed);
    }
    wanted = next;
    if (master) {
      addAll();
    }
  }

  /**
   * The kernel says {@code a} was deleted (RTM_DELADDR). If it is one this manager installed, it
   * is no longer counted as installed (vrrpInstanceVipsStatus and vrrpAddressStatus follow what
   * is on the interface, not what was once added) and the answer is true.
   */
  public boolean deletedExternally(InterfaceAddress a) {
    if (installed.stream().noneMatch(a::sameAddress)) {
      return false;
    }
    installed.removeIf(a::sameAddress);
    allSet = false;
    return true;
  }

  /** True when every wanted VIP is installed. */
  public boolean allSet() {
    return allSet && installed.size() >= wanted.size();
  }

  public List<InterfaceAddress> wanted() {
    return wanted;
  }

  /** The VIPs currently installed by this manager. */
  public List<InterfaceAddress> installed() {
    return List.copyOf(installed);
  }

  private boolean add(InterfaceAddress a) {
    try {
      addresses.add(a);
    } catch (ErrnoException e) {
      if (e.errno() != LinuxConstants.EEXIST) {
        LOG.warn("({}) cannot add VIP {}: {}", instance, a.address().getHostAddress(),
            e.getMessage());
        return false;
      }
    } catch (IOException e) {
      LOG.warn("({}) cannot add VIP {}: {}", instance, a.address().getHostAddress(),
          e.getMessage());
      return false;
    }
    installed.add(a);
    return true;
  }

  private void remove(InterfaceAddress a) {
    try {
      addresses.delete(a);
    } catch (ErrnoException e) {
      if (e.errno() != LinuxConstants.EADDRNOTAVAIL) {
        LOG.warn("({}) cannot remove VIP {}: {}", instance, a.address().getHostAddress(),
            e.getMessage());
      }
    } catch (IOException e) {
      LOG.warn("({}) cannot remove VIP {}: {}", instance, a.address().getHostAddress(),
          e.getMessage());
    }
    installed.removeIf(a::sameAddress);
  }
}
