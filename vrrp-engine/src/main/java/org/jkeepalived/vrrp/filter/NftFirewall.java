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
import org.jkeepalived.vrrp.filter.NftScripts.Family;
import org.jkeepalived.vrrp.filter.NftScripts.VipSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * no_accept mode through nftables, as keepalived 2.2.7 does it: a family's table is created when
 * its first VIP is blocked (none while every instance is backup), each VIP is an element of the
 * table's sets while it is on the interface, a table stays (with empty sets) after its VIPs went,
 * and {@link #close()} deletes the tables. A VIP blocked by two instances stays blocked until
 * both unblocked it. Runs on the engine loop; nft failures are logged.
 */
public final class NftFirewall implements Firewall {
  private static final Logger LOG = LoggerFactory.getLogger(NftFirewall.class);

  private final NftSettings settings;
  private final NftRunner nft;
  private final IntFunction<String> ifnames;
  private final NftScripts scripts;
  private final Set<Family> tables = EnumSet.noneOf(Family.class);
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
    };
  }

  private Element element(InterfaceAddress a, boolean byName) {
    String addr = org.jkeepalived.mibs.config.IpText.format(a.address()).replaceFirst("%.*$", "");
    if (a.address() instanceof Inet6Address v6 && v6.isLinkLocalAddress()) {
      return byName
          ? new Element(Family.IP6, VipSet.LINK_LOCAL_NAME,
              addr + " . \"" + ifnames.apply(a.ifindex()) + '"')
          : new Element(Family.IP6, VipSet.LINK_LOCAL_INDEX, addr + " . " + a.ifindex());
    }
    return new Element(Family.of(a.address()), VipSet.GLOBAL, addr);
  }

  private void block(Element e) {
    Integer holders = blocked.get(e);
    if (holders != null) {
      blocked.put(e, holders + 1);
      return;
    }
    StringBuilder s = new StringBuilder();
    if (!tables.contains(e.family())) {
      s.append(scripts.createTable(e.family()));
    }
    if (e.set() != VipSet.GLOBAL && !linkLocalSets.contains(e.set())) {
      s.append(scripts.createLinkLocalSet(e.set()));
    }
    s.append(scripts.elements(true, e.family(), e.set(), List.of(e.text())));
    if (apply(s.toString(), "block", e)) {
      tables.add(e.family());
      if (e.set() != VipSet.GLOBAL) {
        linkLocalSets.add(e.set());
      }
      blocked.put(e, 1);
    }
  }

  private void unblock(Element e) {
    Integer holders = blocked.get(e);
    if (holders == null) {
      return;
    }
    if (holders > 1) {
      blocked.put(e, holders - 1);
      return;
    }
    blocked.remove(e);
    apply(scripts.elements(false, e.family(), e.set(), List.of(e.text())), "unblock", e);
  }

  private boolean apply(String script, String what, Element e) {
    try {
      nft.run(script);
      return true;
    } catch (IOException e1) {
      LOG.warn("nftables: cannot {} {}: {}", what, e.text(), e1.getMessage());
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
    linkLocalSets.clear();
    blocked.clear();
  }
}
