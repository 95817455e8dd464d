package org.jkeepalived.vrrp.vmac;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.mibs.config.VirtualAddress;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
import org.jkeepalived.vrrp.vip.LinkDirectory;
import org.jkeepalived.vrrp.vip.VipAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VRRP engine's VMAC / ipvlan bookkeeping: which instance runs on which virtual interface,
 * creating it when the instance starts and deleting it when the last instance using it stops
 * (keepalived deletes its VMACs at exit and when an instance is removed by a reload). Instances
 * without use_vmac / use_ipvlan pass through: every name asked for is their own interface. Loop
 * only.
 */
public final class VmacInstances {
  private static final Logger LOG = LoggerFactory.getLogger(VmacInstances.class);

  private final VmacLinks kernel;
  private final String prefix;
  private final String addrPrefix;
  private final Map<String, VmacPlan> byInstance = new HashMap<>();
  /** Per instance, the VMACs of its VIPs on other interfaces or families, by target. */
  private final Map<String, Map<AddressVmacs.Target, VmacPlan>> addrByInstance = new HashMap<>();

  /**
   * @param kernel the kernel side, or null when virtual links cannot be made
   * @param prefix global_defs {@code vmac_prefix} (null: keepalived's default, {@code vrrp})
   * @param addrPrefix global_defs {@code vmac_addr_prefix} (null: {@code prefix})
   */
  public VmacInstances(VmacLinks kernel, String prefix, String addrPrefix) {
    this.kernel = kernel;
    this.prefix = prefix == null ? VmacPlan.DEFAULT_PREFIX : prefix;
    this.addrPrefix = addrPrefix == null ? this.prefix : addrPrefix;
  }

  /** {@code vmac_addr_prefix} defaulting to {@code prefix}, as keepalived's. */
  public VmacInstances(VmacLinks kernel, String prefix) {
    this(kernel, prefix, null);
  }

  /** With keepalived's default prefix. */
  public VmacInstances(VmacLinks kernel) {
    this(kernel, null);
  }

  /** Whether {@code ifname} is a VMAC or ipvlan interface these instances made (garp_extra_if). */
  public boolean isVirtual(String ifname) {
    return ifname != null && (byInstance.values().stream().anyMatch(p -> p.name().equals(ifname))
        || addrByInstance.values().stream().flatMap(m -> m.values().stream())
            .anyMatch(p -> p.name().equals(ifname)));
  }

  /** Bookkeeping without a kernel side: an instance asking for a VMAC cannot start. */
  public static VmacInstances unsupported() {
    return new VmacInstances(null);
  }

  /**
   * Creates the instance's virtual interface, if it has one, on the base of index {@code
   * baseIndex}, and hands the new link to {@code sink} (the engine's link table), so that names
   * resolve before the kernel's link event arrives.
   */
  public void attach(VrrpInstanceConfig row, int baseIndex, Consumer<LinkInfo> sink)
      throws IOException {
    Optional<VmacPlan> plan = plan(row);
    if (plan.isEmpty() && AddressVmacs.targets(row).isEmpty()) {
      return;
    }
    if (kernel == null) {
      throw new IOException("use_vmac/use_ipvlan: no virtual link support in this engine");
    }
    if (plan.isPresent()) {
      VmacPlan p = plan.get();
      if (byInstance.values().stream().noneMatch(p::equals)) {
        sink.accept(kernel.create(row.name(), p, baseIndex));
      }
      byInstance.put(row.name(), p);
    }
    attachAddressVmacs(row, sink);
  }

  /** keepalived's VMACs for VIPs on other interfaces (use_vmac on a VIP, use_vmac_addr). */
  private void attachAddressVmacs(VrrpInstanceConfig row, Consumer<LinkInfo> sink)
      throws IOException {
    Map<AddressVmacs.Target, VmacPlan> plans =
        AddressVmacs.plans(row, addrPrefix, this::nameInUse);
    Map<AddressVmacs.Target, VmacPlan> made = new java.util.LinkedHashMap<>();
    addrByInstance.put(row.name(), made);
    for (Map.Entry<AddressVmacs.Target, VmacPlan> e : plans.entrySet()) {
      int base = kernel.indexOf(e.getKey().dev());
      if (base == 0) {
        LOG.warn("({}) no interface {} for a VIP's VMAC", row.name(), e.getKey().dev());
        continue;
      }
      sink.accept(kernel.create(row.name(), e.getValue(), base));
      made.put(e.getKey(), e.getValue());
    }
  }

