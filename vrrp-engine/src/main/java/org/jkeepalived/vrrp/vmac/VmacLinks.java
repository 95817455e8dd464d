package org.jkeepalived.vrrp.vmac;

import java.io.IOException;
import java.net.Inet6Address;
import java.time.Duration;
import java.util.Optional;
import org.jkeepalived.linux.ffi.ErrnoException;
import org.jkeepalived.linux.ffi.LinuxConstants;
import org.jkeepalived.linux.rtnl.AddressManager;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.linux.rtnl.Rtnl;
import org.jkeepalived.linux.rtnl.VirtualLinkDetails;
import org.jkeepalived.linux.rtnl.VirtualLinkKind;
import org.jkeepalived.linux.rtnl.VirtualLinkSpec;
import org.jkeepalived.linux.rtnl.VirtualLinks;
import org.jkeepalived.linux.sysctl.Sysctl;
import org.jkeepalived.vrrp.filter.VmacFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a {@link VmacPlan}'s interface into the kernel and takes it away: creates the macvlan or
 * ipvlan (adopting a matching one left by a daemon that died), sets its kernel parameters
 * ({@link VmacSysctls}), gives an IPv6 VMAC the base's link-local address (adverts are sent from
 * it, RFC 5798 section 5.1.2.1) and an ipvlan its address, and sets it up. keepalived keeps the
 * interface up in every state: only the VIPs come and go.
 */
public final class VmacLinks {
  private static final Logger LOG = LoggerFactory.getLogger(VmacLinks.class);
  private static final int EEXIST = 17;

  private final VirtualLinks links;
  private final Sysctl sysctl;
  private final AddressManager addresses;
  private final RpFilterRelaxer rpFilter;
  private final VmacFilter filter;

  /**
   * @param filter keeps macvlan VMACs' IGMP/MLD reports and router solicitations off the wire
   */
  public VmacLinks(VirtualLinks links, Sysctl sysctl, AddressManager addresses,
      VmacFilter filter) {
    this.links = links;
    this.sysctl = sysctl;
    this.addresses = addresses;
    this.rpFilter = new RpFilterRelaxer(sysctl);
    this.filter = java.util.Objects.requireNonNull(filter);
  }

  /** Without a report filter. */
  public VmacLinks(VirtualLinks links, Sysctl sysctl, AddressManager addresses) {
    this(links, sysctl, addresses, VmacFilter.NONE);
  }

  /** Creates (or adopts) and raises the interface; returns it as the kernel reports it now. */
  public LinkInfo create(String instance, VmacPlan plan, int baseIndex) throws IOException {
    VirtualLinkSpec spec = plan.spec(baseIndex);
    LinkInfo link = adoptOrClear(instance, spec);
    if (link == null) {
      link = links.create(spec);
      LOG.info("({}): Success creating VMAC interface {}", instance, plan.name());
    }
    if (!plan.ipv6()) {
      rpFilter.apply();
    }
    for (VmacSysctls.Setting s : VmacSysctls.of(plan)) {
      try {
        sysctl.write(s.path(), s.value());
      } catch (IOException e) {
        LOG.warn("({}) cannot set {} to {}: {}", instance, s.path(), s.value(), e.getMessage());
      }
    }
    if (plan.ipv6()) {
      copyLinkLocal(baseIndex, link.index());
    }
    if (plan.ipvlanAddress() != null) {
      addQuietly(InterfaceAddress.of(link.index(), plan.ipvlanAddress().address(),
          plan.ipvlanAddress().prefixLength()));
    }
    if (plan.kind() == VirtualLinkKind.MACVLAN) {
      // before the link is up: its first reports already go through the base
      filter.added(plan.ipv6(), plan.name(), plan.baseName());
    }
    links.setUp(link.index(), true);
    return links.find(plan.name()).orElse(link);
  }

  /** Deletes the interface if it is there. */
  public void delete(String instance, VmacPlan plan) throws IOException {
    Optional<LinkInfo> link = links.find(plan.name());
    if (link.isPresent()) {
      if (plan.kind() == VirtualLinkKind.MACVLAN) {
        filter.removing(plan.ipv6(), plan.name());
      }
      links.delete(link.get().index());
      LOG.info("({}) Success removing VMAC interface {}", instance, plan.name());
    }
  }

  /** The index of the interface of that name, 0 when there is none. */
  public int indexOf(String name) throws IOException {
    return links.find(name).map(LinkInfo::index).orElse(0);
  }

  /** Restores what was changed daemon-wide (rp_filter), at shutdown. */
  public void restoreGlobals() {
    rpFilter.restore();
  }

  /** A matching leftover link to reuse, or null after removing a mismatching virtual one. */
  private LinkInfo adoptOrClear(String instance, VirtualLinkSpec spec) throws IOException {
    Optional<LinkInfo> existing = links.find(spec.name());
    if (existing.isEmpty()) {
      return null;
    }
    Optional<VirtualLinkDetails> details = links.list().stream()
        .filter(d -> d.link().name().equals(spec.name())).findFirst();
    if (details.isEmpty()) {
      throw new IOException("interface " + spec.name() + " exists and is not a "
          + spec.kind().kindName());
    }
    if (details.get().matches(spec)) {
      LOG.info("({}) reusing existing VMAC interface {}", instance, spec.name());
      return existing.get();
    }
    LOG.info("({}) replacing interface {}: not the {} wanted", instance, spec.name(),
        spec.kind().kindName());
    links.delete(existing.get().index());
    return null;
  }

  /** keepalived adds the base's link-local to an IPv6 VMAC, no DAD, deprecated (preferred 0). */
  private void copyLinkLocal(int baseIndex, int vmacIndex) throws IOException {
    for (InterfaceAddress a : addresses.list(LinuxConstants.AF_INET6)) {
      if (a.ifindex() == baseIndex && a.address() instanceof Inet6Address
          && a.address().isLinkLocalAddress()) {
        addQuietly(new InterfaceAddress(vmacIndex, a.address(), 64, Rtnl.RT_SCOPE_LINK, null,
            null, null, Rtnl.IFA_F_NODAD, Duration.ZERO, InterfaceAddress.FOREVER));
        return;
      }
    }
  }

  private void addQuietly(InterfaceAddress a) throws IOException {
    try {
      addresses.add(a);
    } catch (ErrnoException e) {
      if (e.errno() != EEXIST) {
        throw e;
      }
    }
  }
}
