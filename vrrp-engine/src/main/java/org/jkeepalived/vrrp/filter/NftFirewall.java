package org.jkeepalived.vrrp.filter;

import java.io.IOException;
import java.net.Inet6Address;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.jkeepalived.linux.rtnl.InterfaceAddress;
import org.jkeepalived.mibs.config.IpText;
import org.jkeepalived.vrrp.filter.NftScripts.Family;
import org.jkeepalived.vrrp.filter.NftScripts.VipSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * no_accept mode through nftables, as keepalived 2.2.7 does it: a family's table is created when
 * its first VIP is blocked (none while every instance is backup), each VIP is an element of the
 * table's sets while it is on the interface, a table stays (with empty sets) after its VIPs went,
 * and {@link #close()} deletes the tables. A VIP blocked by two instances stays blocked until
 * both unblocked it. The same tables carry the VMAC report filter ({@link VmacFilter}), made
 * with the first macvlan VMAC whatever the instance's state. Runs on the engine loop; nft failures are logged.
 */
public final class NftFirewall implements Firewall {
  private static final Logger LOG = LoggerFactory.getLogger(NftFirewall.class);

  private final NftSettings settings;
  private final NftRunner nft;
  private final IntFunction<String> ifnames;
  private final NftScripts scripts;
  /** Tables made, each with its {@code out} chain. */
  private final Set<Family> tables = EnumSet.noneOf(Family.class);
  /** Tables holding the no_accept sets and rules. */
  private final Set<Family> vipParts = EnumSet.noneOf(Family.class);
  /** Tables holding the VMAC map and rules. */
  private final Set<Family> vmacParts = EnumSet.noneOf(Family.class);
  /** VMACs in a table's map, by name. */
  private final Map<String, Family> vmacs = new HashMap<>();
  private final Set<VipSet> linkLocalSets = EnumSet.noneOf(VipSet.class);
  private final Map<Element, Integer> blocked = new HashMap<>();

  /**
   * @param ifnames the name of an interface index (for sets keyed by interface name)
   */
  public NftFirewall(NftSettings settings, NftRunner nft, IntFunction<String> ifnames) {
    this.settings = Objects.requireNonNull(settings);
    this.nft = Objects.requireNonNull(nft);
    this.ifnames = Objects.requireNonNull(ifnames);
    this.scripts = new NftScripts(settings);
  }

  /** One element of one set. */
  private record Element(Family family, VipSet set, String text) {}

  private final VipFilter[] views = {view(false), view(true)};

  /** The same view for the same key, so that a reload keeps an instance's filter. */
  @Override
  public VipFilter vipFilter(boolean linkLocalByName) {
    return views[linkLocalByName && !settings.ifindex() ? 1 : 0];
  }

  private VipFilter view(boolean byName) {
    return new VipFilter() {
      @Override
      public void block(InterfaceAddress a) {
        NftFirewall.this.block(element(a, byName));
      }

      @Override
      public void unblock(InterfaceAddress a) {
        NftFirewall.this.unblock(element(a, byName));
      }

      @Override
      public void blockAll(List<InterfaceAddress> all) {
        NftFirewall.this.blockAll(all.stream().map(a -> element(a, byName)).toList());
      }

      @Override
      public void unblockAll(List<InterfaceAddress> all) {
        NftFirewall.this.unblockAll(all.stream().map(a -> element(a, byName)).toList());
      }
    };
  }

  private Element element(InterfaceAddress a, boolean byName) {
    String addr = IpText.format(a.address()).replaceFirst("%.*$", "");
    if (a.address() instanceof Inet6Address v6 && v6.isLinkLocalAddress()) {
      return byName
          ? new Element(Family.IP6, VipSet.LINK_LOCAL_NAME,
              addr + " . \"" + ifnames.apply(a.ifindex()) + '"')
          : new Element(Family.IP6, VipSet.LINK_LOCAL_INDEX, addr + " . " + a.ifindex());
    }
    return new Element(Family.of(a.address()), VipSet.GLOBAL, addr);
  }

  private void block(Element e) {
    blockAll(List.of(e));
  }

  private void unblock(Element e) {
    unblockAll(List.of(e));
  }

  /**
   * One transaction: the tables and link-local sets still missing, then the new elements, one
   * statement per set. Nothing is recorded when nft refuses it (nothing was applied).
   */
  private void blockAll(List<Element> all) {
    Map<VipSetKey, List<String>> fresh = new java.util.LinkedHashMap<>();
    Set<Element> counted = new java.util.HashSet<>();
    for (Element e : all) {
      if (blocked.containsKey(e) || counted.contains(e)) {
        counted.add(e);
        continue;
      }
      counted.add(e);
      fresh.computeIfAbsent(new VipSetKey(e.family(), e.set()), k -> new java.util.ArrayList<>())
          .add(e.text());
    }
    if (!fresh.isEmpty()) {
      StringBuilder s = new StringBuilder();
      Set<Family> newTables = EnumSet.noneOf(Family.class);
      Set<Family> newParts = EnumSet.noneOf(Family.class);
      Set<VipSet> newSets = EnumSet.noneOf(VipSet.class);
      fresh.forEach((k, texts) -> {
        if (!vipParts.contains(k.family()) && newParts.add(k.family())) {
          s.append(tableIfMissing(k.family(), newTables)).append(scripts.vipPart(k.family()));
        }
        if (k.set() != VipSet.GLOBAL && !linkLocalSets.contains(k.set()) && newSets.add(k.set())) {
          s.append(scripts.createLinkLocalSet(k.set()));
        }
        s.append(scripts.elements(true, k.family(), k.set(), texts));
      });
      if (!apply(s.toString(), "block", fresh)) {
        all.stream().filter(blocked::containsKey).forEach(e -> blocked.merge(e, 1, Integer::sum));
        return;
      }
      tables.addAll(newTables);
      vipParts.addAll(newParts);
      linkLocalSets.addAll(newSets);
    }
    all.forEach(e -> blocked.merge(e, 1, Integer::sum));
  }

  private void unblockAll(List<Element> all) {
    Map<VipSetKey, List<String>> gone = new java.util.LinkedHashMap<>();
    for (Element e : all) {
      Integer holders = blocked.get(e);
      if (holders == null) {
        continue;
      }
      if (holders > 1) {
        blocked.put(e, holders - 1);
        continue;
      }
      blocked.remove(e);
      gone.computeIfAbsent(new VipSetKey(e.family(), e.set()), k -> new java.util.ArrayList<>())
          .add(e.text());
    }
    if (!gone.isEmpty()) {
      StringBuilder s = new StringBuilder();
      gone.forEach((k, texts) -> s.append(scripts.elements(false, k.family(), k.set(), texts)));
      apply(s.toString(), "unblock", gone);
    }
  }

  /** The table's creation when neither it exists nor {@code newTables} has it yet. */
  private String tableIfMissing(Family f, Set<Family> newTables) {
    return !tables.contains(f) && newTables.add(f) ? scripts.createTable(f) : "";
  }

  private final VmacFilter vmacFilter = new VmacFilter() {
    @Override
    public void added(boolean ipv6, String vmac, String base) {
      Family f = ipv6 ? Family.IP6 : Family.IP;
      if (vmacs.containsKey(vmac)) {
        return;
      }
      Set<Family> newTables = EnumSet.noneOf(Family.class);
      String script = tableIfMissing(f, newTables)
          + (vmacParts.contains(f) ? "" : scripts.vmacPart(f))
          + scripts.vmacElements(true, f, vmac, base);
      try {
        nft.run(script);
      } catch (IOException e) {
        LOG.warn("nftables: cannot filter the reports of VMAC {}: {}", vmac, e.getMessage());
        return;
      }
      tables.addAll(newTables);
      vmacParts.add(f);
      vmacs.put(vmac, f);
    }

    @Override
    public void removing(boolean ipv6, String vmac) {
      Family f = vmacs.remove(vmac);
      if (f == null) {
        return;
      }
      try {
        nft.run(scripts.vmacElements(false, f, vmac, null));
      } catch (IOException e) {
        LOG.warn("nftables: cannot remove VMAC {} from {}: {}", vmac, f.nft, e.getMessage());
      }
    }
  };

  /** The VMACs' report filter: keepalived's {@code vmac_map} rules, in the same tables. */
  @Override
  public VmacFilter vmacFilter() {
    return vmacFilter;
  }

  /** The VMACs in the tables' maps now (tests, the data dump). */
  public Set<String> filteredVmacs() {
    return new java.util.TreeSet<>(vmacs.keySet());
  }

  /** One set of one family's table. */
  private record VipSetKey(Family family, VipSet set) {}

  private boolean apply(String script, String what, Map<VipSetKey, List<String>> elements) {
    try {
      nft.run(script);
      return true;
    } catch (IOException e) {
      LOG.warn("nftables: cannot {} {}: {}", what, elements.values(), e.getMessage());
      return false;
    }
  }

  /** The elements blocked now, as nft writes them (tests, the data dump). */
  public Set<String> blockedElements() {
    Set<String> out = new java.util.TreeSet<>();
    blocked.keySet().forEach(e -> out.add(e.set().name + ":" + e.text()));
    return out;
  }

  @Override
  public void close() {
    for (Family f : List.copyOf(tables)) {
      try {
        nft.run(scripts.deleteTable(f));
      } catch (IOException e) {
        LOG.warn("nftables: cannot delete table {} {}: {}", f.nft, settings.table(),
            e.getMessage());
      }
    }
    tables.clear();
    vipParts.clear();
    vmacParts.clear();
    vmacs.clear();
    linkLocalSets.clear();
    blocked.clear();
  }
}