  private boolean nameInUse(String name) {
    return byInstance.values().stream().anyMatch(p -> p.name().equals(name))
        || addrByInstance.values().stream().flatMap(m -> m.values().stream())
            .anyMatch(p -> p.name().equals(name));
  }

  /** Deletes the instance's virtual interfaces unless another instance still uses them. */
  public void detach(String instance) {
    Map<AddressVmacs.Target, VmacPlan> addr = addrByInstance.remove(instance);
    if (addr != null) {
      addr.values().forEach(p -> delete(instance, p));
    }
    VmacPlan p = byInstance.remove(instance);
    if (p == null || byInstance.containsValue(p)) {
      return;
    }
    delete(instance, p);
  }

  private void delete(String instance, VmacPlan p) {
    try {
      kernel.delete(instance, p);
    } catch (IOException e) {
      LOG.warn("({}) cannot remove VMAC interface {}: {}", instance, p.name(), e.getMessage());
    }
  }

  /** Detaches every instance (shutdown). */
  public void detachAll() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>(byInstance.keySet());
    names.addAll(addrByInstance.keySet());
    for (String name : names) {
      detach(name);
    }
    if (kernel != null) {
      kernel.restoreGlobals();
    }
  }

  /** Where the instance's VIPs without their own {@code dev} go. */
  public String vipInterface(VrrpInstanceConfig row) {
    return plan(row).map(VmacPlan::name).orElse(row.interfaceName());
  }

  /**
   * The instance's VIPs or eVIPs ({@code entries}) as addresses on their interfaces: on the VMAC
   * of their interface and family when they have one (use_vmac on the VIP, use_vmac_addr), else
   * the instance's interface means its VMAC (keepalived moves such VIPs onto it), else their own
   * {@code dev}. Entries whose interface does not exist are left out.
   */
  public List<InterfaceAddress> vips(VrrpInstanceConfig row, List<VirtualAddress> entries,
      LinkDirectory links) {
    String vip = vipInterface(row);
    Map<AddressVmacs.Target, VmacPlan> addr = addrByInstance.getOrDefault(row.name(), Map.of());
    List<InterfaceAddress> out = new ArrayList<>();
    for (VirtualAddress v : entries) {
      AddressVmacs.Target t = AddressVmacs.target(row, v);
      String dev = addr.containsKey(t) ? addr.get(t).name()
          : t.dev().equals(row.interfaceName()) ? vip : t.dev();
      int ifindex = links.indexOf(dev);
      if (ifindex > 0) {
        out.add(VipAddresses.of(v, ifindex));
      }
    }
    return out;
  }

  /** Where the instance's adverts are sent and received. */
  public String advertInterface(VrrpInstanceConfig row) {
    return plan(row).map(VmacPlan::advertInterface).orElse(row.interfaceName());
  }

  /**
   * Whose addresses give the advert source: an ipvlan with its own address, else the base (a
   * VMAC has no IPv4 address of its own; keepalived sends from the base's).
   */
  public String sourceInterface(VrrpInstanceConfig row) {
    return plan(row).filter(p -> p.ipvlanAddress() != null && !p.xmitBase())
        .map(VmacPlan::name).orElse(row.interfaceName());
  }

  /** Whether a reload changed the instance's virtual interfaces (it is then rebuilt). */
  public boolean changed(VrrpInstanceConfig old, VrrpInstanceConfig next) {
    return !Objects.equals(plan(old), plan(next))
        || !AddressVmacs.targets(old).equals(AddressVmacs.targets(next));
  }

  private Optional<VmacPlan> plan(VrrpInstanceConfig row) {
    return VmacPlan.of(row, prefix);
  }
}
