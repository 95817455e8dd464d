package org.jkeepalived.vrrp.vmac;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jkeepalived.linux.rtnl.LinkInfo;
import org.jkeepalived.mibs.config.VrrpInstanceConfig;
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
  private final Map<String, VmacPlan> byInstance = new HashMap<>();

  /**
   * @param kernel the kernel side, or null when virtual links cannot be made
   * @param prefix global_defs {@code vmac_prefix} (null: keepalived's default, {@code vrrp})
   */
  public VmacInstances(VmacLinks kernel, String prefix) {
    this.kernel = kernel;
    this.prefix = prefix == null ? VmacPlan.DEFAULT_PREFIX : prefix;
  }

  /** With keepalived's default prefix. */
  public VmacInstances(VmacLinks kernel) {
    this(kernel, null);
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
    if (plan.isEmpty()) {
      return;
    }
    if (kernel == null) {
      throw new IOException("use_vmac/use_ipvlan: no virtual link support in this engine");
    }
    VmacPlan p = plan.get();
    if (byInstance.values().stream().noneMatch(p::equals)) {
      sink.accept(kernel.create(row.name(), p, baseIndex));
    }
    byInstance.put(row.name(), p);
  }

  /** Deletes the instance's virtual interface unless another instance still uses it. */
  public void detach(String instance) {
    VmacPlan p = byInstance.remove(instance);
    if (p == null || byInstance.containsValue(p)) {
      return;
    }
    try {
      kernel.delete(instance, p);
    } catch (IOException e) {
      LOG.warn("({}) cannot remove VMAC interface {}: {}", instance, p.name(), e.getMessage());
    }
  }

  /** Detaches every instance (shutdown). */
  public void detachAll() {
    for (String name : java.util.List.copyOf(byInstance.keySet())) {
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
   * The interface index a VIP's {@code dev} (or the instance's interface when it has none) maps
   * to: the instance's own interface means its VMAC, as keepalived moves such VIPs onto it.
   */
  public java.util.function.ToIntFunction<String> vipIndex(VrrpInstanceConfig row,
      org.jkeepalived.vrrp.vip.LinkDirectory links) {
    String vip = vipInterface(row);
    return dev -> links.indexOf(dev.equals(row.interfaceName()) ? vip : dev);
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

  /** Whether a reload changed the instance's virtual interface (it is then rebuilt). */
  public boolean changed(VrrpInstanceConfig old, VrrpInstanceConfig next) {
    return !Objects.equals(plan(old), plan(next));
  }

  private Optional<VmacPlan> plan(VrrpInstanceConfig row) {
    return VmacPlan.of(row, prefix);
  }
}
